// The console window, offscreen, against the in-process sandbox: the model through loading,
// reloading, filtering and deleting; sorting; states; details; the search flow; read-only;
// keyboard and accessibility; what is kept between runs.
#include "AccountDetailsPanel.h"
#include "ConsoleFixture.h"
#include "CustomerPickerDialog.h"
#include "InstitutionAccountsDialog.h"
#include "MainWindow.h"
#include "Named.h"
#include "core/RecentCustomers.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableWidget>
#include <QTreeWidget>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace ConsoleTest;

class TestConsole : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { prepareConsoleTests(); }
    void init() { QSettings().clear(); }

    void modelStaysConsistentThroughLoadReloadFilterAndDelete();
    void loginsShowInstitutionNamesFetchedOncePerInstitution();
    void balanceSortsAsMoneyAndDatesAsDates();
    void namesSortInTheLocalesOrder();
    void loginsSortByInstitutionNameAsNamesArrive();
    void theFirstAccountStaysSelectedAsNamesArrive();
    void statesAreShownInTheView();
    void detailsShowEveryFieldAndPositions();
    void searchFlow();
    void readOnlyHidesAndRefusesChanges();
    void keyboardAndAccessibility();
    void viewStateAndRecentCustomersPersist();
    void openingACustomerLeavesTheSettingsFileAlone();
    void theHeaderCanBeSelectedWithTheMouse();
    void viewByInstitutionListsTheCustomersAccountsThere();
    void aChangeInsideATabRepaintsOnlyWhatChanged();
};

void TestConsole::modelStaysConsistentThroughLoadReloadFilterAndDelete()
{
    Console c;
    auto tab = c.tab(typical);
    QAbstractItemModelTester modelTester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(tab->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadTab(*tab));
    QCOMPARE(tab->model()->loginCount(), 3);
    QCOMPARE(tab->model()->accountCount(), 8);
    QVERIFY(tab->view()->isExpanded(tab->proxy()->index(0, 0))); // small customers start expanded

    // Reloading one login keeps the selection.
    const QString login = firstLogin(*tab);
    const QModelIndex loginIndex = tab->model()->indexOfLogin(login);
    const QString selected = tab->model()->account(tab->model()->index(1, 0, loginIndex))->id;
    selectAccount(*tab, selected);
    tab->reloadLogin(login);
    QTRY_VERIFY(tab->message().contains(u"Reloaded login"_s));
    QCOMPARE(c.sandbox.log().count(Endpoints::Operation::GetCustomerAccountsByInstitutionLogin,
                                   {{u"customerId"_s, typical}, {u"institutionLoginId"_s, login}}),
             1);
    QCOMPARE(tab->selectedAccountId(), selected);

    // Filtering keeps the parent login visible.
    named<QLineEdit>(tab, "filterField")->setText(u"savings"_s);
    QCOMPARE(tab->proxy()->rowCount(), 1);
    QCOMPARE(tab->proxy()->rowCount(tab->proxy()->index(0, 0)), 1);
    named<QLineEdit>(tab, "filterField")->setText(u"redwood"_s); // an institution name: all its accounts
    QTRY_COMPARE(tab->proxy()->rowCount(), 1);
    QCOMPARE(tab->proxy()->rowCount(tab->proxy()->index(0, 0)), 3);
    named<QLineEdit>(tab, "filterField")->clear();
    named<QComboBox>(tab, "typeFilter")
        ->setCurrentIndex(named<QComboBox>(tab, "typeFilter")->findData(u"creditCard"_s));
    QCOMPARE(tab->proxy()->rowCount(), 1);
    named<QComboBox>(tab, "typeFilter")->setCurrentIndex(0);
    QCOMPARE(tab->proxy()->rowCount(), 3);

    // Deleting an account, then a login.
    c.prompter.answer = true;
    selectAccount(*tab, selected);
    tab->deleteSelectedAccount();
    QVERIFY(waitForCommand(*tab));
    QCOMPARE(tab->model()->accountCount(), 7);
    QVERIFY(!tab->model()->indexOfAccount(selected).isValid());
    selectLogin(*tab, login);
    tab->deleteSelectedLogin();
    QVERIFY(waitForCommand(*tab));
    QCOMPARE(tab->model()->loginCount(), 2);
    QCOMPARE(tab->model()->accountCount(), 5);
    QCOMPARE(c.sandbox.log().deleteCount(), 2);
}

