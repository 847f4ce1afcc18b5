#pragma once

#include "core/InstitutionLogin.h"

#include <QByteArray>
#include <QList>

#include <optional>

// A large account list read in two parts at once, each on a thread of its own: the window waits
// for half the decode (bench_decode, bench_console). The body is cut between two accounts near
// its middle; each part becomes a body of its own ({"accounts":[first half]} and
// {"accounts":[second half], what followed}), read by SimdAccountList, and the second part's
// logins are joined to the first's. Anything unusual is left to the whole body's read, which
// then gives the same answer, failure or log it always gave:
//  - a part that is not valid JSON (the cut fell inside a string or a nested value),
//  - a part whose top level is not as cut ("accounts" twice, or not the member cut),
//  - a failure, or a field shown as unknown (the paths would name the part's accounts, not the
//    answer's).
namespace SplitAccountList {

// Bodies from this size are cut: below it, a second thread costs more than it saves.
inline constexpr qsizetype kSplitBytes = 1024 * 1024;

// Where a body is cut: the first part ends after the account that closes at `firstEnd`, the
// second starts with the account that opens at `secondStart`.
struct Cut
{
    qsizetype firstEnd = 0;
    qsizetype secondStart = 0;
};

// The first place from `from` that looks like the gap between two accounts: '}', ',' and '{'
// with only spaces between. Whether it is one, the parts' reads tell.
std::optional<Cut> cutAfter(const QByteArray &body, qsizetype from);

// The logins of a body cut at the first likely gap from `from`, both parts read at once; nullopt
// when the body should be read whole instead.
std::optional<QList<InstitutionLogin>> decodeLogins(const QByteArray &body, qsizetype from);

// The second part's logins after the first's: a login both hold gets the second part's accounts
// after its own, and is summarized again. The same as grouping the whole list.
QList<InstitutionLogin> join(QList<InstitutionLogin> first, QList<InstitutionLogin> second);

} // namespace SplitAccountList
