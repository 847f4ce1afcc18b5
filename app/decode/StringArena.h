#pragma once

#include <QString>
#include <QtGlobal>

#include <string_view>

// Makes the QStrings of a decode in shared blocks instead of one allocation each. An account
// holds three strings no other account shares (id, number, display): at 10,000 accounts,
// allocating and freeing them one by one was a fifth of the decode (perf on bench_decode).
//
// Each string points into a block of its own kind (Qt's QArrayData, counted like any QString's)
// and is null-terminated there, so it behaves as any other QString: copying shares it, writing
// to a shared one copies it first, and the block is freed with the last string that points into
// it. A string kept after the others (a selected account's id) keeps its block of a few KB.
class StringArena
{
public:
    StringArena() = default;
    ~StringArena();
    Q_DISABLE_COPY_MOVE(StringArena)

    QString fromUtf8(std::string_view utf8);

private:
    using Block = QTypedArrayData<char16_t>;
    char16_t *room(qsizetype length);

    Block *m_block = nullptr; // the block strings are made in; the arena holds one reference
    char16_t *m_next = nullptr;
    qsizetype m_left = 0; // char16_t units left in m_block
};
