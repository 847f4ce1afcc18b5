// What an agent using assistive technology (or only the keyboard) meets: actions follow the row
// that is selected the way a screen reader selects it, a delete does not leave the cursor on an
// account nobody chose, a cancelled confirmation says so, the audit viewer speaks the agent's
// words, and the built-in sandbox can be slowed down to watch a refresh.
#include "ActionIcons.h"
#include "AuditEntryModel.h"
#include "ColorScheme.h"
#include "ConsoleFixture.h"
#include "ConsoleStartup.h"
#include "ConsoleStyle.h"
#include "MainWindow.h"
#include "Named.h"
#include "UnshapedText.h"
#include "WarningColor.h"
#include "audit/AuditLogReader.h"
#include "sandbox/InProcessSandbox.h"

#include <QAccessible>
#include <QAccessibleTableInterface>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QWindow>

using namespace Qt::StringLiterals;
using namespace ConsoleTest;

namespace {

// The accessible table row of a source index: the tree's rows, top to bottom, as AT-SPI sees them.
int accessibleRowOf(CustomerTab &tab, const QModelIndex &source)
{
    const QModelIndex target = tab.proxy()->mapFromSource(source);
    int row = 0;
    for (QModelIndex i = tab.proxy()->index(0, 0); i.isValid(); i = tab.view()->indexBelow(i), ++row) {
        if (i == target)
            return row;
    }
    return -1;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { prepareConsoleTests(); }
    void init() { QSettings().clear(); }

    void actionsFollowTheRowAScreenReaderSelects();
    void afterADeleteTheCursorIsOnTheLogin();
    void cancellingSaysNothingWasSent();
    void auditViewerNamesWhatTheAgentDid();
    void builtInSandboxCanBeSlowedDown();
    void slowingOptionsAreChecked();
    void everyVisibleControlHasAName();
    void comboBoxesAreNamedNotValued();
    void tabCloseButtonsAreNamed();
    void errorCodesAreDescribedToAssistiveTechnology();
    void warningsStayReadableOnLightAndDarkThemes();
    void menuToolbarAndContextMenuAgree();
    void windowLabelsNeverInterpretMarkup();
    void aNarrowWindowOffersTheActionsItHides();
    void theWindowFitsTheScreenAndKeepsItsSize();
    void aTabsCloseButtonIsDrawnWithTheConsolesIcon();
    void iconsLookAsQtsSvgEngineDrewThem();
    void textIsUnshapedAndFollowsTheDesktopsFont();
};

void TestAccessibility::actionsFollowTheRowAScreenReaderSelects()
{
    Console c;
    auto tab = c.tab(typical);
    tab->show();
    QVERIFY(loadTab(*tab));
    const QString checking = u"5011648381"_s; // Everyday Checking •••• 7340: the cursor starts here
    QString visa;
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        const QModelIndex login = tab->model()->index(row, 0);
        for (int i = 0; i < tab->model()->rowCount(login); ++i) {
            const Account *a = tab->model()->account(tab->model()->index(i, 0, login));
            if (a->name == u"Rewards Visa"_s)
                visa = a->id;
        }
    }
    QVERIFY(!visa.isEmpty());
    selectAccount(*tab, checking);

    QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(tab->view());
    QVERIFY(tree && tree->tableInterface());
    const int row = accessibleRowOf(*tab, tab->model()->indexOfAccount(visa));
    QVERIFY(row >= 0);
    QVERIFY(tree->tableInterface()->selectRow(row));
    QCOMPARE(tab->selectedAccountId(), visa);

    c.prompter.answer = false;
    tab->deleteSelectedAccount();
    QTRY_COMPARE(c.prompter.asked.size(), 1);
    const ConfirmationRequest &asked = c.prompter.asked.first();
    const QString named = asked.subject + u" / "_s + asked.affected.join(u" / "_s);
    QVERIFY2(named.contains(u"Rewards Visa"_s), qPrintable(named));
    QVERIFY2(!named.contains(u"Everyday Checking"_s), qPrintable(named));
    QCOMPARE(tab->view()->currentIndex().data(AccountTreeModel::AccountIdRole).toString(), visa); // in step

