#pragma once

#include "Decoded.h"
#include "core/Account.h"
#include "core/InstitutionLogin.h"

#include <QByteArray>
#include <QList>

#include <memory>
#include <optional>
#include <string_view>

// The account list read with simdjson's On-Demand API straight into accounts: an account whose
// fields all have their usual form is filled directly (TypicalAccountReader), any other by the
// same JsonReader rules as every other answer, so tolerance, strictness, degrading and messages
// are the same. Every value is read, also those the console ignores, so that invalid JSON
// anywhere is refused as Qt's parser refuses it.
namespace SimdAccountList {

// Bytes a body keeps allocated past its end so that simdjson reads it in place, without a copy.
inline constexpr qsizetype kPadding = 64;

// nullopt when simdjson cannot parse the body (not JSON, invalid UTF-8, an integer beyond 64
// bits, nesting beyond its depth): the caller then parses it with Qt, which accepts it or names
// the problem. The size limit and an empty body are judged here, as everywhere.
std::optional<Decoded<QList<Account>>> decode(const QByteArray &body, qint64 maxBytes);
// The same, each account put straight into its institution login (as groupByInstitutionLogin).
std::optional<Decoded<QList<InstitutionLogin>>> decodeLogins(const QByteArray &body, qint64 maxBytes);

// How the top level of a part held its account list, and what its accounts' decode showed: what
// SplitAccountList checks of each part of a body it cut.
struct RootShape
{
    int accountsKeys = 0;      // "accounts" members
    bool accountsLast = false; // "accounts" was the last member
    int degraded = 0;          // fields shown as unknown (counted, not logged)
    bool failed = false;       // the part was refused (its failure names the part's accounts)
};

// The parts of one body cut between its accounts (SplitAccountList), read one after another into
// the same logins, quietly. Each part is copied into a buffer the reader keeps, and read by the
// thread's parser, which is sized for a part: a large body's read goes over one part's memory
// again and again instead of over fresh memory as large as the body (bench_decode, per account).
class PartReader
{
public:
    PartReader();
    ~PartReader();
    Q_DISABLE_COPY_MOVE(PartReader)

    // The part `head`, `bytes`, `tail`; nullopt when simdjson cannot parse it.
    std::optional<RootShape> read(std::string_view head, std::string_view bytes, std::string_view tail);
    // The logins of every part read, each summarized.
    QList<InstitutionLogin> take();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace SimdAccountList
