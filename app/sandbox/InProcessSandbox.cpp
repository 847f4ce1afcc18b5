#include "InProcessSandbox.h"

#include "SandboxData.h"
#include "SandboxLog.h"
#include "SandboxThread.h"

LocalServiceFactory inProcessSandbox(const SandboxOptions &options)
{
    return [options](QObject *owner, const LocalServiceReady &ready) {
        qCInfo(lcSandbox) << "starting the built-in sandbox";
        auto *thread = new SandboxThread(options, owner);
        QObject::connect(thread, &SandboxThread::listening, owner, [thread, options, ready](const QUrl &baseUrl) {
            if (baseUrl.isEmpty()) {
                qCWarning(lcSandbox) << "the built-in sandbox could not listen on a loopback port";
                thread->deleteLater();
                ready(std::nullopt);
                return;
            }
            qCInfo(lcSandbox).noquote() << "built-in sandbox listening on" << baseUrl.toString();
            ready(LocalService{baseUrl, options.partnerSecret, options.appKey,
                               QString::fromLatin1(SandboxData::kTypicalCustomer)});
        });
        thread->start();
    };
}
