#include "NetLog.h"

Q_LOGGING_CATEGORY(lcNet, "console.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "console.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDecode, "console.decode", QtInfoMsg)
