#pragma once

#include "ConfirmationPrompter.h"

// The question asked before the sign-in attempt that would be the fifth failure in a row: the
// provider then locks the partner out for every agent. Asked wherever a sign-in starts.
ConfirmationRequest lockoutWarning(const QString &connectionName, const QString &partnerId, int failuresInARow);
