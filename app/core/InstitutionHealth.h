#pragma once

#include "Institution.h"

#include <QString>

// Whether an institution can be aggregated from now, in an agent's words. Read from the
// institution's `status` (online, offline, maintenance, testing, beta, validated, migrating) and
// its production status for transaction aggregation (online, investigating, offline), which the
// spec marks as beta data: it only ever makes the verdict worse, never better.
namespace InstitutionHealth {

enum class Level {
    Online,  // nothing to say
    Limited, // works, with caveats (beta, testing, validated, migrating, under investigation)
    Down,    // refreshes will fail now (offline, maintenance)
    Unknown, // not fetched yet, or a status the console does not know
};

Level levelOf(const Institution &institution);
// The institution's status in words ("online", "in maintenance"); the service's own word when it
// is not one the spec lists; "status unknown" when there is none.
QString statusWord(const Institution &institution);
// A short badge for the institution's row ("offline", "in maintenance"); empty when online or unknown.
QString badge(const Institution &institution);
// One or two sentences for the details and the refresh confirmation, naming the institution;
// empty when online.
QString explanation(const Institution &institution);

} // namespace InstitutionHealth
