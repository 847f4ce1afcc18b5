#include "ActionRules.h"

#include <QCoreApplication>

namespace {

enum Need : unsigned {
    Loaded = 1,
    Idle = 2,
    Writable = 4,
    Accounts = 8,
    Login = 16,
    Account = 32,
    CustomerFix = 64,
};

unsigned needsOf(CustomerAction action)
{
    switch (action) {
    case CustomerAction::Reload:
        return Idle;
    case CustomerAction::ReloadLogin:
    case CustomerAction::ViewInstitution:
        return Loaded | Idle | Login;
    case CustomerAction::RefreshAll:
        return Loaded | Idle | Writable | Accounts;
    case CustomerAction::RefreshLogin:
    case CustomerAction::DeleteLogin:
        return Loaded | Idle | Writable | Login;
    case CustomerAction::DeleteAccount:
        return Loaded | Idle | Writable | Account;
    case CustomerAction::CreateFixLink:
        return Loaded | Idle | Writable | Login | CustomerFix;
    case CustomerAction::CopySummary:
        return Loaded;
    case CustomerAction::History:
        return 0;
    }
    return ~0u;
}

} // namespace

ActionVerdict actionVerdict(CustomerAction action, const CustomerState &state)
{
    const unsigned needs = needsOf(action);
    ActionVerdict verdict;
    verdict.visible = !(needs & Writable) || !state.readOnly;
    if (!verdict.visible)
        verdict.why = QCoreApplication::translate("ActionRules", "This connection is read-only.");
    else if ((needs & Idle) && state.busy)
        verdict.why = QCoreApplication::translate("ActionRules", "Wait for the refresh or delete under way to finish.");
    else if ((needs & Loaded) && !state.loaded)
        verdict.why = QCoreApplication::translate("ActionRules", "The customer's accounts have not been read yet.");
    else if ((needs & Accounts) && !state.hasAccounts)
        verdict.why = QCoreApplication::translate("ActionRules", "The customer has no accounts.");
    else if ((needs & Account) && !state.accountSelected)
        verdict.why = QCoreApplication::translate("ActionRules", "Select one account first.");
    else if ((needs & Login) && !state.loginSelected)
        verdict.why =
            QCoreApplication::translate("ActionRules", "Select an institution login or one of its accounts first.");
    else if ((needs & CustomerFix) && !state.loginNeedsCustomerFix)
        verdict.why =
            QCoreApplication::translate("ActionRules", "This login has no error the customer can fix through Connect.");
    verdict.enabled = verdict.why.isEmpty();
    return verdict;
}
