#include "AccountCsv.h"

#include "AccountFilterProxy.h"
#include "AccountLabels.h"
#include "AccountTreeModel.h"
#include "core/Csv.h"

#include <QCoreApplication>

namespace AccountCsv {

QString visibleAccounts(const AccountFilterProxy &proxy)
{
    const auto *model = static_cast<const AccountTreeModel *>(proxy.sourceModel());
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("AccountCsv", text);
    };
    QString csv =
        Csv::line({tr("Institution"), tr("Institution login"), tr("Account"), tr("Nickname"), tr("Type"), tr("Number"),
                   tr("Status"), tr("Aggregation code"), tr("Balance"), tr("Currency"), tr("Balance date (UTC)")});
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex login = proxy.index(row, 0);
        for (int child = 0; child < proxy.rowCount(login); ++child) {
            const Account *a = model->account(proxy.mapToSource(proxy.index(child, 0, login)));
            if (!a)
                continue;
            csv += Csv::line(
                {model->institutionName(a->institutionId), a->institutionLoginId, a->name, a->nickname,
                 AccountLabels::typeLabel(a->type),
                 a->accountNumberDisplay.isEmpty() ? QString()
                                                   : QStringLiteral("•••• ") + a->accountNumberDisplay.right(4),
                 a->status, a->aggregationStatusCode ? QString::number(*a->aggregationStatusCode) : QString(),
                 a->balance ? a->balance->toPlainString() : QString(),
                 a->balance ? a->balance->currency() : a->currency,
                 a->balanceDate.isValid() ? a->balanceDate.toDateTime().toString(Qt::ISODate) : QString()});
        }
    }
    return csv;
}

} // namespace AccountCsv
