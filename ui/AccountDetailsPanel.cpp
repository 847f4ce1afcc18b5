#include "AccountDetailsPanel.h"
#include "ObjectNames.h"
#include "PlainText.h"

#include "AccountLabels.h"
#include "WarningColor.h"
#include "core/ErrorCatalog.h"
#include "core/InstitutionHealth.h"
#include "net/jobs/ReadJobs.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString valueText(const QVariant &value, QString *tooltip)
{
    if (value.metaType() == QMetaType::fromType<Money>())
        return value.value<Money>().toDisplayString();
    if (value.metaType() == QMetaType::fromType<QDateTime>()) {
        *tooltip = AccountLabels::utcTooltip(value.toDateTime());
        return AccountLabels::localDate(value.toDateTime());
    }
    if (value.metaType() == QMetaType::fromType<bool>())
        return value.toBool() ? QObject::tr("Yes") : QObject::tr("No");
    if (value.metaType() == QMetaType::fromType<double>())
        return QLocale().toString(value.toDouble(), 'g', 12);
    return value.toString();
}

} // namespace

AccountDetailsPanel::AccountDetailsPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel)
    , m_state(new QLabel)
    , m_problem(new QLabel)
    , m_fields(withName(new QTreeWidget, "fields"))
    , m_positions(withName(new QTableWidget, "positions"))
    , m_positionsLabel(new QLabel(tr("&Positions")))
    , m_health(withName(new QLabel, "institutionHealth"))
    , m_fixLink(withName(new QPushButton(tr("Create fi&x link…")), "detailsFixLinkButton"))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_state->setWordWrap(true);
    // An aggregation error's meaning and next step, in full (the table cell would cut it off).
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problem->setObjectName(QStringLiteral("aggregationProblem"));
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_problem);
    m_health->setWordWrap(true);
    m_health->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    WarningColor::apply(m_health, true);
    m_health->hide();
    layout->addWidget(m_health);
    m_fixLink->hide();
    connect(m_fixLink, &QPushButton::clicked, this, &AccountDetailsPanel::fixLinkRequested);
    layout->addWidget(m_fixLink, 0, Qt::AlignLeft);
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setRootIsDecorated(false);
    m_fields->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fields->setAccessibleName(tr("Account details"));
    m_fields->setAlternatingRowColors(true);
    m_fields->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy"), m_fields);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(copySelection()); });
    m_fields->addAction(copy);
    layout->addWidget(m_fields, 3);
    m_positionsLabel->setBuddy(m_positions);
    layout->addWidget(m_positionsLabel);
    m_positions->setColumnCount(6);
    m_positions->setHorizontalHeaderLabels(
        {tr("Symbol"), tr("Security"), tr("Units"), tr("Price"), tr("Market value"), tr("Cost basis")});
    m_positions->setAccessibleName(tr("Investment positions"));
    m_positions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_positions->verticalHeader()->hide();
    m_positions->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_positions, 2);
    clear();
    PlainText::applyTo(this);
}

void AccountDetailsPanel::clear()
{
    delete m_job;
    m_subtitleRest.clear();
    m_title->setText(tr("No account selected"));
    m_state->setText(tr("Select an account to see its details."));
    m_problem->hide();
    m_health->hide();
    m_fixLink->hide();
    m_fields->clear();
    m_positions->setRowCount(0);
    m_positions->hide();
    m_positionsLabel->hide();
}

void AccountDetailsPanel::setInstitution(const Institution &institution)
{
    m_institutionName = institution.bestName();
    if (!m_subtitleRest.isEmpty())
        m_state->setText(m_institutionName + QStringLiteral(" · ") + m_subtitleRest);
    const QString health = InstitutionHealth::explanation(institution);
    m_health->setText(health);
    m_health->setVisible(!health.isEmpty());
}

void AccountDetailsPanel::setFixLinkAvailable(bool visible, const ActionVerdict &verdict)
{
    m_fixLink->setVisible(visible && verdict.visible);
    m_fixLink->setEnabled(verdict.enabled);
    m_fixLink->setToolTip(verdict.enabled ? tr("Create a Connect Fix link for the customer to repair this login")
                                          : verdict.why);
}

void AccountDetailsPanel::showAccount(const QString &customerId, const QString &accountId,
                                      const Institution &institution)
{
    delete m_job; // a newer selection wins; its answer is not wanted
    setInstitution(institution);
    m_subtitleRest.clear();
    m_state->setText(tr("Loading account details…"));
    m_job = new GetCustomerAccountJob(m_session, customerId, accountId, this);
    connect(m_job, &ApiJob::finished, this, [this, job = m_job.data()] {
        job->deleteLater();
        if (job->error()) {
            m_state->setText(job->error()->agentText());
            return;
        }
        present(job->account());
        emit loaded();
    });
    m_job->start();
}

