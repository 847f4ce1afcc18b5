#pragma once

#include <QString>

// Which of a customer's actions may run now, decided in one place for the menu, the toolbar and
// the context menu (Kleopatra's command restrictions are the model): each action declares what it
// needs, and the customer's state says what it has.
enum class CustomerAction {
    Reload,
    ReloadLogin,
    ViewInstitution,
    RefreshAll,
    RefreshLogin,
    DeleteAccount,
    DeleteLogin,
    CreateFixLink,
    CopySummary, // also "Export accounts…"
    History,
};

struct CustomerState
{
    bool loaded = false;      // the accounts arrived
    bool busy = false;        // a refresh or delete is under way
    bool readOnly = false;    // the connection may not change anything
    bool hasAccounts = false; // at least one account
    bool loginSelected = false;
    bool accountSelected = false; // exactly one account row is selected
    bool loginNeedsCustomerFix = false; // the selected login's error is one the customer fixes
};

struct ActionVerdict
{
    bool visible = true; // read-only connections show no refresh or delete at all
    bool enabled = false;
    QString why; // why not, for the tooltip and status bar; empty when enabled
};

ActionVerdict actionVerdict(CustomerAction action, const CustomerState &state);
