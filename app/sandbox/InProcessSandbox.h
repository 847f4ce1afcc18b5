#pragma once

#include "SandboxOptions.h"
#include "connection/LocalService.h"

// The built-in sandbox as the connection layer sees it: a factory that starts a SandboxServer on
// a free loopback port, on a thread of its own (SandboxThread) owned by whoever asks. The
// console's main.cpp hands it over, so that the core library does not depend on the sandbox (or
// on Qt HttpServer).
LocalServiceFactory inProcessSandbox(const SandboxOptions &options = {});
