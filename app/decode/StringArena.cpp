#include "StringArena.h"

#include <QStringDecoder>

namespace {
// 8 KB: about 150 accounts' own strings per allocation.
constexpr qsizetype kBlockUnits = 4096;
// Longer strings (names, rarely) are allocated on their own, as QString would.
constexpr qsizetype kLongest = kBlockUnits / 8;

void release(QArrayData *block)
{
    if (block && !block->deref())
        QTypedArrayData<char16_t>::deallocate(block);
}
} // namespace

StringArena::~StringArena()
{
    release(m_block);
}

char16_t *StringArena::room(qsizetype length)
{
    if (length + 1 > m_left) {
        const auto [block, data] = Block::allocate(kBlockUnits);
        if (!block)
            qBadAlloc(); // the arena still holds its block, once
        release(m_block);
        m_block = block;
        m_next = data;
        m_left = kBlockUnits;
    }
    return m_next;
}

QString StringArena::fromUtf8(std::string_view utf8)
{
    const auto length = qsizetype(utf8.size());
    if (length == 0 || length > kLongest)
        return QString::fromUtf8(utf8.data(), length);
    // UTF-8 never takes fewer units in UTF-16 than it has bytes, so `length` (+1 for the
    // terminator) is enough room.
    char16_t *start = room(length);
    char16_t *end = start;
    bool ascii = true;
    for (const char c : utf8)
        ascii = ascii && uchar(c) < 0x80;
    if (ascii) {
        for (const char c : utf8)
            *end++ = char16_t(uchar(c));
    } else {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        end = reinterpret_cast<char16_t *>(
            decoder.appendToBuffer(reinterpret_cast<QChar *>(start), QByteArrayView(utf8.data(), length)));
    }
    *end++ = u'\0';
    const qsizetype used = end - start;
    m_next = end;
    m_left -= used;
    m_block->ref();
    return QString(QString::DataPointer(m_block, start, used - 1));
}
