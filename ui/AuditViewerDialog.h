#pragma once

#include <QDialog>

class AuditEntryModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// Tools → Audit log: every recorded refresh, delete and fix link, filtered by date range, customer,
// operation and outcome, and exported as CSV. Reading and writing happen off the GUI thread.
class AuditViewerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditViewerDialog(const QString &auditPath, QWidget *parent = nullptr);

    AuditEntryModel *model() const { return m_model; }
    // A customer's history: only that customer's records (newest first, as always).
    void showOnlyCustomer(const QString &customerId, const QString &customerLabel);
    int visibleRows() const;
    QString problems() const;

    // The filtered rows as CSV (RFC 4180), header first.
    QString filteredCsv() const;
    void exportCsv(const QString &fileName);

signals:
    void loaded();
    void exported(bool ok, const QString &message);

private:
    QLayout *buildFilters();
    QWidget *buildButtons();
    void connectFilters();
    void reload();

    QString m_path;
    AuditEntryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_customer;
    QComboBox *m_operation;
    QComboBox *m_outcome;
    QLabel *m_status;
};
