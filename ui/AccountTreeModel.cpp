#include "AccountTreeModel.h"
#include "WarningColor.h"

#include "AccountLabels.h"
#include "LoginAttention.h"
#include "core/ErrorCatalog.h"
#include "core/InstitutionHealth.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace {

QVariant aggregationTooltip(int code)
{
    if (const auto entry = ErrorCatalog::lookupAggregation(code))
        return entry->meaning + QLatin1Char(' ') + entry->advice;
    return {};
}

} // namespace

AccountTreeModel::AccountTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

AccountTreeModel::~AccountTreeModel() = default;

QString AccountTreeModel::makeFilterText(const Account &account) const
{
    // Labels repeat across thousands of rows: translate each type and institution once.
    auto typeLabel = m_typeLabels.constFind(account.type);
    if (typeLabel == m_typeLabels.constEnd())
        typeLabel = m_typeLabels.insert(account.type, AccountLabels::typeLabel(account.type));
    return (account.name + QLatin1Char(' ') + account.nickname + QLatin1Char(' ') + account.accountNumberDisplay
            + QLatin1Char(' ') + account.type + QLatin1Char(' ') + *typeLabel + QLatin1Char(' ')
            + institutionName(account.institutionId))
        .toLower();
}

void AccountTreeModel::refreshLoginSummary(LoginNode &node) const
{
    node.login.summarize();
    node.filterText = QString(); // made again on the next keystroke (filterText())
}

const AccountTreeModel::RowMarks &AccountTreeModel::LoginNode::marksAt(int row) const
{
    if (marks.empty())
        marks.resize(size_t(login.accounts.size()));
    return marks[size_t(row)];
}

AccountTreeModel::RowMarks &AccountTreeModel::LoginNode::marksAt(int row)
{
    return const_cast<RowMarks &>(std::as_const(*this).marksAt(row));
}

void AccountTreeModel::LoginNode::clearFilterTexts()
{
    filterText = QString();
    for (RowMarks &mark : marks)
        mark.filterText = QString();
}

void AccountTreeModel::renumber()
{
    for (size_t i = 0; i < m_logins.size(); ++i)
        m_logins[i]->row = int(i);
}

void AccountTreeModel::reindex()
{
    m_loginById.clear();
    m_accountCount = 0;
    for (const auto &node : m_logins) {
        m_loginById.insert(node->login.id, node.get());
        m_accountCount += int(node->login.accounts.size());
    }
}

void AccountTreeModel::setLogins(QList<InstitutionLogin> logins, const QList<Institution> &institutions)
{
    beginResetModel();
    for (const Institution &institution : institutions)
        m_institutions.set(institution);
    m_logins.clear();
    m_logins.reserve(logins.size());
    for (InstitutionLogin &login : logins) {
        auto node = std::make_unique<LoginNode>();
        node->login = std::move(login); // taken as it is: no account is copied or moved
        if (!node->login.summary)
            node->login.summarize();
        m_logins.push_back(std::move(node));
    }
    renumber();
    reindex();
    orderInstitutions();
    endResetModel();
}

void AccountTreeModel::mergeAccounts(const QList<Account> &accounts, const QString &loginId)
{
    QHash<QString, QList<Account>> fresh;
    QStringList loginOrder;
    for (const Account &account : accounts) {
        if (!loginId.isEmpty() && account.institutionLoginId != loginId)
            continue;
        if (!fresh.contains(account.institutionLoginId))
            loginOrder.append(account.institutionLoginId);
        fresh[account.institutionLoginId].append(account);
    }
    // Logins in scope that came back empty are gone.
    for (int row = int(m_logins.size()) - 1; row >= 0; --row) {
        const QString &id = m_logins[size_t(row)]->login.id;
        if ((loginId.isEmpty() || id == loginId) && !fresh.contains(id))
            removeLoginAt(row);
    }
    for (const QString &id : loginOrder) {
        if (LoginNode *node = m_loginById.value(id))
            mergeLogin(*node, fresh[id]);
        else
            appendLogin(id, fresh[id]);
    }
    reindex();
}

void AccountTreeModel::appendLogin(const QString &id, const QList<Account> &accounts)
{
    const int row = int(m_logins.size());
    beginInsertRows({}, row, row);
    auto created = std::make_unique<LoginNode>();
    created->login.id = id;
    created->login.institutionId = accounts.first().institutionId;
    created->login.accounts = accounts;
    refreshLoginSummary(*created);
    m_logins.push_back(std::move(created));
    renumber();
    reindex();
    orderInstitutions(); // it may bring an institution the others do not have
    endInsertRows();
}