void TestConsole::loginsShowInstitutionNamesFetchedOncePerInstitution()
{
    Console c;
    auto tab = c.tab(QString::fromLatin1(SandboxData::kLargeCustomer));
    QVERIFY(loadTab(*tab));
    QCOMPARE(tab->model()->accountCount(), 10000);
    QCOMPARE(tab->model()->loginCount(), 200);
    QVERIFY(!tab->view()->isExpanded(tab->proxy()->index(0, 0))); // large customers start collapsed
    QTRY_VERIFY(!tab->model()->index(0, 0).data().toString().startsWith(u"Institution "_s));
    // One request per institution: all ten arrive, and no more after them.
    QTRY_COMPARE(c.sandbox.log().count(Endpoints::Operation::GetInstitution), 10);
    // A second customer at the same banks asks for none of them again.
    auto other = c.tab(typical);
    QVERIFY(loadTab(*other));
    QTest::qWait(200);
    QCOMPARE(c.institutions.fetchCount(), 10);
    QCOMPARE(c.sandbox.log().count(Endpoints::Operation::GetInstitution), 10);
}

void TestConsole::balanceSortsAsMoneyAndDatesAsDates()
{
    Console c;
    auto tab = c.tab(typical);
    QVERIFY(loadTab(*tab));
    tab->view()->sortByColumn(AccountTreeModel::BalanceColumn, Qt::AscendingOrder);
    for (int l = 0; l < tab->proxy()->rowCount(); ++l) {
        const QModelIndex login = tab->proxy()->index(l, 0);
        qlonglong previous = std::numeric_limits<qlonglong>::min();
        for (int r = 0; r < tab->proxy()->rowCount(login); ++r) {
            const qlonglong cents = tab->proxy()
                                        ->index(r, AccountTreeModel::BalanceColumn, login)
                                        .data(AccountTreeModel::SortRole)
                                        .toLongLong();
            QVERIFY(cents >= previous);
            previous = cents;
        }
    }
    // As text "-$12,049.34" sorts before "-$193,692.86"; as money the mortgage comes first.
    bool sawLending = false;
    for (int l = 0; l < tab->proxy()->rowCount(); ++l) {
        const QModelIndex login = tab->proxy()->index(l, 0);
        if (tab->proxy()->index(0, AccountTreeModel::TypeColumn, login).data().toString() == "Mortgage"_L1) {
            QCOMPARE(tab->proxy()->index(1, AccountTreeModel::TypeColumn, login).data().toString(), u"Loan"_s);
            sawLending = true;
        }
    }
    QVERIFY(sawLending);
    tab->view()->sortByColumn(AccountTreeModel::DateColumn, Qt::DescendingOrder);
    QDateTime previousDate = QDateTime::fromSecsSinceEpoch(std::numeric_limits<int>::max());
    const QModelIndex login = tab->proxy()->index(0, 0);
    for (int r = 0; r < tab->proxy()->rowCount(login); ++r) {
        const QDateTime date =
            tab->proxy()->index(r, AccountTreeModel::DateColumn, login).data(AccountTreeModel::SortRole).toDateTime();
        QVERIFY(date <= previousDate);
        previousDate = date;
    }
}

void TestConsole::namesSortInTheLocalesOrder()
{
    Console c;
    auto tab = c.tab(QString::fromLatin1(SandboxData::kLargeCustomer));
    QVERIFY(loadTab(*tab));
    const auto accountAt = [&](int row, const QModelIndex &login) {
        return tab->model()->account(tab->proxy()->mapToSource(tab->proxy()->index(row, 0, login)));
    };
    const QCollator collator;
    tab->view()->sortByColumn(AccountTreeModel::NameColumn, Qt::DescendingOrder);
    int namePairs = 0;
    for (int l = 0; l < tab->proxy()->rowCount(); ++l) {
        const QModelIndex login = tab->proxy()->index(l, 0);
        for (int r = 1; r < tab->proxy()->rowCount(login); ++r) {
            const int order = collator.compare(accountAt(r - 1, login)->name, accountAt(r, login)->name);
            QVERIFY2(order >= 0, qPrintable(accountAt(r - 1, login)->name + u" before "_s + accountAt(r, login)->name));
            namePairs += order > 0;
        }
    }
    QVERIFY(namePairs > 1000); // the names differ, so the order above was a real check
}

