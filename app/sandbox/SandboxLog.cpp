#include "SandboxLog.h"

Q_LOGGING_CATEGORY(lcSandbox, "console.sandbox", QtInfoMsg)
