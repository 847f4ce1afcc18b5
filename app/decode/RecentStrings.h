#pragma once

#include "StringArena.h"

#include <QString>

#include <string>
#include <string_view>
#include <vector>

// The QString of one field's UTF-8 value, shared with an earlier equal value of the same field:
// types, statuses, currencies and customer or institution ids repeat across thousands of
// accounts, so the accounts hold one copy of each and decoding allocates once per distinct value.
// A field whose values rarely repeat (ids, account numbers) stops comparing after a short trial.
class RecentStrings
{
public:
    // A new value is made in `arena`.
    QString text(std::string_view utf8, StringArena &arena);

private:
    struct Recent
    {
        std::string utf8;
        QString text;
    };
    std::vector<Recent> m_recent; // the last few distinct values, replaced round robin
    int m_tries = 0;
    int m_hits = 0;
};