void TestConsole::loginsSortByInstitutionNameAsNamesArrive()
{
    Console c;
    auto tab = c.tab(QString::fromLatin1(SandboxData::kLargeCustomer));
    QVERIFY(loadTab(*tab));
    const QCollator collator;
    const auto shownNames = [&] {
        QStringList names;
        for (int l = 0; l < tab->proxy()->rowCount(); ++l)
            names.append(tab->proxy()->index(l, AccountTreeModel::NameColumn).data().toString());
        return names;
    };
    const auto inOrder = [&](const QStringList &names, Qt::SortOrder order) {
        for (int i = 1; i < names.size(); ++i) {
            const int compared = collator.compare(names[i - 1], names[i]);
            if (order == Qt::AscendingOrder ? compared > 0 : compared < 0)
                return false;
        }
        return true;
    };
    // The institutions have not answered yet: their placeholders are in order.
    QStringList names = shownNames();
    QCOMPARE(names.size(), 200);
    QVERIFY(names.first().startsWith(u"Institution "_s));
    QVERIFY(inOrder(names, Qt::AscendingOrder));
    // Their names arrive: the logins take their places by name.
    QTRY_VERIFY(!shownNames().join(u'|').contains(u"Institution "_s));
    names = shownNames();
    QVERIFY(inOrder(names, Qt::AscendingOrder));
    QVERIFY(QSet<QString>(names.begin(), names.end()).size() > 5); // so the order above was a real check
    tab->view()->sortByColumn(AccountTreeModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(inOrder(shownNames(), Qt::DescendingOrder));
}

void TestConsole::theFirstAccountStaysSelectedAsNamesArrive()
{
    // A customer opens on its first account, shown at the top of the tree. When the institutions'
    // names arrive and the logins take new places, the console still shows the first one, at the
    // top; an account the agent chose meanwhile stays chosen.
    Console c;
    const auto firstAccount = [](CustomerTab &tab) {
        return tab.proxy()->index(0, 0, tab.proxy()->index(0, 0)).data(AccountTreeModel::AccountIdRole).toString();
    };
    const auto namesArrived = [](CustomerTab &tab) { // every login's, so that the order is final
        for (int l = 0; l < tab.proxy()->rowCount(); ++l) {
            if (tab.proxy()->index(l, AccountTreeModel::NameColumn).data().toString().startsWith(u"Institution "_s))
                return false;
        }
        return true;
    };
    auto tab = c.tab(QString::fromLatin1(SandboxData::kLargeCustomer));
    tab->resize(1000, 600);
    tab->show();
    QVERIFY(loadTab(*tab));
    QVERIFY(!namesArrived(*tab));
    const QString firstByPlaceholder = firstAccount(*tab);
    QCOMPARE(tab->selectedAccountId(), firstByPlaceholder);
    const QString loginByPlaceholder = tab->selectedLoginId();
    tab->view()->scrollToBottom(); // as the tree was seen scrolled, with its selection at the bottom edge
    QVERIFY(tab->view()->verticalScrollBar()->value() > 0);
    QTRY_VERIFY(namesArrived(*tab));
    QVERIFY(firstAccount(*tab) != firstByPlaceholder); // so the places did change
    QTRY_COMPARE(tab->selectedAccountId(), firstAccount(*tab));
    QCOMPARE(tab->view()->verticalScrollBar()->value(), 0);
    // A large customer starts collapsed: only the login shown open is the selected account's.
    QVERIFY(tab->view()->isExpanded(tab->proxy()->index(0, 0)));
    QVERIFY(!tab->view()->isExpanded(tab->proxy()->mapFromSource(tab->model()->indexOfLogin(loginByPlaceholder))));

    // Chosen by the agent before the names arrive: kept. (A console of its own: no name known.)
    Console other;
    auto chosen = other.tab(QString::fromLatin1(SandboxData::kLargeCustomer));
    QVERIFY(loadTab(*chosen));
    QVERIFY(!namesArrived(*chosen));
    const QModelIndex third = chosen->proxy()->index(0, 0, chosen->proxy()->index(2, 0));
    const QString pick = third.data(AccountTreeModel::AccountIdRole).toString();
    chosen->view()->setCurrentIndex(third);
    QCOMPARE(chosen->selectedAccountId(), pick);
    QTRY_VERIFY(namesArrived(*chosen));
    QTest::qWait(50);
    QCOMPARE(chosen->selectedAccountId(), pick);
}

void TestConsole::statesAreShownInTheView()
{
    Console c;
    auto empty = c.tab(QString::fromLatin1(SandboxData::kEmptyCustomer));
    QVERIFY(loadTab(*empty));
    QCOMPARE(empty->message(), u"This customer has no linked accounts."_s);

    auto unknown = c.tab(u"4242424242"_s);
    unknown->load();
    QTRY_VERIFY(unknown->message().startsWith(u"No such customer (code 14001)."_s));

    auto errors = c.tab(QString::fromLatin1(SandboxData::kAggregationErrorCustomer));
    QVERIFY(loadTab(*errors));
    int fixable = 0;
    for (int l = 0; l < errors->model()->rowCount(); ++l) {
        const QModelIndex login = errors->model()->index(l, 0);
        for (int r = 0; r < errors->model()->rowCount(login); ++r) {
            const QModelIndex status = errors->model()->index(r, AccountTreeModel::StatusColumn, login);
            if (status.data(AccountTreeModel::NeedsCustomerFixRole).toBool()) {
                QVERIFY(status.data().toString().contains(u"customer fix"_s));
                QVERIFY(status.data(Qt::ToolTipRole).toString().contains(u"Connect"_s));
                ++fixable;
            }
        }
    }
    QCOMPARE(fixable, 5); // 103, 103, 185, 185, 945

    SandboxOptions slow;
    slow.latencyMs = 400;
    Console s(slow);
    auto loading = s.tab(typical);
    loading->load();
    QCOMPARE(loading->message(), u"Loading accounts…"_s);
    QVERIFY(loadTab(*loading));
}

void TestConsole::detailsShowEveryFieldAndPositions()
{
    Console c;
    auto tab = c.tab(typical);
    QVERIFY(loadTab(*tab));
    QString investment;
    for (int l = 0; l < tab->model()->rowCount(); ++l) {
        const QModelIndex login = tab->model()->index(l, 0);
        for (int r = 0; r < tab->model()->rowCount(login); ++r)
            if (tab->model()->account(tab->model()->index(r, 0, login))->type == "investment"_L1)
                investment = tab->model()->account(tab->model()->index(r, 0, login))->id;
    }
    QSignalSpy shown(named<AccountDetailsPanel>(tab, "details"), &AccountDetailsPanel::loaded);
    selectAccount(*tab, investment);
    QVERIFY(shown.wait());
    QTreeWidget *fields = named<QTreeWidget>(named<AccountDetailsPanel>(tab, "details"), "fields");
    QStringList labels;
    for (int i = 0; i < fields->topLevelItemCount(); ++i)
        labels.append(fields->topLevelItem(i)->text(0));
    for (const QString &expected :
         {u"Account ID"_s, u"Balance"_s, u"Balance date"_s, u"Institution login ID"_s, u"Available cash balance"_s})
        QVERIFY2(labels.contains(expected), qPrintable(labels.join(u", "_s)));
    const int dateRow = int(labels.indexOf(u"Balance date"_s));
    QVERIFY(fields->topLevelItem(dateRow)->toolTip(1).endsWith(u'Z')); // UTC on hover
    QCOMPARE(named<QTableWidget>(named<AccountDetailsPanel>(tab, "details"), "positions")->rowCount(), 4);
    QCOMPARE(named<QTableWidget>(named<AccountDetailsPanel>(tab, "details"), "positions")->item(0, 0)->text(),
             u"VTI"_s);
    fields->topLevelItem(0)->setSelected(true);
    QVERIFY(named<AccountDetailsPanel>(tab, "details")->copySelection().startsWith(u"Account ID: "_s + investment));
}

void TestConsole::searchFlow()
{
    Console c;
    MainWindow window(c.sandbox.session.get(), &c.prompter, {u"Sandbox"_s, &c.audit});
    window.show();
    QSignalSpy searched(&window, &MainWindow::searchFinished);

    window.find(u"Johns"_s); // Johnson and Johnston
    QVERIFY(searched.wait());
    CustomerPickerDialog *picker = nullptr;
    QTRY_VERIFY((picker = window.findChild<CustomerPickerDialog *>()) != nullptr);
    QCOMPARE(named<QTreeWidget>(picker, "list")->topLevelItemCount(), 2);
    named<QTreeWidget>(picker, "list")->setCurrentItem(named<QTreeWidget>(picker, "list")->topLevelItem(1));
    const QString chosen = picker->chosenCustomerId();
    picker->accept();
    QTRY_COMPARE(named<QTabWidget>(window, "tabs")->count(), 1);
    QCOMPARE(window.currentTab()->customerId(), chosen);

    window.find(u"Avery Johnson"_s); // one match opens directly
    QVERIFY(searched.wait());
    QTRY_COMPARE(named<QTabWidget>(window, "tabs")->count(), 2);
    QCOMPARE(window.currentTab()->customerId(), typical);
    QTRY_COMPARE(named<QTabWidget>(window, "tabs")->tabText(1), u"Avery Johnson"_s);

    window.find(u"  1005061236 "_s); // an id opens directly, without a search
    QCOMPARE(named<QTabWidget>(window, "tabs")->count(), 3);
    QCOMPARE(c.sandbox.log().count(Endpoints::Operation::GetCustomers), 2);

    window.find(typical); // already open: switches to it
    QCOMPARE(named<QTabWidget>(window, "tabs")->count(), 3);
    QCOMPARE(window.currentTab()->customerId(), typical);

    window.find(u"zzzz"_s);
    QVERIFY(searched.wait());
    QCOMPARE(searched.last().first().toString(), u"No customer matches \"zzzz\"."_s);

    window.find(u"4242424242"_s);
    QTRY_VERIFY(window.currentTab()->message().startsWith(u"No such customer"_s));
}

void TestConsole::readOnlyHidesAndRefusesChanges()
{
    ConnectionSettings readOnly;
    readOnly.readOnly = true; // the connection's own setting: window and client read the same one
    Console c({}, readOnly);
    MainWindow window(c.sandbox.session.get(), &c.prompter, {u"Production"_s, &c.audit});
    CustomerTab *tab = window.openCustomer(typical);
    QTRY_VERIFY(tab->isLoaded());
    for (QAction *action :
         {named<QAction>(window, "refreshAllAction"), named<QAction>(window, "refreshLoginAction"),
          named<QAction>(window, "deleteAccountAction"), named<QAction>(window, "deleteLoginAction")}) {
        QVERIFY(!action->isVisible());
        QVERIFY(!action->isEnabled());
        action->trigger();
    }
    tab->refreshAll();
    tab->deleteSelectedAccount();
    QTest::qWait(200);
    QCOMPARE(c.prompter.asked.size(), 0);
    QCOMPARE(c.changes(), 0);
}

void TestConsole::keyboardAndAccessibility()
{
    Console c;
    MainWindow window(c.sandbox.session.get(), &c.prompter, {u"Sandbox"_s, &c.audit});
    window.show();
    CustomerTab *tab = window.openCustomer(typical);
    QTRY_VERIFY(tab->isLoaded());
    for (QAction *action : {named<QAction>(window, "reloadAction"), named<QAction>(window, "refreshAllAction"),
                            named<QAction>(window, "refreshLoginAction"), named<QAction>(window, "deleteAccountAction"),
                            named<QAction>(window, "deleteLoginAction")})
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
    for (QWidget *widget :
         QList<QWidget *>{named<QLineEdit>(window, "searchField"), named<QLineEdit>(tab, "filterField"),
                          named<QComboBox>(tab, "statusFilter"), named<QComboBox>(tab, "typeFilter"), tab->view(),
                          named<QTreeWidget>(named<AccountDetailsPanel>(tab, "details"), "fields"),
                          named<QTableWidget>(named<AccountDetailsPanel>(tab, "details"), "positions")})
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    QVERIFY(QTest::qWaitForWindowActive(&window));
    named<QLineEdit>(tab, "filterField")->setFocus();
    QTest::keyClick(named<QLineEdit>(tab, "filterField"), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), named<QComboBox>(tab, "statusFilter"));
    QTest::keyClick(named<QComboBox>(tab, "statusFilter"), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), named<QComboBox>(tab, "typeFilter"));
    // An account is selected after loading, so the keyboard can act at once.
    QVERIFY(!tab->selectedAccountId().isEmpty());
    QVERIFY(named<QAction>(window, "deleteAccountAction")->isEnabled());
    c.prompter.answer = false;
    named<QAction>(window, "deleteAccountAction")->trigger();
    QTRY_COMPARE(c.prompter.asked.size(), 1);
    QVERIFY(c.prompter.asked.first().title.contains(u"account"_s));
}