    // Nothing selected: no single-account target at all.
    tab->view()->selectionModel()->clearSelection();
    QVERIFY(tab->selectedAccountId().isEmpty());
    tab->deleteSelectedAccount();
    QTest::qWait(100);
    QCOMPARE(c.prompter.asked.size(), 1);
}

void TestAccessibility::afterADeleteTheCursorIsOnTheLogin()
{
    Console c;
    auto tab = c.tab(typical);
    tab->show();
    QVERIFY(loadTab(*tab));
    const QString checking = u"5011648381"_s;
    const QString login = tab->model()->account(tab->model()->indexOfAccount(checking))->institutionLoginId;
    selectAccount(*tab, checking);
    c.prompter.answer = true;
    tab->deleteSelectedAccount();
    QVERIFY(waitForCommand(*tab));
    QCOMPARE(c.sandbox.log().deleteCount(), 1);
    QVERIFY(tab->selectedAccountId().isEmpty()); // no account is the target now
    QCOMPARE(tab->selectedLoginId(), login);
    QVERIFY(tab->view()->currentIndex().data(AccountTreeModel::IsLoginRole).toBool());
    // A second press of Delete has no account to delete.
    tab->deleteSelectedAccount();
    QTest::qWait(200);
    QCOMPARE(c.prompter.asked.size(), 1);
    QCOMPARE(c.sandbox.log().deleteCount(), 1);
}

void TestAccessibility::cancellingSaysNothingWasSent()
{
    Console c;
    auto tab = c.tab(typical);
    tab->show();
    QVERIFY(loadTab(*tab));
    selectAccount(*tab, u"5011648381"_s);
    c.prompter.answer = false; // Enter on the default button: Cancel
    tab->deleteSelectedAccount();
    QVERIFY(waitForCommand(*tab));
    QCOMPARE(tab->message(), u"Cancelled: nothing was sent."_s);
    QCOMPARE(c.changes(), 0);
}

void TestAccessibility::auditViewerNamesWhatTheAgentDid()
{
    Console c;
    auto tab = c.tab(typical);
    tab->show();
    QVERIFY(loadTab(*tab));
    selectAccount(*tab, u"5011648381"_s);
    c.prompter.answer = true;
    tab->deleteSelectedAccount();
    QVERIFY(waitForCommand(*tab));
    QTRY_VERIFY(!AuditLogReader::read(c.audit.path()).entries.isEmpty()
                && AuditLogReader::read(c.audit.path()).entries.first().outcome);
    AuditEntryModel model;
    model.setEntries(AuditLogReader::read(c.audit.path()).entries);
    const QModelIndex operation = model.index(0, AuditEntryModel::OperationColumn);
    QCOMPARE(operation.data().toString(), u"Deleted access to an account"_s);
    QCOMPARE(operation.data(Qt::ToolTipRole).toString(), u"DeleteCustomerAccount"_s); // the id stays at hand
}

