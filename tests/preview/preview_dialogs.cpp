// Opens one of the console's dialogs as an agent would reach it, on the in-process sandbox, and
// leaves it on screen: for the README's screenshots (../shared/tools/screenshot OUT.png -- this).
//   preview_dialogs fix-link       the Connect Fix link for the error customer's first login
//   preview_dialogs refresh-guard  the refresh confirmation after this console refreshed 4 minutes ago
//   preview_dialogs delete-login   the confirmation of deleting access to the first login
// CONSOLE_LANG=fr (or es) shows them in that language.
#include "AccountFilterProxy.h"
#include "AccountTreeModel.h"
#include "ConfirmationPrompter.h"
#include "ConsoleLanguage.h"
#include "CustomerTab.h"
#include "audit/AuditLog.h"
#include "net/InstitutionDirectory.h"
#include "net/Session.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
// Confirms at once: the preview is of what comes after the confirmation.
class ConfirmingPrompter : public ConfirmationPrompter
{
public:
    void ask(QWidget *, const ConfirmationRequest &, Answer answer) override { answer(true); }
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"account-console-preview"_s);
    ConsoleLanguage::install(ConsoleLanguage::choose(qEnvironmentVariable("CONSOLE_LANG")));
    const QString which = app.arguments().value(1);
    if (which != "fix-link"_L1 && which != "refresh-guard"_L1 && which != "delete-login"_L1) {
        qCritical("usage: preview_dialogs fix-link|refresh-guard|delete-login");
        return 2;
    }
    SandboxServer sandbox;
    if (!sandbox.start())
        return 1;
    ConnectionSettings settings;
    settings.baseUrl = sandbox.baseUrl();
    const SandboxOptions &o = sandbox.options();
    Session session(settings, Credentials{o.partnerId, o.partnerSecret, o.appKey});
    InstitutionDirectory institutions(&session);
    QTemporaryDir dir;
    AuditLog audit(dir.filePath(u"audit.jsonl"_s));
    ConfirmingPrompter confirming;
    DialogPrompter dialogs;
    const bool fixLink = which == "fix-link"_L1;
    const QString customer =
        QString::fromLatin1(fixLink ? SandboxData::kAggregationErrorCustomer : SandboxData::kTypicalCustomer);
    CustomerTab tab({&session, &institutions, fixLink ? static_cast<ConfirmationPrompter *>(&confirming) : &dialogs,
                     &audit, u"Sandbox"_s},
                    customer);
    tab.resize(1240, 760);
    tab.show();
    // After the institutions' names have arrived, as when an agent acts.
    QObject::connect(&tab, &CustomerTab::loaded, &tab, [&] {
        QTimer::singleShot(1500, &tab, [&] {
            const QModelIndex first = tab.proxy()->index(0, 0);
            const QString login = first.data(AccountTreeModel::LoginIdRole).toString();
            tab.view()->setCurrentIndex(first);
            if (fixLink) {
                tab.createFixLinkForSelectedLogin();
                return;
            }
            if (which == "delete-login"_L1) {
                tab.deleteSelectedLogin();
                return;
            }
            AuditRecord intent;
            intent.id = u"preview"_s;
            intent.time = QDateTime::currentDateTimeUtc().addSecs(-4 * 60);
            intent.osUser = AuditLog::currentOsUser();
            intent.operation = u"RefreshCustomerAccountsByInstitutionLogin"_s;
            intent.customerId = customer;
            intent.loginId = login;
            AuditRecord outcome;
            outcome.kind = AuditRecord::Kind::Outcome;
            outcome.id = intent.id;
            outcome.time = intent.time.addSecs(12);
            outcome.result = AuditRecord::resultText(AuditRecord::Outcome::Succeeded);
            QString error;
            AuditLog::appendNow(audit.path(), intent, &error);
            AuditLog::appendNow(audit.path(), outcome, &error);
            tab.refreshSelectedLogin();
        });
    });
    tab.load();
    return app.exec();
}
