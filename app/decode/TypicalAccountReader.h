#pragma once

#include "AccountKeys.h"
#include "RawField.h"
#include "RecentStrings.h"
#include "StringArena.h"
#include "core/Account.h"

#include <array>

// Fills an Account straight from its raw fields when every field has the form the service
// usually sends (strings where strings belong, ids as digits, dates and codes as integers in
// range, no detail or positions): what the general rules (AccountDecoder::readAccount) would make
// of the same values, without their per-field lookups and copies. Anything else (a missing or
// mistyped field, a value to degrade, nested values) is refused, and the caller reads the account
// by the general rules, which say what is wrong in the agent's words. tst_decoding and
// fuzz_decoders check that both ways agree.
class TypicalAccountReader
{
public:
    using Fields = std::array<RawField, AccountKey::Count>;

    // False, with `account` partly filled, when the general rules must read it.
    bool read(const Fields &fields, Account &account);

private:
    bool text(const RawField &field, QString &into, bool required, RecentStrings *shared = nullptr);
    bool id(const RawField &field, QString &into, RecentStrings *shared = nullptr);
    bool date(const RawField &field, UtcTime &into, bool required);
    bool integer(const RawField &field, std::optional<int> &into);

    StringArena m_arena; // declared first: the last to go
    std::array<RecentStrings, AccountKey::Count> m_strings;
};
