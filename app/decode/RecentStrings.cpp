#include "RecentStrings.h"

QString RecentStrings::text(std::string_view utf8, StringArena &arena)
{
    constexpr size_t kRemembered = 8;
    constexpr int kTrial = 64; // values seen before deciding whether a field's values repeat
    const auto make = [utf8, &arena] {
        return arena.fromUtf8(utf8);
    };
    if (m_tries >= kTrial && m_hits * 4 < m_tries)
        return make(); // ids, numbers: every value is new
    ++m_tries;
    for (const Recent &known : m_recent) {
        if (known.utf8 == utf8) {
            ++m_hits;
            return known.text;
        }
    }
    QString text = make();
    if (m_recent.size() < kRemembered)
        m_recent.push_back({std::string(utf8), text});
    else
        m_recent[size_t(m_tries) % kRemembered] = {std::string(utf8), text};
    return text;
}
