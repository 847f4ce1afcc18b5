// The console in English, French (Canada) and Spanish (United States): the language chosen from
// --lang, the setting or the system; the built .qm files translate the window, the confirmations,
// plurals and the error catalogue; French text fits its buttons.
#include "ConfirmActionDialog.h"
#include "ConsoleFixture.h"
#include "ConsoleLanguage.h"
#include "ConsoleStartup.h"
#include "MainWindow.h"
#include "Named.h"
#include "core/ErrorCatalog.h"

#include <QLabel>
#include <QMenuBar>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace ConsoleTest;

namespace {
// One language's translator installed for the scope of a test.
class Speaking
{
public:
    explicit Speaking(const char *code)
        : m_translator(ConsoleLanguage::translatorFor(QLocale(QString::fromLatin1(code)), nullptr))
    {
        if (!m_translator)
            qFatal("no translations for %s in %s", code, qPrintable(ConsoleLanguage::translationsDirectory()));
        QCoreApplication::installTranslator(m_translator.get());
    }
    ~Speaking() { QCoreApplication::removeTranslator(m_translator.get()); }

private:
    std::unique_ptr<QTranslator> m_translator;
};

QString translated(const char *context, const char *text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"account-console-tests"_s);
    }
    void init() { QSettings().clear(); }

    void languageFromOptionSettingOrSystem();
    void pluralsInEveryLanguage_data();
    void pluralsInEveryLanguage();
    void errorExplanationsAreTranslated();
    void frenchWindowAndDeleteConfirmation();
};

void TestTranslations::languageFromOptionSettingOrSystem()
{
    QCOMPARE(ConsoleLanguage::normalise(u"fr"_s), u"fr_CA"_s);
    QCOMPARE(ConsoleLanguage::normalise(u"es-US"_s), u"es_US"_s);
    QCOMPARE(ConsoleLanguage::normalise(u"EN"_s), u"en_US"_s);
    QCOMPARE(ConsoleLanguage::normalise(u"de"_s), QString());
    QCOMPARE(parseConsoleCommandLine({u"account-console"_s, u"--lang"_s, u"fr"_s}).language, u"fr_CA"_s);
    QCOMPARE(parseConsoleCommandLine({u"account-console"_s, u"--lang"_s, u"de"_s}).exitCode, 2);

    QCOMPARE(ConsoleLanguage::choose(u"es"_s).name(), u"es_US"_s);
    QSettings().setValue(ConsoleLanguage::kSettingKey, u"fr_CA"_s);
    QCOMPARE(ConsoleLanguage::choose({}).name(), u"fr_CA"_s);
    QCOMPARE(ConsoleLanguage::choose(u"en"_s).name(), u"en_US"_s); // the option wins
    QSettings().remove(ConsoleLanguage::kSettingKey);
    QCOMPARE(ConsoleLanguage::choose({}), QLocale::system());
}

void TestTranslations::pluralsInEveryLanguage_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("accounts");
    QTest::addColumn<QString>("refresh");
    // English from the plural-only file (no EnglishPlurals any more); French counts 0 as singular.
    QTest::newRow("en 1") << QByteArray("en_US") << 1 << u"1 account"_s << u"Refresh 1 account"_s;
    QTest::newRow("en 4") << QByteArray("en_US") << 4 << u"4 accounts"_s << u"Refresh 4 accounts"_s;
    QTest::newRow("fr 0") << QByteArray("fr_CA") << 0 << u"0 compte"_s << u"Actualiser 0 compte"_s;
    QTest::newRow("fr 1") << QByteArray("fr_CA") << 1 << u"1 compte"_s << u"Actualiser 1 compte"_s;
    QTest::newRow("fr 4") << QByteArray("fr_CA") << 4 << u"4 comptes"_s << u"Actualiser 4 comptes"_s;
    QTest::newRow("es 1") << QByteArray("es_US") << 1 << u"1 cuenta"_s << u"Actualizar 1 cuenta"_s;
    QTest::newRow("es 4") << QByteArray("es_US") << 4 << u"4 cuentas"_s << u"Actualizar 4 cuentas"_s;
    QTest::newRow("a language it does not speak reads English")
        << QByteArray("de_DE") << 4 << u"4 accounts"_s << u"Refresh 4 accounts"_s;
}

void TestTranslations::pluralsInEveryLanguage()
{
    QFETCH(QByteArray, code);
    QFETCH(int, n);
    QFETCH(QString, accounts);
    QFETCH(QString, refresh);
    Speaking speaking(code.constData());
    QCOMPARE(translated("AccountTreeModel", "%n account(s)", n), accounts);
    QCOMPARE(translated("RefreshCommand", "Refresh %n account(s)", n), refresh);
}

void TestTranslations::errorExplanationsAreTranslated()
{
    {
        Speaking speaking("es_US");
        const auto entry = ErrorCatalog::lookupAggregation(103);
        QCOMPARE(entry->meaning, u"La institución rechazó las credenciales de inicio de sesión del cliente."_s);
        QVERIFY2(entry->advice.contains(u"Connect"_s), qPrintable(entry->advice));
    }
    Speaking speaking("fr_CA");
    QCOMPARE(ErrorCatalog::lookupAggregation(185)->meaning,
             u"L'institution a posé une question de sécurité qui demande la réponse du client."_s);
}

void TestTranslations::frenchWindowAndDeleteConfirmation()
{
    Speaking speaking("fr_CA");
    ConsoleTest::Console c;
    MainWindow window(c.sandbox.session.get(), &c.prompter, {u"Sandbox"_s, &c.audit});
    window.resize(1280, 800);
    window.show();
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions())
        menus.append(menu->text());
    QCOMPARE(menus, (QStringList{u"&Fichier"_s, u"C&lient"_s, u"&Outils"_s, u"&Aide"_s}));
    CustomerTab *tab = window.openCustomer(typical);
    QTRY_VERIFY(tab->isLoaded());
    auto *status = named<QComboBox>(tab, "statusFilter");
    QCOMPARE(status->itemText(status->findData(u"attention"_s)), u"Requiert une intervention"_s);

    // The delete confirmation, in French, as the agent reads it.
    selectLogin(*tab, firstLogin(*tab));
    tab->deleteSelectedLogin();
    QVERIFY(waitForCommand(*tab));
    const ConfirmationRequest request = c.prompter.asked.first();
    QCOMPARE(request.title, u"Supprimer l'accès à une connexion"_s);
    QVERIFY2(request.confirmLabel.startsWith(u"Supprimer l'accès à "_s), qPrintable(request.confirmLabel));
    QCOMPARE(tab->message(), u"Annulé : rien n'a été envoyé."_s);

    // Nothing in it is cut off: every button and single-line label gets at least the width it asks for.
    ConfirmActionDialog dialog(request, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        QVERIFY2(button->width() >= button->minimumSizeHint().width(), qPrintable(button->text()));
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->wordWrap() && !label->text().isEmpty())
            QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(label->text()));
    }
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
