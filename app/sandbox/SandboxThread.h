#pragma once

#include "SandboxOptions.h"

#include <QThread>
#include <QUrl>

// The in-process sandbox on a thread of its own: it seeds its data while the window paints,
// and builds its answers (5.6 MB for the 10,000-account customer, 56 MB for the stress one)
// without holding up the window.
class SandboxThread : public QThread
{
    Q_OBJECT
public:
    explicit SandboxThread(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxThread() override; // stops the server and waits for the thread

signals:
    // From the sandbox's thread, once: where it listens, or an empty URL when it could not.
    void listening(const QUrl &baseUrl);

protected:
    void run() override;

private:
    const SandboxOptions m_options;
};
