#include "BackgroundSave.h"

#include "OffThread.h"

#include <QSaveFile>

namespace BackgroundSave {

void write(const QString &fileName, const QByteArray &bytes, QObject *context, Done done)
{
    using Outcome = std::pair<bool, QString>;
    runOffThread<Outcome>(
        context,
        [fileName, bytes] {
            QSaveFile file(fileName);
            const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
            return Outcome{ok, ok ? QString() : file.errorString()};
        },
        [done](const Outcome &outcome) { done(outcome.first, outcome.second); });
}

} // namespace BackgroundSave
