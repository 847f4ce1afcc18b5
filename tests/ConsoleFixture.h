#pragma once

// The console's widgets on an in-process sandbox, with pre-answered confirmations and a
// throwaway audit trail: what the widget tests share.
#include "AccountFilterProxy.h"
#include "AccountTreeModel.h"
#include "ConsoleLanguage.h"
#include "CustomerTab.h"
#include "SandboxFixture.h"
#include "ScriptedPrompter.h"
#include "audit/AuditLog.h"
#include "net/InstitutionDirectory.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

#include <vector>

namespace ConsoleTest {

using namespace Qt::StringLiterals;

inline const QString typical = QString::fromLatin1(SandboxData::kTypicalCustomer);

struct Console
{
    SandboxFixture sandbox;
    ScriptedPrompter prompter;
    InstitutionDirectory institutions{sandbox.session.get()};
    QTemporaryDir auditDir;
    AuditLog audit{auditDir.filePath(u"audit.jsonl"_s)};
    std::vector<std::unique_ptr<Session>> sessions; // those of tabs with settings of their own

    explicit Console(const SandboxOptions &options = {}, ConnectionSettings settings = {})
        : sandbox(options, settings)
    {}

    // v2 and readOnly are the connection's settings: a tab that asks for them gets a session of
    // its own with them, as a profile with those settings would.
    std::unique_ptr<CustomerTab> tab(const QString &customerId, bool v2 = false, bool readOnly = false)
    {
        Session *session = sandbox.session.get();
        if (v2 || readOnly) {
            ConnectionSettings settings = session->settings();
            settings.refreshUsesV2 = v2;
            settings.readOnly = readOnly;
            sessions.push_back(std::make_unique<Session>(settings, session->credentials()));
            session = sessions.back().get();
        }
        CustomerTab::Services services{session, &institutions, &prompter, &audit, u"Sandbox"_s};
        return std::make_unique<CustomerTab>(services, customerId);
    }
    int changes() { return sandbox.log().refreshCount() + sandbox.log().deleteCount(); }
};

inline bool loadTab(CustomerTab &tab)
{
    QSignalSpy loaded(&tab, &CustomerTab::loaded);
    tab.load();
    return loaded.wait(30000);
}

inline bool waitForCommand(CustomerTab &tab, int timeoutMs = 20000)
{
    QSignalSpy done(&tab, &CustomerTab::commandFinished);
    return done.count() > 0 || done.wait(timeoutMs);
}

inline void selectAccount(CustomerTab &tab, const QString &accountId)
{
    const QModelIndex source = tab.model()->indexOfAccount(accountId);
    tab.view()->setCurrentIndex(tab.proxy()->mapFromSource(source));
}

inline void selectLogin(CustomerTab &tab, const QString &loginId)
{
    tab.view()->setCurrentIndex(tab.proxy()->mapFromSource(tab.model()->indexOfLogin(loginId)));
}

inline QString firstLogin(CustomerTab &tab)
{
    return tab.model()->login(tab.model()->index(0, 0))->id;
}

} // namespace ConsoleTest

// Settings and language as the console has them, in a private settings location.
inline void prepareConsoleTests()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("account-console-tests"));
    ConsoleLanguage::install(QLocale(QLocale::English, QLocale::UnitedStates)); // as the console: plurals too
}
