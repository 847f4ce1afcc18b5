#pragma once

#include "SimdAccountList.h"
#include "core/InstitutionLogin.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <string_view>

// A large account list read in parts: cut between two accounts every kPartBytes, the first half
// of the parts read on the calling thread and the second half on a thread of its own, at once.
//  - Each thread reads its parts one after another with one parser and one buffer, both sized
//    for a part, which stay in the processor's cache: per account, a 100,000-account answer then
//    costs 1.14-1.17x what a 1,000-account one does, against 1.32-1.36x read whole (bench_decode),
//    whose parser is as large as the body and faults its memory in afresh for every answer.
//  - The window waits for half the decode (bench_console).
// Each part becomes a body of its own, {"accounts":[…]} around its accounts, the first with what
// came before the list and the last with what followed it, read by SimdAccountList::PartReader;
// the second thread's logins are joined to the first's. Anything unusual is left to the whole
// body's read, which then gives the same answer, failure or log it always gave:
//  - a part that is not valid JSON (a cut fell inside a string or a nested value),
//  - a part whose top level is not as cut ("accounts" twice, or not the member cut),
//  - a failure, or a field shown as unknown (the paths would name the part's accounts, not the
//    answer's).
namespace SplitAccountList {

// Bodies from this size are read in parts: below it, a second thread costs more than it saves.
inline constexpr qsizetype kSplitBytes = 1024 * 1024;
// About the size of a part: its text, and the parser's index of it, stay in a core's cache.
inline constexpr qsizetype kPartBytes = 512 * 1024;

// Where a body is cut: one part ends after the account that closes at `firstEnd`, the next
// starts with the account that opens at `secondStart`.
struct Cut
{
    qsizetype firstEnd = 0;
    qsizetype secondStart = 0;
};

// How far past where a part should end a gap between two accounts is looked for; accounts are a
// few hundred bytes, and where there is no such gap the rest of the body is one part.
inline constexpr qsizetype kSearchBytes = 256 * 1024;

// The first place from `from` that looks like the gap between two accounts: '}', ',' and '{'
// with only spaces between. Whether it is one, the parts' reads tell.
std::optional<Cut> cutAfter(const QByteArray &body, qsizetype from);
// Such places about every `partBytes` (with 1: every one); the rest of the body is the last part
// from where none is found nearby.
QList<Cut> cutsEvery(const QByteArray &body, qsizetype partBytes);

// Reads one part into `reader`'s logins (SimdAccountList::PartReader): whether it was as cut.
bool readPart(SimdAccountList::PartReader &reader, std::string_view bytes, bool first, bool last);

enum class Threads { One, Two };
// The logins of a body cut at `cuts` (in order), its parts read on one thread or on two at once;
// nullopt when the body should be read whole instead.
std::optional<QList<InstitutionLogin>> decodeLogins(const QByteArray &body, const QList<Cut> &cuts, Threads threads);
// The window's read: cut every kPartBytes, on two threads.
std::optional<QList<InstitutionLogin>> decodeLogins(const QByteArray &body);

// The second thread's logins after the first's: a login both hold gets the second's accounts
// after its own, and is summarized again. The same as grouping the whole list.
QList<InstitutionLogin> join(QList<InstitutionLogin> first, QList<InstitutionLogin> second);

} // namespace SplitAccountList