void TestAccessibility::builtInSandboxCanBeSlowedDown()
{
    const ConsoleStartup startup =
        parseConsoleCommandLine({u"account-console"_s, u"--sandbox"_s, u"--sandbox-latency-ms"_s, u"300"_s,
                                 u"--sandbox-refresh-delay-ms"_s, u"2000"_s});
    QCOMPARE(startup.exitCode, -1);
    QCOMPARE(startup.sandboxLatencyMs, 300);
    QCOMPARE(startup.sandboxRefreshDelayMs, 2000);

    SandboxOptions options;
    options.latencyMs = startup.sandboxLatencyMs;
    QObject owner;
    std::optional<std::optional<LocalService>> started;
    inProcessSandbox(options)(&owner, [&started](const std::optional<LocalService> &sandbox) { started = sandbox; });
    QTRY_VERIFY_WITH_TIMEOUT(started.has_value(), 10000); // it starts on a thread of its own
    const std::optional<LocalService> sandbox = *started;
    QVERIFY(sandbox);
    QNetworkAccessManager network;
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = network.get(QNetworkRequest(sandbox->baseUrl.resolved(QUrl(u"/nowhere"_s))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QVERIFY(clock.elapsed() >= 300); // a lower bound only: the delay was applied
    reply->deleteLater();
}

void TestAccessibility::slowingOptionsAreChecked()
{
    const ConsoleStartup bad =
        parseConsoleCommandLine({u"account-console"_s, u"--sandbox-refresh-delay-ms"_s, u"soon"_s});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(parseConsoleCommandLine({u"account-console"_s, u"--color-scheme"_s, u"dark"_s}).colorScheme,
             ColorScheme::Scheme::Dark);
    QCOMPARE(parseConsoleCommandLine({u"account-console"_s, u"--color-scheme"_s, u"purple"_s}).exitCode, 2);
}

namespace {
void collectUnnamed(QAccessibleInterface *node, QStringList *unnamed, int depth = 0)
{
    if (!node || depth > 12 || node->state().invisible)
        return;
    static const QList<QAccessible::Role> interactive = {QAccessible::PushButton,  QAccessible::CheckBox,
                                                         QAccessible::ComboBox,    QAccessible::EditableText,
                                                         QAccessible::RadioButton, QAccessible::PageTab};
    if (interactive.contains(node->role()) && node->text(QAccessible::Name).trimmed().isEmpty())
        unnamed->append(QStringLiteral("role %1, %2")
                            .arg(int(node->role()))
                            .arg(QLatin1StringView(node->object() ? node->object()->metaObject()->className() : "?")));
    if (node->role() == QAccessible::Tree || node->role() == QAccessible::Table)
        return; // cells are data, checked by the next test
    for (int i = 0; i < node->childCount(); ++i)
        collectUnnamed(node->child(i), unnamed, depth + 1);
}
} // namespace

void TestAccessibility::everyVisibleControlHasAName()
{
    Console c;
    auto tab = c.tab(typical);
    tab->resize(1200, 700);
    tab->show();
    QVERIFY(loadTab(*tab));
    tab->findChild<QLineEdit *>()->setText(u"Checking"_s); // shows the filter's clear button
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(tab.get()), &unnamed);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

// Qt 6.4 on Linux gives a combo box its current text as its name ("Any status"); a screen reader
// then announces a value with nothing to say what it is for.
void TestAccessibility::comboBoxesAreNamedNotValued()
{
    Console c;
    auto tab = c.tab(typical);
    tab->show();
    QVERIFY(loadTab(*tab));
    for (const auto &[name, accessible, value] : {std::tuple("statusFilter", u"Account status"_s, u"Any status"_s),
                                                  {"typeFilter", u"Account type"_s, u"Any type"_s}}) {
        auto *combo = named<QComboBox>(tab, name);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(combo);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::ComboBox);
        QCOMPARE(iface->text(QAccessible::Name), accessible);
        QCOMPARE(iface->text(QAccessible::Value), value);
        combo->setCurrentIndex(1);
        QCOMPARE(iface->text(QAccessible::Name), accessible);
        QCOMPARE(iface->text(QAccessible::Value), combo->currentText());
        // Its list is still reachable, and it still opens from the accessibility interface.
        QVERIFY(iface->childCount() >= 1);
        QVERIFY(iface->actionInterface());
        QVERIFY(iface->actionInterface()->actionNames().contains(QAccessibleActionInterface::showMenuAction()));
        combo->setCurrentIndex(0);
    }
}

void TestAccessibility::tabCloseButtonsAreNamed()
{
    Console c;
    MainWindow window(c.sandbox.session.get(), &c.prompter, {u"Sandbox"_s, &c.audit});
    window.show();
    window.openCustomer(typical);
    auto *tabs = window.findChild<QTabWidget *>();
    QTRY_COMPARE(tabs->count(), 1);
    QTRY_VERIFY(!tabs->tabText(0).startsWith(u"1005"_s)); // the name arrived
    QWidget *close = tabs->tabBar()->tabButton(0, QTabBar::RightSide);
    QVERIFY(close);
    QCOMPARE(close->accessibleName(), u"Close %1"_s.arg(tabs->tabText(0)));
}

void TestAccessibility::errorCodesAreDescribedToAssistiveTechnology()
{
    Console c;
    auto tab = c.tab(u"1005061237"_s); // Sam Patel: aggregation errors 103, 185 and 945
    tab->show();
    QVERIFY(loadTab(*tab));
    QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(tab->view());
    QVERIFY(tree && tree->tableInterface());
    QAccessibleTableInterface *table = tree->tableInterface();
    int described = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        QAccessibleInterface *cell = table->cellAt(row, AccountTreeModel::StatusColumn);
        if (cell && cell->text(QAccessible::Name).contains(u"103"_s)) {
            QVERIFY2(cell->text(QAccessible::Description).contains(u"Connect"_s),
                     qPrintable(cell->text(QAccessible::Description)));
            ++described;
        }
    }
    QVERIFY(described > 0);

    // The details panel says it in full, wrapped, where the field's cell would cut it off.
    // Everyday Checking at Cascade Federal: 103.
    const QModelIndex cascade = tab->model()->index(0, 0);
    QCOMPARE(cascade.data(AccountTreeModel::InstitutionIdRole).toString(), u"102105"_s);
    selectAccount(*tab, tab->model()->account(tab->model()->index(0, 0, cascade))->id);
    auto *problem = tab->findChild<QLabel *>(u"aggregationProblem"_s);
    QVERIFY(problem);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY(problem->wordWrap());
    QVERIFY2(problem->text().contains(u"103"_s) && problem->text().contains(u"Connect"_s), qPrintable(problem->text()));
}

