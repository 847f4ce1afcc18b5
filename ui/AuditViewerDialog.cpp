#include "AuditViewerDialog.h"
#include "NamedComboBox.h"
#include "ObjectNames.h"
#include "PlainText.h"
#include "net/Endpoints.h"

#include "AuditEntryModel.h"
#include "audit/AuditLogReader.h"
#include "core/BackgroundSave.h"
#include "core/Csv.h"
#include "core/OffThread.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

class AuditFilter : public QSortFilterProxyModel
{
public:
    QDate from, to;
    QString customer, operation, outcome;
    bool exactCustomer = false; // a customer's history: that id, not ids containing it

    void apply() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const auto *m = static_cast<const AuditEntryModel *>(sourceModel());
        const AuditEntry &e = m->entry(row);
        const QDate day = e.intent.time.toLocalTime().date();
        if ((from.isValid() && day < from) || (to.isValid() && day > to))
            return false;
        if (!customer.isEmpty()
            && (exactCustomer ? e.intent.customerId != customer : !e.intent.customerId.contains(customer)))
            return false;
        if (!operation.isEmpty() && e.intent.operation != operation)
            return false;
        if (!outcome.isEmpty() && m->index(row, 0).data(AuditEntryModel::OutcomeKindRole).toString() != outcome)
            return false;
        return true;
    }
};

} // namespace

AuditViewerDialog::AuditViewerDialog(const QString &auditPath, QWidget *parent)
    : QDialog(parent)
    , m_path(auditPath)
    , m_model(new AuditEntryModel(this))
    , m_proxy(withName(new AuditFilter, "filtered"))
    , m_table(new QTableView)
    , m_from(withName(new QDateEdit, "fromFilter"))
    , m_to(withName(new QDateEdit, "toFilter"))
    , m_customer(withName(new QLineEdit, "customerFilter"))
    , m_operation(withName(new NamedComboBox, "operationFilter"))
    , m_outcome(withName(new NamedComboBox, "outcomeFilter"))
    , m_status(new QLabel)
{
    setWindowTitle(tr("Audit log"));
    m_proxy->setParent(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditEntryModel::SortRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildFilters());
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Audit records"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditEntryModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(buildButtons());
    connectFilters();
    resize(1100, 520);
    reload();
    PlainText::applyTo(this);
}

QLayout *AuditViewerDialog::buildFilters()
{
    auto *filters = new QHBoxLayout;
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setSpecialValueText(tr("any"));
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setDate(edit->minimumDate()); // "any"
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_customer->setAccessibleName(tr("Customer ID"));
    m_customer->setPlaceholderText(tr("customer ID"));
    m_operation->setAccessibleName(tr("Operation"));
    m_operation->addItem(tr("Any operation"), QString());
    for (const Endpoints::Endpoint &endpoint : Endpoints::all()) {
        if (!endpoint.act)
            continue; // only refreshes and deletes are audited
        const QString id(endpoint.id);
        m_operation->addItem(Endpoints::actName(id), id);
        m_operation->setItemData(m_operation->count() - 1, id, Qt::ToolTipRole);
    }
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Any outcome"), QString());
    m_outcome->addItem(tr("Succeeded"), QStringLiteral("succeeded"));
    m_outcome->addItem(tr("Failed"), QStringLiteral("failed"));
    m_outcome->addItem(tr("Outcome unknown"), QStringLiteral("unknown"));
    const auto addFilter = [filters](const QString &label, QWidget *widget) {
        auto *l = new QLabel(label);
        l->setBuddy(widget);
        filters->addWidget(l);
        filters->addWidget(widget);
    };
    addFilter(tr("&From:"), m_from);
    addFilter(tr("&To:"), m_to);
    addFilter(tr("&Customer:"), m_customer);
    addFilter(tr("O&peration:"), m_operation);
    addFilter(tr("O&utcome:"), m_outcome);
    return filters;
}

QWidget *AuditViewerDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    QPushButton *reloadButton = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reloadButton, &QPushButton::clicked, this, &AuditViewerDialog::reload);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        auto *chooser =
            new QFileDialog(this, tr("Export the filtered audit records"), QString(), tr("CSV files (*.csv)"));
        chooser->setAcceptMode(QFileDialog::AcceptSave);
        chooser->setDefaultSuffix(QStringLiteral("csv"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, this, &AuditViewerDialog::exportCsv);
        chooser->open();
    });
    return buttons;
}

void AuditViewerDialog::connectFilters()
{
    auto *filter = static_cast<AuditFilter *>(m_proxy);
    const auto dateOrAny = [](QDateEdit *edit) {
        return edit->date() == edit->minimumDate() ? QDate() : edit->date();
    };
    const auto update = [this, filter, dateOrAny] {
        filter->from = dateOrAny(m_from);
        filter->to = dateOrAny(m_to);
        filter->customer = m_customer->text().trimmed();
        filter->operation = m_operation->currentData().toString();
        filter->outcome = m_outcome->currentData().toString();
        filter->apply();
    };
    connect(m_from, &QDateEdit::dateChanged, this, update);
    connect(m_to, &QDateEdit::dateChanged, this, update);
    connect(m_customer, &QLineEdit::textChanged, this, update);
    connect(m_operation, &QComboBox::currentIndexChanged, this, update);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, update);
}

void AuditViewerDialog::reload()
{
    m_status->setText(tr("Reading %1…").arg(m_path));
    runOffThread<AuditLogContents>(
        this, [path = m_path] { return AuditLogReader::read(path); },
        [this](AuditLogContents contents) {
            m_model->setEntries(std::move(contents.entries));
            QString status = contents.error.isEmpty()
                                 ? tr("%n record(s) in %1.", nullptr, m_model->rowCount()).arg(m_path)
                                 : tr("The audit log could not be read: %1").arg(contents.error);
            if (!contents.problems.isEmpty())
                status += QLatin1Char(' ') + tr("Skipped: %1").arg(contents.problems.join(QStringLiteral("; ")));
            m_status->setText(status);
            m_table->resizeColumnsToContents();
            emit loaded();
        });
}

void AuditViewerDialog::showOnlyCustomer(const QString &customerId, const QString &customerLabel)
{
    setWindowTitle(tr("History of %1").arg(customerLabel));
    static_cast<AuditFilter *>(m_proxy)->exactCustomer = true;
    m_customer->setText(customerId); // applies the filter
    m_customer->setReadOnly(true);
}

int AuditViewerDialog::visibleRows() const
{
    return m_proxy->rowCount();
}

QString AuditViewerDialog::problems() const
{
    return m_status->text();
}

QString AuditViewerDialog::filteredCsv() const
{
    QStringList header;
    for (int column = 0; column < AuditEntryModel::ColumnCount; ++column)
        header.append(m_model->headerData(column, Qt::Horizontal).toString());
    QString csv = Csv::line(header);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        QStringList fields;
        for (int column = 0; column < AuditEntryModel::ColumnCount; ++column)
            fields.append(m_model->text(source, column));
        csv += Csv::line(fields);
    }
    return csv;
}

void AuditViewerDialog::exportCsv(const QString &fileName)
{
    const QByteArray csv = filteredCsv().toUtf8();
    const int rows = m_proxy->rowCount();
    BackgroundSave::write(fileName, csv, this, [this, fileName, rows](bool ok, const QString &error) {
        const QString message = ok ? tr("Exported %n record(s) to %1.", nullptr, rows).arg(fileName)
                                   : tr("Could not export to %1: %2").arg(fileName, error);
        m_status->setText(message);
        emit exported(ok, message);
    });
}
