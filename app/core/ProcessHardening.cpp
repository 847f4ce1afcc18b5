#include "ProcessHardening.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/resource.h>
#include <sys/stat.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace ProcessHardening {

QString apply()
{
    QStringList problems;
    const rlimit noCore{0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0)
        problems.append(QStringLiteral("core dumps could not be turned off"));
#ifdef Q_OS_LINUX
    // Not dumpable: no core file even through a core pattern pipe, and no ptrace attach from
    // other processes running as the same user.
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        problems.append(QStringLiteral("the process could not be made non-dumpable"));
#endif
    umask(S_IRWXG | S_IRWXO);
    return problems.join(QStringLiteral("; "));
}

void makePrivate(const QString &settingsFile)
{
    const QFileInfo file(settingsFile);
    QDir().mkpath(file.absolutePath());
    QFile::setPermissions(file.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (file.exists())
        QFile::setPermissions(settingsFile, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace ProcessHardening