// An existing login's rows: gone ones removed, kept ones updated (their busy marks kept), new
// ones appended; selection and scroll position stay where they were.
void AccountTreeModel::mergeLogin(LoginNode &node, const QList<Account> &incoming)
{
    const QModelIndex parent = createIndex(node.row, 0, nullptr);
    QHash<QString, const Account *> byId;
    for (const Account &account : incoming)
        byId.insert(account.id, &account);
    QList<Account> &accounts = node.login.accounts;
    for (int r = int(accounts.size()) - 1; r >= 0; --r) {
        if (!byId.contains(accounts.at(r).id)) {
            beginRemoveRows(parent, r, r);
            accounts.removeAt(r);
            if (!node.marks.empty())
                node.marks.erase(node.marks.begin() + r);
            endRemoveRows();
        }
    }
    QSet<QString> present;
    for (qsizetype r = 0; r < accounts.size(); ++r) {
        present.insert(accounts.at(r).id);
        accounts[r] = *byId.value(accounts.at(r).id);
    }
    node.clearFilterTexts(); // busy marks stay
    if (!accounts.isEmpty())
        emit dataChanged(index(0, 0, parent), index(int(accounts.size()) - 1, ColumnCount - 1, parent));
    QList<const Account *> added;
    for (const Account &account : incoming)
        if (!present.contains(account.id))
            added.append(&account);
    if (!added.isEmpty()) {
        const int first = int(accounts.size());
        beginInsertRows(parent, first, first + int(added.size()) - 1);
        for (const Account *account : added) {
            accounts.append(*account);
            if (!node.marks.empty())
                node.marks.emplace_back();
        }
        endInsertRows();
    }
    refreshLoginSummary(node);
    emit dataChanged(index(node.row, 0), index(node.row, ColumnCount - 1));
}

void AccountTreeModel::removeLoginAt(int row)
{
    beginRemoveRows({}, row, row);
    m_logins.erase(m_logins.begin() + row);
    renumber();
    reindex();
    endRemoveRows();
}

void AccountTreeModel::removeLogin(const QString &loginId)
{
    if (LoginNode *node = m_loginById.value(loginId))
        removeLoginAt(node->row);
}

void AccountTreeModel::removeAccount(const QString &accountId)
{
    const QModelIndex found = indexOfAccount(accountId);
    if (!found.isValid())
        return;
    LoginNode *node = nodeOf(found);
    if (node->login.accounts.size() == 1) { // the login's last account: the login goes with it
        removeLoginAt(node->row);
        return;
    }
    beginRemoveRows(found.parent(), found.row(), found.row());
    node->login.accounts.removeAt(found.row());
    if (!node->marks.empty())
        node->marks.erase(node->marks.begin() + found.row());
    endRemoveRows();
    refreshLoginSummary(*node);
    reindex();
    emit dataChanged(index(node->row, 0), index(node->row, ColumnCount - 1));
}

