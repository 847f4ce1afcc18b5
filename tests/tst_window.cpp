// The first window, offscreen, against the in-process sandbox.
#include "AccountsWindow.h"
#include "SandboxFixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsTheTypicalCustomerByLogin()
    {
        SandboxFixture f;
        AccountsWindow window(f.session.get(), u"Sandbox"_s, QString::fromLatin1(SandboxData::kTypicalCustomer));
        window.show();
        QSignalSpy loaded(&window, &AccountsWindow::loaded);
        window.load();
        QVERIFY(loaded.wait());
        QCOMPARE(window.tree()->topLevelItemCount(), 3);
        int accounts = 0;
        for (int i = 0; i < 3; ++i)
            accounts += window.tree()->topLevelItem(i)->childCount();
        QCOMPARE(accounts, 8);
        QVERIFY(window.tree()->topLevelItem(0)->child(0)->text(4).startsWith(u'$'));
        QCOMPARE(f.log().refreshCount() + f.log().deleteCount(), 0);
    }

    void saysWhenTheCustomerDoesNotExist()
    {
        SandboxFixture f;
        AccountsWindow window(f.session.get(), u"Sandbox"_s, u"4242424242"_s);
        window.show();
        window.load();
        QTRY_VERIFY(window.findChildren<QLabel *>().size() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QLabel *label : window.findChildren<QLabel *>())
                    if (label->text().contains(u"No such customer (code 14001)."_s))
                        return true;
                return false;
            }(),
            10000);
        QCOMPARE(window.tree()->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
