#pragma once

#include <QTranslator>

// Source strings are English with "(s)" where a count decides ("%n account(s)"). With no
// translation for the language, this turns them into proper English: "1 account", "4 accounts".
// A real translation installed after it takes precedence.
class EnglishPlurals : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};