void TestAccessibility::warningsStayReadableOnLightAndDarkThemes()
{
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    // A hand-made dark palette, and the one --color-scheme dark applies.
    for (const QPalette &palette : {original, dark, ColorScheme::dark()}) {
        QApplication::setPalette(palette);
        Console c;
        auto tab = c.tab(u"1005061237"_s); // errors and negative balances
        tab->show();
        QVERIFY(loadTab(*tab));
        int checked = 0;
        for (int row = 0; row < tab->model()->rowCount(); ++row) {
            const QModelIndex login = tab->model()->index(row, 0);
            for (int i = 0; i < tab->model()->rowCount(login); ++i) {
                for (int column : {int(AccountTreeModel::StatusColumn), int(AccountTreeModel::BalanceColumn)}) {
                    const QVariant brush = tab->model()->index(i, column, login).data(Qt::ForegroundRole);
                    if (!brush.isValid())
                        continue;
                    const double ratio =
                        WarningColor::contrast(brush.value<QBrush>().color(), palette.color(QPalette::Base));
                    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 0);
    }
    QApplication::setPalette(original);
}

namespace {
// The window's action whose text (without '&' and '…') starts with `words`.
QAction *windowAction(MainWindow &window, const QString &words)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().remove(u'&').startsWith(words))
            return action;
    }
    return nullptr;
}

QMap<QString, bool> contextMenuOf(CustomerTab &tab)
{
    const QRect row = tab.view()->visualRect(tab.view()->currentIndex());
    emit tab.view()->customContextMenuRequested(row.center());
    QMap<QString, bool> enabled;
    QMenu *menu = tab.findChild<QMenu *>();
    if (!menu)
        return enabled;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            enabled.insert(action->text().remove(u'&'), action->isEnabled());
    }
    menu->close();
    delete menu;
    return enabled;
}
} // namespace

