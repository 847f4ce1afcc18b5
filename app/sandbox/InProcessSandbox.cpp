#include "InProcessSandbox.h"

#include "SandboxData.h"
#include "SandboxServer.h"

LocalServiceFactory inProcessSandbox(const SandboxOptions &options)
{
    return [options](QObject *owner) -> std::optional<LocalService> {
        auto *server = new SandboxServer(options, owner);
        if (server->start() == 0) {
            delete server;
            return std::nullopt;
        }
        return LocalService{server->baseUrl(), options.partnerSecret, options.appKey,
                            QString::fromLatin1(SandboxData::kTypicalCustomer)};
    };
}