void AccountTreeModel::setInstitution(const Institution &institution)
{
    const QString &institutionId = institution.id;
    m_institutions.set(institution);
    orderInstitutions();
    // One signal for the rows it names: a signal per login made the sorted proxy re-sort 2,000
    // times as the 100,000-account customer's institutions arrived.
    int first = -1;
    int last = -1;
    for (const auto &node : m_logins) {
        if (node->login.institutionId != institutionId)
            continue;
        node->clearFilterTexts(); // made with the name on the next keystroke
        first = first < 0 ? node->row : first;
        last = node->row;
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void AccountTreeModel::setBusy(const QSet<QString> &accountIds, const QString &label)
{
    for (const auto &node : m_logins) {
        for (qsizetype r = 0; r < node->login.accounts.size(); ++r) {
            if (!accountIds.contains(node->login.accounts.at(r).id))
                continue;
            node->marksAt(int(r)).busy = label;
            const QModelIndex parent = createIndex(node->row, 0, nullptr);
            emit dataChanged(index(int(r), 0, parent), index(int(r), ColumnCount - 1, parent));
        }
    }
}

void AccountTreeModel::setStaleAfterDays(int days)
{
    m_staleAfterDays = qMax(1, days);
    if (!m_logins.empty())
        emit dataChanged(index(0, 0), index(int(m_logins.size()) - 1, ColumnCount - 1));
}

QString AccountTreeModel::institutionName(const QString &institutionId) const
{
    return m_institutions.name(institutionId);
}

Institution AccountTreeModel::institution(const QString &institutionId) const
{
    return m_institutions.of(institutionId);
}

int AccountTreeModel::institutionRank(int loginRow) const
{
    return m_institutions.rank(m_logins[size_t(loginRow)]->login.institutionId);
}

void AccountTreeModel::orderInstitutions()
{
    QStringList ids;
    QSet<QString> seen;
    for (const auto &node : m_logins) {
        if (!seen.contains(node->login.institutionId)) {
            seen.insert(node->login.institutionId);
            ids.append(node->login.institutionId);
        }
    }
    m_institutions.order(ids);
}

LoginAttention AccountTreeModel::attentionOf(const LoginNode &node) const
{
    return {node.summary().worstCode, node.summary().lastSuccess, institution(node.login.institutionId),
            m_staleAfterDays};
}

bool AccountTreeModel::isStale(const LoginNode &node) const
{
    return attentionOf(node).isStale(QDateTime::currentDateTimeUtc());
}

bool AccountTreeModel::isStale(const QString &loginId) const
{
    const LoginNode *node = m_loginById.value(loginId);
    return node && isStale(*node);
}

bool AccountTreeModel::needsAttention(const LoginNode &node) const
{
    return attentionOf(node).needsAttention(QDateTime::currentDateTimeUtc());
}

QStringList AccountTreeModel::attentionReasons(const QString &loginId) const
{
    const LoginNode *node = m_loginById.value(loginId);
    return node ? attentionOf(*node).reasons(QDateTime::currentDateTimeUtc()) : QStringList();
}

QString AccountTreeModel::loginStatusText(const LoginNode &node) const
{
    return attentionOf(node).statusText();
}

AccountTreeModel::LoginNode *AccountTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (auto *parentNode = static_cast<LoginNode *>(index.internalPointer()))
        return parentNode;
    return m_logins[size_t(index.row())].get();
}

const Account *AccountTreeModel::account(const QModelIndex &index) const
{
    if (!index.isValid() || !index.internalPointer())
        return nullptr;
    return &static_cast<LoginNode *>(index.internalPointer())->login.accounts.at(index.row());
}

const InstitutionLogin *AccountTreeModel::login(const QModelIndex &index) const
{
    const LoginNode *node = nodeOf(index);
    return node ? &node->login : nullptr;
}

QModelIndex AccountTreeModel::indexOfLogin(const QString &loginId) const
{
    const LoginNode *node = m_loginById.value(loginId);
    return node ? createIndex(node->row, 0, nullptr) : QModelIndex();
}

QModelIndex AccountTreeModel::indexOfAccount(const QString &accountId) const
{
    for (const auto &node : m_logins) {
        const QList<Account> &accounts = node->login.accounts;
        for (qsizetype r = 0; r < accounts.size(); ++r) {
            if (accounts.at(r).id == accountId)
                return createIndex(int(r), 0, node.get());
        }
    }
    return {};
}

const QString &AccountTreeModel::filterText(int row, const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        const LoginNode &node = *m_logins[size_t(row)];
        if (node.filterText.isNull())
            node.filterText = (institutionName(node.login.institutionId) + QLatin1Char(' ') + node.login.id).toLower();
        return node.filterText;
    }
    const LoginNode &node = *m_logins[size_t(parent.row())];
    const RowMarks &marks = node.marksAt(row);
    if (marks.filterText.isNull())
        marks.filterText = makeFilterText(node.login.accounts.at(row));
    return marks.filterText;
}

QModelIndex AccountTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return size_t(row) < m_logins.size() ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.column() != 0)
        return {}; // accounts have no children; only column 0 of a login has
    LoginNode *node = m_logins[size_t(parent.row())].get();
    return row < node->login.accounts.size() ? createIndex(row, column, node) : QModelIndex();
}

QModelIndex AccountTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    return createIndex(static_cast<LoginNode *>(child.internalPointer())->row, 0, nullptr);
}

int AccountTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_logins.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    return int(m_logins[size_t(parent.row())]->login.accounts.size());
}

int AccountTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AccountTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == DateColumn)
        return tr("Accounts: the date of the balance. Institution logins: how long ago the last successful "
                  "aggregation was (the exact time on hover).");
    if (role != Qt::DisplayRole)
        return {};
    static const char *const titles[ColumnCount] = {QT_TR_NOOP("Institution / account"),
                                                    QT_TR_NOOP("Login / number"),
                                                    QT_TR_NOOP("Type"),
                                                    QT_TR_NOOP("Status"),
                                                    QT_TR_NOOP("Balance"),
                                                    QT_TR_NOOP("As of")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

QVariant AccountTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (auto *node = static_cast<LoginNode *>(index.internalPointer()))
        return accountData(*node, index.row(), index.column(), role);
    return loginData(*m_logins[size_t(index.row())], index.column(), role);
}

