#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

// Writes a file atomically (QSaveFile) on a worker thread, so a slow or network disk never
// freezes the window; `done` runs on `context`'s thread unless `context` is gone by then.
namespace BackgroundSave {

using Done = std::function<void(bool ok, const QString &error)>;
void write(const QString &fileName, const QByteArray &bytes, QObject *context, Done done);

} // namespace BackgroundSave
