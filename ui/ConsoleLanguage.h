#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QObject;
class QTranslator;

// The console's language: English, French (Canada) or Spanish (United States). Chosen from the
// --lang option, else the language setting (Tools → Language), else the system locale; a
// language the console does not speak shows English text with the system's dates and numbers.
// Translations are the .qm files in <prefix>/share/account-console/translations (next to bin/,
// in the build tree as after installing).
namespace ConsoleLanguage {

inline const QString kSettingKey = QStringLiteral("view/language"); // "", "en_US", "fr_CA", "es_US"

struct Language
{
    QString code;   // "fr_CA"
    QString native; // "Français (Canada)", the name the language gives itself
};
const QList<Language> &available();

// "fr", "fr_CA", "es", "es_US", "en", "en_US" (any case, "-" or "_") to a locale the console
// speaks; nullopt-like empty name for anything else.
QString normalise(const QString &code);
// The locale to run in: `override` (from --lang) if given, else the setting, else the system's.
QLocale choose(const QString &override);
QString translationsDirectory();
// The console's translator for the locale (English for a language it does not speak), loaded,
// owned by `parent`; nullptr when the .qm file is missing.
QTranslator *translatorFor(const QLocale &locale, QObject *parent);
// Sets the default locale (dates and numbers) and installs the console's translator for it, and
// Qt's own (standard buttons, file dialogs) where Debian's qt6-translations-l10n provides them.
// The translators live as long as the application.
void install(const QLocale &locale);

} // namespace ConsoleLanguage