// "View accounts at institution" used to be enabled in one and not the other; now both ask the
// same rules, and the toolbar's tooltip says why an action is off, with its shortcut.
void TestAccessibility::menuToolbarAndContextMenuAgree()
{
    SandboxOptions slow;
    slow.refreshDelayMs = 2000; // a refresh under way long enough to look at the menus
    Console c(slow);
    MainWindow window(c.sandbox.session.get(), &c.prompter, {u"Sandbox"_s, &c.audit});
    window.show();
    CustomerTab *tab = window.openCustomer(typical);
    QVERIFY(tab);
    QTRY_VERIFY(tab->isLoaded());
    const QList<std::pair<QString, QString>> pairs = {
        {u"View accounts at this institution"_s, u"View accounts at institution"_s},
        {u"Refresh this login…"_s, u"Refresh login…"_s},
        {u"Delete access to this login…"_s, u"Delete access to login…"_s},
        {u"Delete access to this account…"_s, u"Delete access to account…"_s},
    };
    for (const int state : {0, 1, 2}) { // a login, an account, then a login while a refresh waits
        if (state == 1)
            selectAccount(*tab, u"5011648381"_s);
        else
            selectLogin(*tab, firstLogin(*tab));
        if (state == 2) {
            c.prompter.answer = true;
            tab->refreshAll();
            QTRY_VERIFY(tab->isBusy());
        }
        QTRY_VERIFY(!tab->selectedLoginId().isEmpty());
        const QMap<QString, bool> menu = contextMenuOf(*tab);
        QVERIFY(!menu.isEmpty());
        for (const auto &[inMenu, inWindow] : pairs) {
            if (!menu.contains(inMenu))
                continue; // the account item is not offered on a login row
            QAction *action = windowAction(window, inWindow);
            QVERIFY2(action, qPrintable(inWindow));
            QCOMPARE(menu.value(inMenu), action->isEnabled());
        }
    }
    QVERIFY(waitForCommand(*tab));
    QAction *deleteAccount = windowAction(window, u"Delete access to account"_s);
    selectLogin(*tab, firstLogin(*tab));
    QTRY_VERIFY(!deleteAccount->isEnabled());
    QVERIFY2(deleteAccount->toolTip().contains(u"Select one account first"_s), qPrintable(deleteAccount->toolTip()));
    QVERIFY2(deleteAccount->toolTip().contains(u"Del"_s), qPrintable(deleteAccount->toolTip())); // the shortcut
}

// Text from the network reaches the window's status bar and the customer's tab: no label of the
// main window may interpret markup (they were plain in the tabs, not in the window itself).
void TestAccessibility::windowLabelsNeverInterpretMarkup()
{
    Console c;
    MainWindow window(c.sandbox.session.get(), &c.prompter, {u"Sandbox"_s, &c.audit});
    CustomerTab *tab = window.openCustomer(typical);
    QTRY_VERIFY(tab && tab->isLoaded());
    for (const QLabel *label : window.findChildren<QLabel *>())
        QVERIFY2(label->textFormat() != Qt::AutoText, qPrintable(label->text()));
}

