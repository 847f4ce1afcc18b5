#include "AuditEntryModel.h"
#include "PlainText.h"
#include "net/Endpoints.h"

#include "AccountLabels.h"

void AuditEntryModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditEntryModel::text(int row, int column) const
{
    const AuditEntry &e = m_entries.at(row);
    switch (column) {
    case TimeColumn:
        return e.intent.time.toUTC().toString(Qt::ISODate);
    case UserColumn:
        return e.intent.osUser;
    case ProfileColumn:
        return e.intent.profile;
    case OperationColumn:
        return e.intent.operation;
    case CustomerColumn:
        return e.intent.customerId;
    case LoginColumn:
        return e.intent.loginId;
    case AccountsColumn:
        return e.intent.accountIds.join(QLatin1Char(' '));
    case ConfirmationColumn:
        return e.intent.confirmation;
    case OutcomeColumn:
        return e.outcomeText();
    case DurationColumn:
        return e.outcome ? QString::number(e.outcome->durationMs) : QString();
    }
    return {};
}

QVariant AuditEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TimeColumn)
            return AccountLabels::localDate(e.intent.time);
        if (index.column() == OperationColumn) // what the agent did; the API's id on hover and in CSV
            return Endpoints::actName(e.intent.operation);
        return text(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return AccountLabels::utcTooltip(e.intent.time);
        if (index.column() == OperationColumn)
            return e.intent.operation;
        if (index.column() == OutcomeColumn && e.outcome)
            return PlainText::toolTip(e.outcome->message);
        return {};
    case SortRole:
        if (index.column() == TimeColumn)
            return e.intent.time;
        if (index.column() == DurationColumn)
            return e.outcome ? e.outcome->durationMs : -1;
        return text(index.row(), index.column());
    case OutcomeKindRole:
        switch (e.outcomeKind()) {
        case AuditRecord::Outcome::Unknown:
            return QStringLiteral("unknown");
        case AuditRecord::Outcome::Succeeded:
            return QStringLiteral("succeeded");
        default:
            return QStringLiteral("failed");
        }
    }
    return {};
}

QVariant AuditEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *titles[] = {QT_TR_NOOP("Time"),         QT_TR_NOOP("Operation"), QT_TR_NOOP("Customer"),
                                   QT_TR_NOOP("Outcome"),      QT_TR_NOOP("Login"),     QT_TR_NOOP("Accounts"),
                                   QT_TR_NOOP("User"),         QT_TR_NOOP("Profile"),   QT_TR_NOOP("Confirmation"),
                                   QT_TR_NOOP("Duration (ms)")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}
