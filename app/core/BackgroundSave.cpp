#include "BackgroundSave.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

namespace BackgroundSave {

void write(const QString &fileName, const QByteArray &bytes, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, fileName, bytes, done] {
        QSaveFile file(fileName);
        const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
        const QString error = ok ? QString() : file.errorString();
        // Delivered through the application object and checked there, on the GUI thread.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, ok, error, done] {
            if (guard)
                done(ok, error);
        });
    });
}

} // namespace BackgroundSave