// With the window too narrow for its toolbar, the toolbar's extension button (drawn with the
// console's own chevrons, ConsoleStyle) shows the actions that did not fit. The style keeps the
// desktop style's other icons, such as the confirmation's warning.
void TestAccessibility::aNarrowWindowOffersTheActionsItHides()
{
    ColorScheme::apply(ColorScheme::Scheme::Desktop); // as main() does
    QVERIFY(qobject_cast<ConsoleStyle *>(QApplication::style()));
    QVERIFY(!QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning).isNull());
    Console c;
    MainWindow window(c.sandbox.session.get(), &c.prompter, {u"Sandbox"_s, &c.audit});
    window.resize(360, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *toolbar = window.findChild<QToolBar *>(u"mainToolbar"_s);
    QVERIFY(toolbar);
    auto *more = toolbar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
    QVERIFY(more);
    QTRY_VERIFY(more->isVisible());
    const QImage shown = more->icon().pixmap(16, 16).toImage();
    QVERIFY(!shown.isNull());
    QCOMPARE(shown, actionIcon("toolbar-extension").pixmap(16, 16).toImage());
    QWidget *hidden = toolbar->widgetForAction(window.findChild<QAction *>(u"deleteLoginAction"_s));
    QVERIFY(hidden);
    QVERIFY(!hidden->isVisible());
    QTest::mouseClick(more, Qt::LeftButton);
    QTRY_VERIFY(hidden->isVisible());
    QApplication::setStyle(u"Fusion"_s); // the other tests' style
}

// On its first start (nothing saved), the window opens at 1,280 by 800 pixels, or as large as the
// screen's free area where that is smaller (where it goes is the window manager's choice); later starts give it back
// the size the agent left it at. main() used to resize it to 1,280 by 800 at every start: a smaller screen lost the
// toolbar's last actions, the details and the status bar, and the agent's own size was never kept.
void TestAccessibility::theWindowFitsTheScreenAndKeepsItsSize()
{
    Console c;
    QSize chosen;
    {
        MainWindow window(c.sandbox.session.get(), &c.prompter, {u"Sandbox"_s, &c.audit});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QCOMPARE(window.size(), QSize(1280, 800).boundedTo(available.size()));
        chosen = window.size() - QSize(100, 60);
        window.resize(chosen);
        QTRY_COMPARE(window.size(), chosen);
    }
    MainWindow again(c.sandbox.session.get(), &c.prompter, {u"Sandbox"_s, &c.audit});
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), chosen);
}

QTEST_MAIN(TestAccessibility)
void TestAccessibility::aTabsCloseButtonIsDrawnWithTheConsolesIcon()
{
    // Qt's own is read from PNG files, the first use of the image readers, as the first tab is
    // painted (4.2 M instructions before the first customer's accounts, callgrind).
    ColorScheme::apply(ColorScheme::Scheme::Desktop); // as main() does
    const QIcon close = QApplication::style()->standardIcon(QStyle::SP_TabCloseButton);
    const auto image = [](const QIcon &icon, QIcon::Mode mode, QIcon::State state) {
        return icon.pixmap(QSize(16, 16), 1.0, mode, state).toImage();
    };
    QCOMPARE(image(close, QIcon::Normal, QIcon::Off), image(actionIcon("tab-close"), QIcon::Normal, QIcon::Off));
    QCOMPARE(image(close, QIcon::Disabled, QIcon::Off), image(actionIcon("tab-close"), QIcon::Disabled, QIcon::Off));
    QCOMPARE(image(close, QIcon::Active, QIcon::Off), image(actionIcon("tab-close-hover"), QIcon::Normal, QIcon::Off));
    QCOMPARE(image(close, QIcon::Normal, QIcon::On), image(actionIcon("tab-close-down"), QIcon::Normal, QIcon::Off));

    // And a customer's tab shows it: its close button, under the pointer, draws the hover icon.
    Console c;
    MainWindow window(c.sandbox.session.get(), &c.prompter, {u"Sandbox"_s, &c.audit});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openCustomer(typical));
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QWidget *button = tabs->tabBar()->tabButton(tabs->currentIndex(), QTabBar::RightSide);
    QVERIFY(button);
    const QImage hover = image(actionIcon("tab-close-hover"), QIcon::Normal, QIcon::Off);
    const QColor fill = hover.pixelColor(hover.width() / 2, 2); // the hover icon's background
    QTest::mouseMove(button, button->rect().center());
    QTRY_VERIFY(button->underMouse());
    const QImage drawn = button->grab().toImage();
    int filled = 0;
    for (int y = 0; y < drawn.height(); ++y)
        for (int x = 0; x < drawn.width(); ++x)
            filled += drawn.pixelColor(x, y).rgb() == fill.rgb();
    QVERIFY2(filled >= 100, qPrintable(u"%1 pixels of the hover colour"_s.arg(filled))); // the × alone: a few
}