QVariant AccountTreeModel::loginData(const LoginNode &node, int column, int role) const
{
    switch (role) {
    case LoginIdRole:
        return node.login.id;
    case InstitutionIdRole:
        return node.login.institutionId;
    case IsLoginRole:
        return true;
    case NeedsCustomerFixRole:
        return ErrorCatalog::isCustomerFixable(node.summary().worstCode);
    case NeedsAttentionRole:
        return needsAttention(node);
    case IsStaleRole:
        return isStale(node);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: // read by screen readers, which skip tooltips
        if (column == DateColumn)
            return tr("Last successful aggregation: %1").arg(AccountLabels::exactTime(node.summary().lastSuccess));
        if (column == StatusColumn) {
            const QStringList reasons = attentionReasons(node.login.id);
            return reasons.isEmpty() ? QVariant() : QVariant(reasons.join(QLatin1Char('\n')));
        }
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn
            && (node.summary().worstCode || !InstitutionHealth::badge(institution(node.login.institutionId)).isEmpty()))
            return QBrush(WarningColor::forViews());
        if (column == DateColumn && isStale(node))
            return QBrush(WarningColor::forViews());
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return institutionName(node.login.institutionId);
    case NumberColumn:
        return role == SortRole ? QVariant(node.login.id) : QVariant(tr("Login %1").arg(node.login.id));
    case TypeColumn:
        return role == SortRole ? QVariant(int(node.login.accounts.size()))
                                : QVariant(tr("%n account(s)", nullptr, int(node.login.accounts.size())));
    case StatusColumn:
        if (role == SortRole)
            return node.summary().worstCode;
        return loginStatusText(node);
    case BalanceColumn:
        return role == SortRole ? QVariant(qlonglong(0)) : QVariant();
    case DateColumn:
        // How old the data is matters more to an agent than the date: "6 days ago" (exact on hover).
        if (role == SortRole)
            return node.summary().lastSuccess.toDateTime();
        if (isStale(node))
            return tr("%1 · stale")
                .arg(AccountLabels::relativeAge(node.summary().lastSuccess, QDateTime::currentDateTimeUtc()));
        return AccountLabels::relativeAge(node.summary().lastSuccess, QDateTime::currentDateTimeUtc());
    }
    return {};
}

QVariant AccountTreeModel::accountData(const LoginNode &node, int row, int column, int role) const
{
    const Account &a = node.login.accounts.at(row);
    static const RowMarks unmarked;
    const RowMarks &marks = node.marks.empty() ? unmarked : node.marks[size_t(row)]; // painting allocates none
    switch (role) {
    case AccountIdRole:
        return a.id;
    case LoginIdRole:
        return node.login.id;
    case InstitutionIdRole:
        return a.institutionId;
    case IsLoginRole:
        return false;
    case NeedsCustomerFixRole:
        return ErrorCatalog::isCustomerFixable(a.aggregationStatusCode.value_or(0));
    case NeedsAttentionRole:
        return needsAttention(node);
    case IsStaleRole:
        return isStale(node);
    case Qt::TextAlignmentRole:
        return column == BalanceColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (!marks.busy.isEmpty() && column == StatusColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn && marks.busy.isEmpty() && a.hasAggregationError())
            return QBrush(WarningColor::forViews());
        if (column == BalanceColumn && a.balance && a.balance->minorUnits() < 0)
            return QBrush(WarningColor::forViews());
        return {};
    case Qt::ToolTipRole:
        if (column == DateColumn)
            return AccountLabels::utcTooltip(a.balanceDate);
        [[fallthrough]];
    case Qt::AccessibleDescriptionRole:
        return column == StatusColumn ? aggregationTooltip(a.aggregationStatusCode.value_or(0)) : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        return accountValue(a, marks, column, role);
    default:
        return {};
    }
}

// What a cell shows (DisplayRole) or sorts by (SortRole): money as minor units, dates as dates.
QVariant AccountTreeModel::accountValue(const Account &a, const RowMarks &marks, int column, int role) const
{
    switch (column) {
    case NameColumn:
        return a.nickname.isEmpty() ? a.name : tr("%1 (%2)").arg(a.name, a.nickname);
    case NumberColumn:
        return role == SortRole ? QVariant(a.accountNumberDisplay)
                                : QVariant(QStringLiteral("•••• ") + a.accountNumberDisplay);
    case TypeColumn:
        return AccountLabels::typeLabel(a.type);
    case StatusColumn:
        if (role == SortRole)
            return a.aggregationStatusCode.value_or(0);
        if (!marks.busy.isEmpty())
            return marks.busy;
        // With an error, the status word is in the details; the code and who fixes it matter here.
        return a.hasAggregationError() ? LoginAttention::errorText(*a.aggregationStatusCode) : a.status;
    case BalanceColumn:
        if (role == SortRole)
            return a.balance ? QVariant(qlonglong(a.balance->minorUnits()))
                             : QVariant(std::numeric_limits<qlonglong>::min());
        return a.balance ? a.balance->toDisplayString() : QString();
    case DateColumn:
        return role == SortRole ? QVariant(a.balanceDate) : QVariant(AccountLabels::localDate(a.balanceDate));
    }
    return {};
}
