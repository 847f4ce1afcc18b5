#include "InProcessSandbox.h"

#include "SandboxData.h"
#include "SandboxThread.h"

LocalServiceFactory inProcessSandbox(const SandboxOptions &options)
{
    return [options](QObject *owner, const LocalServiceReady &ready) {
        auto *thread = new SandboxThread(options, owner);
        QObject::connect(thread, &SandboxThread::listening, owner, [thread, options, ready](const QUrl &baseUrl) {
            if (baseUrl.isEmpty()) {
                thread->deleteLater();
                ready(std::nullopt);
                return;
            }
            ready(LocalService{baseUrl, options.partnerSecret, options.appKey,
                               QString::fromLatin1(SandboxData::kTypicalCustomer)});
        });
        thread->start();
    };
}
