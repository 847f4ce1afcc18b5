#include "CustomerSummary.h"

#include "AccountLabels.h"
#include "AccountTreeModel.h"
#include "core/ErrorCatalog.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("CustomerSummary", text, nullptr, n);
}

QString maskedNumber(const Account &a)
{
    return a.accountNumberDisplay.isEmpty() ? QString() : QStringLiteral("•••• ") + a.accountNumberDisplay.right(4);
}

QString accountLine(const Account &a, bool includeBalance)
{
    QStringList parts = {a.nickname.isEmpty() ? a.name : tr("%1 (%2)").arg(a.name, a.nickname),
                         AccountLabels::typeLabel(a.type)};
    if (const QString number = maskedNumber(a); !number.isEmpty())
        parts.append(number);
    parts.append(a.hasAggregationError() ? tr("error %1").arg(*a.aggregationStatusCode) : a.status);
    if (includeBalance && a.balance)
        parts.append(a.balance->toDisplayString());
    return QStringLiteral("  - ") + parts.join(QStringLiteral(" · "));
}

} // namespace

namespace CustomerSummary {

QString text(const QString &customerId, const QString &customerName, const AccountTreeModel &model,
             const Options &options)
{
    QStringList lines;
    lines.append(customerName.isEmpty() ? tr("Customer %1").arg(customerId)
                                        : tr("Customer %1 · %2").arg(customerId, customerName));
    lines.append(tr("%n institution login(s), %1 account(s) · as of %2", model.loginCount())
                     .arg(model.accountCount())
                     .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex loginIndex = model.index(row, 0);
        const InstitutionLogin *login = model.login(loginIndex);
        lines.append(QString());
        lines.append(tr("%1 · login %2 · %3")
                         .arg(model.institutionName(login->institutionId), login->id,
                              model.index(row, AccountTreeModel::StatusColumn).data().toString()));
        // The error code with its meaning and next step, the bank's health, staleness.
        for (const QString &reason : model.attentionReasons(login->id))
            lines.append(QStringLiteral("  ") + reason);
        const QDateTime success =
            model.index(row, AccountTreeModel::DateColumn).data(AccountTreeModel::SortRole).toDateTime();
        lines.append(tr("  Last successful aggregation: %1")
                         .arg(success.isValid()
                                  ? AccountLabels::relativeAge(success, now) + QStringLiteral(" (")
                                        + success.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) + QLatin1Char(')')
                                  : tr("never")));
        for (int child = 0; child < model.rowCount(loginIndex); ++child) {
            if (const Account *a = model.account(model.index(child, 0, loginIndex)))
                lines.append(accountLine(*a, options.includeBalances));
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace CustomerSummary