void TestConsole::viewStateAndRecentCustomersPersist()
{
    Console c;
    {
        auto tab = c.tab(typical);
        QVERIFY(loadTab(*tab));
        tab->view()->sortByColumn(AccountTreeModel::BalanceColumn, Qt::DescendingOrder);
        tab->view()->header()->resizeSection(AccountTreeModel::NameColumn, 333);
    }
    auto again = c.tab(QString::fromLatin1(SandboxData::kAggregationErrorCustomer));
    QCOMPARE(again->view()->header()->sortIndicatorSection(), int(AccountTreeModel::BalanceColumn));
    QCOMPARE(again->view()->header()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(again->view()->header()->sectionSize(AccountTreeModel::NameColumn), 333);
    QVERIFY(RecentCustomers::load().contains(typical));
}

// The settings file is rewritten and flushed to disk on the GUI thread, so the window waits for
// the disk while it is written: opening a customer must not write it (showing the tree used to
// save its header twice), and a column the agent drags wider is written once the dragging pauses.
void TestConsole::openingACustomerLeavesTheSettingsFileAlone()
{
    // A new file (rename) or new contents (size, time): what a write leaves.
    struct FileStamp
    {
        ino_t inode = 0;
        off_t size = 0;
        timespec modified{};
        static FileStamp of(const QString &path)
        {
            struct stat info
            {};
            if (::stat(QFile::encodeName(path).constData(), &info) != 0)
                return {};
            return {info.st_ino, info.st_size, info.st_mtim};
        }
        bool operator==(const FileStamp &o) const
        {
            return inode == o.inode && size == o.size && modified.tv_sec == o.modified.tv_sec
                   && modified.tv_nsec == o.modified.tv_nsec;
        }
    };
    const QString settingsFile = QSettings().fileName();
    Console c;
    // Already the latest customer: remembering it again writes nothing.
    RecentCustomers::remember(QString::fromLatin1(SandboxData::kLargeCustomer));
    // Enough rows for a scroll bar, which narrows the stretched last column as the tree fills.
    const auto openShown = [&c] {
        auto tab = c.tab(QString::fromLatin1(SandboxData::kLargeCustomer));
        tab->resize(1600, 700); // wide enough that the last column stretches
        tab->show();
        return tab;
    };
    {
        auto first = openShown();
        QVERIFY(loadTab(*first));
    } // closing it saves its header's layout
    const FileStamp before = FileStamp::of(settingsFile);
    QVERIFY(before.inode != 0);
    auto tab = openShown();
    QVERIFY(loadTab(*tab));
    QTest::qWait(1500); // longer than a change waits for the agent to pause
    QVERIFY2(FileStamp::of(settingsFile) == before, "the settings file was written while a customer opened");

    QHeaderView *header = tab->view()->header();
    for (int width = 200; width <= 300; width += 10) { // a drag: a resize per step
        header->resizeSection(AccountTreeModel::NameColumn, width);
        QCoreApplication::processEvents();
    }
    QVERIFY2(FileStamp::of(settingsFile) == before, "the settings file was written at every step of a drag");
    QTRY_VERIFY(!(FileStamp::of(settingsFile) == before));
    tab.reset();
    auto again = openShown();
    QCOMPARE(again->view()->header()->sectionSize(AccountTreeModel::NameColumn), 300);
}

// The customer's header line is selected with the mouse, to copy the name or the id; it is
// selectable from when the pointer enters it (MouseSelectableLabel), and a selection stays when
// the pointer leaves.
void TestConsole::theHeaderCanBeSelectedWithTheMouse()
{
    Console c;
    auto tab = c.tab(typical);
    tab->resize(900, 600);
    tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
    QVERIFY(loadTab(*tab));
    auto *header = named<QLabel>(tab.get(), "customerHeader");
    QTRY_VERIFY(header->text().contains(u" · customer "_s)); // the customer's name has arrived
    QCOMPARE(header->cursor().shape(), Qt::IBeamCursor);
    const int middle = header->height() / 2;
    QTest::mouseMove(tab.get(), header->mapTo(tab.get(), QPoint(2, middle)));
    QTRY_VERIFY(header->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QTest::mousePress(header, Qt::LeftButton, {}, QPoint(1, middle));
    const int end = header->fontMetrics().horizontalAdvance(header->text()) + 4;
    QTest::mouseMove(header, QPoint(end, middle));
    QTest::mouseRelease(header, Qt::LeftButton, {}, QPoint(end, middle));
    QCOMPARE(header->selectedText(), header->text());
    QTest::mouseMove(tab.get(), QPoint(tab->width() / 2, tab->height() - 5)); // away, over the details
    QTRY_VERIFY(header->underMouse() == false);
    QCOMPARE(header->selectedText(), header->text());
    QCOMPARE(header->cursor().shape(), Qt::IBeamCursor);
}

void TestConsole::viewByInstitutionListsTheCustomersAccountsThere()
{
    Console c;
    auto tab = c.tab(typical);
    QVERIFY(loadTab(*tab));
    const QModelIndex login = tab->model()->indexOfLogin(firstLogin(*tab));
    const QString institutionId = tab->model()->login(login)->institutionId;
    selectLogin(*tab, firstLogin(*tab));
    tab->viewSelectedInstitution();
    InstitutionAccountsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = tab->findChild<InstitutionAccountsDialog *>()) != nullptr);
    QCOMPARE(c.sandbox.log().count(Endpoints::Operation::GetCustomerAccountsByInstitution,
                                   {{u"customerId"_s, typical}, {u"institutionId"_s, institutionId}}),
             1);
    auto *list = dialog->findChild<QTreeWidget *>();
    QCOMPARE(list->topLevelItemCount(), tab->model()->rowCount(login));
}

