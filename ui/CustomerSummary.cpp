#include "CustomerSummary.h"

#include "AccountLabels.h"
#include "AccountTreeModel.h"
#include "core/ErrorCatalog.h"

#include <QCoreApplication>

namespace {

QString maskedNumber(const Account &a)
{
    return a.accountNumberDisplay.isEmpty() ? QString() : QStringLiteral("•••• ") + a.accountNumberDisplay.right(4);
}

QString accountLine(const Account &a, bool includeBalance)
{
    QStringList parts = {a.nickname.isEmpty()
                             ? a.name
                             : QCoreApplication::translate("CustomerSummary", "%1 (%2)").arg(a.name, a.nickname),
                         AccountLabels::typeLabel(a.type)};
    if (const QString number = maskedNumber(a); !number.isEmpty())
        parts.append(number);
    parts.append(a.hasAggregationError()
                     ? QCoreApplication::translate("CustomerSummary", "error %1").arg(*a.aggregationStatusCode)
                     : a.status);
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
    lines.append(
        customerName.isEmpty()
            ? QCoreApplication::translate("CustomerSummary", "Customer %1").arg(customerId)
            : QCoreApplication::translate("CustomerSummary", "Customer %1 · %2").arg(customerId, customerName));
    lines.append(
        QCoreApplication::translate("CustomerSummary", "%1, %2 · as of %3")
            .arg(QCoreApplication::translate("CustomerSummary", "%n institution login(s)", nullptr, model.loginCount()),
                 QCoreApplication::translate("CustomerSummary", "%n account(s)", nullptr, model.accountCount()),
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex loginIndex = model.index(row, 0);
        const InstitutionLogin *login = model.login(loginIndex);
        lines.append(QString());
        lines.append(QCoreApplication::translate("CustomerSummary", "%1 · login %2 · %3")
                         .arg(model.institutionName(login->institutionId), login->id,
                              model.index(row, AccountTreeModel::StatusColumn).data().toString()));
        // The error code with its meaning and next step, the bank's health, staleness.
        for (const QString &reason : model.attentionReasons(login->id))
            lines.append(QStringLiteral("  ") + reason);
        const QDateTime success =
            model.index(row, AccountTreeModel::DateColumn).data(AccountTreeModel::SortRole).toDateTime();
        lines.append(QCoreApplication::translate("CustomerSummary", "  Last successful aggregation: %1")
                         .arg(success.isValid()
                                  ? AccountLabels::relativeAge(success, now) + QStringLiteral(" (")
                                        + success.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) + QLatin1Char(')')
                                  : QCoreApplication::translate("CustomerSummary", "never")));
        for (int child = 0; child < model.rowCount(loginIndex); ++child) {
            if (const Account *a = model.account(model.index(child, 0, loginIndex)))
                lines.append(accountLine(*a, options.includeBalances));
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace CustomerSummary
