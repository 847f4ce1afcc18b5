#pragma once

#include "audit/AuditRecord.h"

#include <QAbstractTableModel>

// The audit trail's entries as a table: one row per refresh or delete, with its outcome.
class AuditEntryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What an agent scans for first comes first: when, what, for whom, and how it ended.
    enum Column {
        TimeColumn,
        OperationColumn,
        CustomerColumn,
        OutcomeColumn,
        LoginColumn,
        AccountsColumn,
        UserColumn,
        ProfileColumn,
        ConfirmationColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, OutcomeKindRole /* "succeeded", "failed", "unknown" */ };

    using QAbstractTableModel::QAbstractTableModel;
    void setEntries(QList<AuditEntry> entries);
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The text of a cell as the table shows it; CSV export writes exactly this.
    QString text(int row, int column) const;

private:
    QList<AuditEntry> m_entries;
};