QTEST_MAIN(TestConsole)
namespace {

// Counts the paint events its watched widget receives.
class PaintCount : public QObject
{
public:
    explicit PaintCount(QWidget *watched) { watched->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::Paint;
        return false;
    }
};

} // namespace

void TestConsole::aChangeInsideATabRepaintsOnlyWhatChanged()
{
    // A QTabWidget repainted itself whole at every layout request, and a label above the tree
    // that changes its text sends one (the customer's name arriving, a state line): the filters,
    // the details and the tab bar were repainted for one line of text.
    Console c;
    MainWindow window(c.sandbox.session.get(), &c.prompter, {u"Sandbox"_s, &c.audit});
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CustomerTab *tab = window.openCustomer(typical);
    QVERIFY(tab);
    QSignalSpy loaded(tab, &CustomerTab::loaded);
    QVERIFY(loaded.wait(30000));
    QTRY_VERIFY(tab->view()->viewport()->isVisible());
    QTest::qWait(200); // the first paints and the institutions' names settle

    QLabel *header = nullptr; // "Avery Johnson · customer 1005061234 · ajohnson"
    for (QLabel *label : tab->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(typical))
            header = label;
    }
    QVERIFY(header);
    PaintCount filter(named<QLineEdit>(tab, "filterField"));
    PaintCount status(named<QComboBox>(tab, "statusFilter"));
    PaintCount tabBar(named<QTabWidget>(window, "tabs")->tabBar());
    PaintCount line(header);
    header->setText(header->text() + u" · renamed"_s); // as a customer's new name arrives
    QTRY_VERIFY(line.count > 0);
    QTest::qWait(100);
    QCOMPARE(filter.count, 0);
    QCOMPARE(status.count, 0);
    QCOMPARE(tabBar.count, 0);
}

#include "tst_console.moc"
