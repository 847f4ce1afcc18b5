#include "AuditLog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPointer>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

AuditLog::AuditLog(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    m_writer.setExpiryTimeout(-1);
}

AuditLog::~AuditLog()
{
    // Records already accepted must reach the disk, even when the window closes.
    m_writer.waitForDone();
}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.jsonl");
}

QString AuditLog::currentOsUser()
{
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER", QStringLiteral("uid %1").arg(geteuid()));
}

void AuditLog::waitForWrites()
{
    m_writer.waitForDone();
}

void AuditLog::append(const AuditRecord &record, QObject *context, Written written)
{
    QPointer<QObject> guard(context);
    m_writer.start([this, path = m_path, record, guard, written] {
        QString error;
        const bool ok = appendNow(path, record, &error);
        // Back on this object's thread, where `guard` may be checked; ~AuditLog waits for the
        // writer, so `this` outlives the call, and Qt drops the call if it is destroyed meanwhile.
        QMetaObject::invokeMethod(
            this,
            [guard, written, ok, error] {
                if (guard)
                    written(ok, error);
            },
            Qt::QueuedConnection);
    });
}

bool AuditLog::appendNow(const QString &path, const AuditRecord &record, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray file = QFile::encodeName(path);
    const int fd = ::open(file.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
    // A torn last line from a crash is left as it is; this record starts on a line of its own.
    struct stat st
    {};
    if (::fstat(fd, &st) == 0 && st.st_size > 0) {
        char last = '\n';
        const int reader = ::open(file.constData(), O_RDONLY | O_CLOEXEC);
        if (reader >= 0) {
            if (::pread(reader, &last, 1, st.st_size - 1) == 1 && last != '\n')
                line.prepend('\n');
            ::close(reader);
        }
    }
    const char *data = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *error = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return false;
        }
        data += n;
        left -= n;
    }
    const bool synced = ::fsync(fd) == 0;
    if (!synced)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    ::close(fd);
    return synced;
}
