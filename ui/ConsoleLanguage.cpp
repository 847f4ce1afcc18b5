#include "ConsoleLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ConsoleLanguage {

const QList<Language> &available()
{
    static const QList<Language> languages = {
        {u"en_US"_s, u"English"_s},
        {u"fr_CA"_s, u"Français (Canada)"_s},
        {u"es_US"_s, u"Español (Estados Unidos)"_s},
    };
    return languages;
}

QString normalise(const QString &code)
{
    const QString language = code.trimmed().toLower().replace(u'-', u'_').section(u'_', 0, 0);
    for (const Language &known : available()) {
        if (known.code.section(u'_', 0, 0) == language)
            return known.code;
    }
    return {};
}

QLocale choose(const QString &override)
{
    if (const QString code = normalise(override); !code.isEmpty())
        return QLocale(code);
    if (const QString code = normalise(QSettings().value(kSettingKey).toString()); !code.isEmpty())
        return QLocale(code);
    return QLocale::system();
}

QString translationsDirectory()
{
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(u"../share/account-console/translations"_s);
}

QTranslator *translatorFor(const QLocale &locale, QObject *parent)
{
    // French and Spanish in full; anything else reads English, whose file holds the plural forms.
    const QString code = normalise(locale.name());
    const QString file = u"account-console_"_s + (code.isEmpty() || code == "en_US"_L1 ? u"en"_s : code);
    auto *translator = new QTranslator(parent);
    if (translator->load(file, translationsDirectory()))
        return translator;
    delete translator;
    return nullptr;
}

void install(const QLocale &locale)
{
    QLocale::setDefault(locale);
    if (QTranslator *console = translatorFor(locale, QCoreApplication::instance()))
        QCoreApplication::installTranslator(console);
    else
        qWarning("account-console: no translations in %s", qPrintable(translationsDirectory()));
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace ConsoleLanguage