void TestAccessibility::iconsLookAsQtsSvgEngineDrewThem()
{
    // The console draws its SVG icons with an engine of its own (each file parsed once); each
    // mode, state and size must come out as Qt's SVG engine drew it, pixel for pixel.
    ColorScheme::apply(ColorScheme::Scheme::Desktop);
    QStringList files{u":/icons/account-console.svg"_s};
    for (const QString &name : QDir(u":/icons/actions"_s).entryList({u"*.svg"_s}))
        files.append(u":/icons/actions/"_s + name);
    QVERIFY(files.size() >= 15);
    const auto compare = [](const QIcon &ours, const QIcon &qts, const QString &what) {
        for (const QSize size : {QSize(16, 16), QSize(22, 22), QSize(24, 24), QSize(64, 64), QSize(32, 16)}) {
            for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled, QIcon::Active, QIcon::Selected}) {
                for (const QIcon::State state : {QIcon::Off, QIcon::On}) {
                    for (const qreal ratio : {1.0, 2.0}) { // and on a high-density screen
                        const QPixmap a = ours.pixmap(size, ratio, mode, state);
                        const QPixmap b = qts.pixmap(size, ratio, mode, state);
                        if (a.isNull() || a.toImage() != b.toImage() || a.devicePixelRatio() != b.devicePixelRatio())
                            return u"%1 at %2x%3 (%4x), mode %5, state %6"_s.arg(what)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(ratio)
                                .arg(int(mode))
                                .arg(int(state));
                    }
                }
            }
        }
        return QString();
    };
    for (const QString &file : files) {
        const QString differs = compare(QIcon(new SvgIconEngine(file)), QIcon(file), file);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
    }
    // With files for other modes and states, as the tabs' close button has.
    QIcon ours = actionIcon("tab-close");
    QIcon qts(actionIconPath("tab-close"));
    for (QIcon *icon : {&ours, &qts}) {
        icon->addFile(actionIconPath("tab-close-hover"), {}, QIcon::Active, QIcon::Off);
        icon->addFile(actionIconPath("tab-close-down"), {}, QIcon::Normal, QIcon::On);
    }
    const QString differs = compare(ours, qts, u"the close button"_s);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot open file ':/icons/none.svg'"_s));
    QVERIFY(QIcon(new SvgIconEngine(u":/icons/none.svg"_s)).pixmap(16, 16).isNull()); // a missing file: no icon
}

void TestAccessibility::textIsUnshapedAndFollowsTheDesktopsFont()
{
    const QFont before = QApplication::font();
    UnshapedText::applyToApplication(); // as main() does
    QVERIFY(QApplication::font().styleStrategy() & QFont::PreferNoShaping);
    QLabel label(u"Avery Johnson"_s);
    QVERIFY(label.font().styleStrategy() & QFont::PreferNoShaping);

    // The agent changes the desktop's font while the console runs: Qt keeps a font the program
    // set, so the console must take the desktop's again. (The offscreen desktop's font cannot
    // change; the font left from before stands for the old one.)
    QFont stale = QApplication::font();
    stale.setPointSize(stale.pointSize() + 7);
    QApplication::setFont(stale);
    QWindow window;
    QEvent themeChanged(QEvent::ThemeChange);
    QApplication::sendEvent(&window, &themeChanged);
    const QFont desktop = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    QCOMPARE(QApplication::font().pointSize(), desktop.pointSize());
    QCOMPARE(QApplication::font().family(), desktop.family());
    QVERIFY(QApplication::font().styleStrategy() & QFont::PreferNoShaping);
    QApplication::setFont(before);
}

#include "tst_accessibility.moc"