void AccountDetailsPanel::present(const Account &a)
{
    m_title->setText(a.nickname.isEmpty() ? a.name : tr("%1 (%2)").arg(a.name, a.nickname));
    m_subtitleRest = tr("%1 · •••• %2").arg(AccountLabels::typeLabel(a.type), a.accountNumberDisplay);
    m_state->setText(m_institutionName + QStringLiteral(" · ") + m_subtitleRest);
    m_fields->clear();
    presentFields(a);
    m_fields->resizeColumnToContents(0);
    presentPositions(a.positions);
}

void AccountDetailsPanel::addField(const QString &label, const QVariant &value)
{
    QString tooltip;
    const QString text = valueText(value, &tooltip);
    if (text.isEmpty())
        return;
    auto *item = new QTreeWidgetItem(m_fields, {label, text});
    item->setToolTip(1, tooltip.isEmpty() ? PlainText::toolTip(text) : tooltip);
}

void AccountDetailsPanel::presentFields(const Account &a)
{
    addField(tr("Account ID"), a.id);
    addField(tr("Name"), a.name);
    addField(tr("Nickname"), a.nickname);
    addField(tr("Number"), QStringLiteral("•••• ") + a.accountNumberDisplay);
    addField(tr("Type"), AccountLabels::typeLabel(a.type));
    addField(tr("Status"), a.status);
    presentAggregationStatus(a.aggregationStatusCode);
    if (a.balance)
        addField(tr("Balance"), QVariant::fromValue(*a.balance));
    addField(tr("Currency"), a.currency);
    addField(tr("Balance date"), a.balanceDate.toDateTime());
    addField(tr("Last successful aggregation"), a.aggregationSuccessDate.toDateTime());
    addField(tr("Last aggregation attempt"), a.aggregationAttemptDate.toDateTime());
    addField(tr("Created"), a.createdDate.toDateTime());
    addField(tr("Last updated"), a.lastUpdatedDate.toDateTime());
    addField(tr("Linked"), a.linkedAccountDate.toDateTime());
    addField(tr("Last transaction"), a.lastTransactionDate.toDateTime());
    addField(tr("Oldest transaction"), a.oldestTransactionDate.toDateTime());
    addField(tr("Authorization start"), a.authorizationStartDate.toDateTime());
    addField(tr("Authorization end"), a.authorizationEndDate.toDateTime());
    if (a.authorizationExpires)
        addField(tr("Authorization expires"), true);
    addField(tr("Market segment"), a.marketSegment);
    addField(tr("Institution ID"), a.institutionId);
    addField(tr("Institution login ID"), a.institutionLoginId);
    addField(tr("Customer ID"), a.customerId);
    addField(tr("Parent account"), a.parentAccountId);
    for (const AccountField &field : a.detail)
        addField(AccountLabels::fieldLabel(field.key), field.value);
}

// The code in the fields, and for an error its meaning and next step in full above them.
void AccountDetailsPanel::presentAggregationStatus(std::optional<int> statusCode)
{
    m_problem->hide();
    if (!statusCode)
        return;
    QString code = QString::number(*statusCode);
    if (const auto entry = ErrorCatalog::lookupAggregation(*statusCode)) {
        code += QStringLiteral(" — ") + entry->meaning + QLatin1Char(' ') + entry->advice;
        m_problem->setText(tr("Aggregation error %1").arg(code));
        m_problem->show();
    } else if (*statusCode == 0) {
        code += tr(" — succeeded");
    }
    addField(tr("Aggregation status"), code);
}

void AccountDetailsPanel::presentPositions(const QList<Position> &positions)
{
    m_positions->setRowCount(int(positions.size()));
    for (int row = 0; row < positions.size(); ++row) {
        const Position &p = positions[row];
        const QStringList cells = {p.symbol,
                                   p.securityName,
                                   p.units ? QLocale().toString(*p.units, 'g', 12) : QString(),
                                   p.currentPrice ? p.currentPrice->toDisplayString() : QString(),
                                   p.marketValue ? p.marketValue->toDisplayString() : QString(),
                                   p.costBasis ? p.costBasis->toDisplayString() : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_positions->setItem(row, column, item);
        }
    }
    m_positions->resizeColumnsToContents();
    m_positions->setVisible(!positions.isEmpty());
    m_positionsLabel->setVisible(!positions.isEmpty());
}

QString AccountDetailsPanel::copySelection() const
{
    QStringList lines;
    const QList<QTreeWidgetItem *> selected = m_fields->selectedItems();
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_fields->topLevelItem(i);
        if (selected.contains(item))
            lines.append(item->text(0) + QStringLiteral(": ") + item->text(1));
    }
    return lines.join(QLatin1Char('\n'));
}
