#pragma once

#include "InstitutionNames.h"
#include "LoginAttention.h"
#include "core/Institution.h"
#include "core/InstitutionLogin.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

// Institution logins (top level) and their accounts (children), hand-written for a
// 10,000-account customer: rows are plain structs, sort keys and filter text are computed once.
// Partial updates (one login's accounts, one removed account) keep every other row, its
// selection and the scroll position.
class AccountTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, NumberColumn, TypeColumn, StatusColumn, BalanceColumn, DateColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // money as minor units, dates as QDateTime
        AccountIdRole,
        LoginIdRole,
        InstitutionIdRole,
        IsLoginRole,
        NeedsCustomerFixRole, // the aggregation code is one the customer fixes through Connect
        NeedsAttentionRole,   // logins: an error, stale, or the institution not online
        IsStaleRole,          // logins: no successful aggregation for longer than the stale limit
    };

    explicit AccountTreeModel(QObject *parent = nullptr);
    ~AccountTreeModel() override;

    // Replaces everything. Institutions already known are given with the logins, so that the
    // rows are built with their names rather than renamed (and re-sorted) one institution at a time.
    void setLogins(QList<InstitutionLogin> logins, const QList<Institution> &institutions = {});
    // Merges fresh accounts: for one login when loginId is set, else for the whole customer.
    // Accounts are matched by id: changed rows update in place, gone rows are removed, new rows
    // are appended, and logins with no accounts left are removed.
    void mergeAccounts(const QList<Account> &accounts, const QString &loginId = {});
    void removeAccount(const QString &accountId);
    void removeLogin(const QString &loginId);
    // The institution's name and health arrived (GetInstitution).
    void setInstitution(const Institution &institution);
    // A login whose last successful aggregation is older than this is stale (preferences).
    void setStaleAfterDays(int days);
    int staleAfterDays() const { return m_staleAfterDays; }
    // Marks rows as being refreshed or deleted ("" clears).
    void setBusy(const QSet<QString> &accountIds, const QString &label);

    int accountCount() const { return m_accountCount; }
    int loginCount() const { return int(m_logins.size()); }
    const Account *account(const QModelIndex &index) const;
    const InstitutionLogin *login(const QModelIndex &index) const; // for a login or one of its accounts
    QString institutionName(const QString &institutionId) const;
    // Where a login's institution comes when institutions are ordered by name (the Name column's
    // order for logins); logins of institutions with the same name share a rank.
    int institutionRank(int loginRow) const;
    // What is known of the institution: at least its id, and a placeholder name.
    Institution institution(const QString &institutionId) const;
    // Why a login needs attention, in sentences (error, institution health, staleness); empty if not.
    QStringList attentionReasons(const QString &loginId) const;
    bool isStale(const QString &loginId) const;
    QModelIndex indexOfLogin(const QString &loginId) const;
    QModelIndex indexOfAccount(const QString &accountId) const;
    // The lower-cased text a filter matches: name, nickname, number, type, institution.
    const QString &filterText(int row, const QModelIndex &parent) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // What the model adds to each account of a login: its filter text (made on the first
    // keystroke, not while loading) and the label of an action waiting on it.
    struct RowMarks
    {
        mutable QString filterText;
        QString busy;
    };
    struct LoginNode;
    void appendLogin(const QString &id, const QList<Account> &accounts);
    QVariant accountValue(const Account &account, const RowMarks &marks, int column, int role) const;
    void mergeLogin(LoginNode &node, const QList<Account> &incoming);
    struct LoginNode
    {
        InstitutionLogin login; // its accounts are the rows, as the decoding worker grouped them
        // One per account once a row needs one (a keystroke, an action); empty until then.
        mutable std::vector<RowMarks> marks;
        mutable QString filterText; // made on the first keystroke, like the accounts'

        int row = 0;

        const LoginSummary &summary() const { return *login.summary; }
        const RowMarks &marksAt(int row) const;
        RowMarks &marksAt(int row);
        void clearFilterTexts();
    };

    QVariant loginData(const LoginNode &node, int column, int role) const;
    LoginAttention attentionOf(const LoginNode &node) const;
    QString loginStatusText(const LoginNode &node) const;
    bool isStale(const LoginNode &node) const;
    bool needsAttention(const LoginNode &node) const;
    QVariant accountData(const LoginNode &node, int row, int column, int role) const;
    QString makeFilterText(const Account &account) const;
    void refreshLoginSummary(LoginNode &node) const;
    void renumber();
    void reindex();
    void removeLoginAt(int row);
    void orderInstitutions(); // the institutions of the logins, for institutionRank()
    LoginNode *nodeOf(const QModelIndex &index) const;

    std::vector<std::unique_ptr<LoginNode>> m_logins;
    InstitutionNames m_institutions;
    int m_staleAfterDays = 3;
    mutable QHash<QString, QString> m_typeLabels; // type -> label, for filter text
    QHash<QString, LoginNode *> m_loginById;
    int m_accountCount = 0;
};
