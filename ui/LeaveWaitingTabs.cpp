#include "LeaveWaitingTabs.h"

#include "ConfirmationPrompter.h"
#include "CustomerTab.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

void leaveWaitingTabs(QWidget *window, ConfirmationPrompter *prompter, const QList<CustomerTab *> &tabs,
                      const QString &confirmLabel, const std::function<void()> &proceed)
{
    QList<QPointer<CustomerTab>> waiting;
    ConfirmationRequest request;
    for (CustomerTab *tab : tabs) {
        if (tab && tab->isWaiting()) {
            waiting.append(tab);
            request.affected.append(tab->waitingFor());
        }
    }
    if (waiting.isEmpty()) {
        proceed();
        return;
    }
    request.title = QCoreApplication::translate("LeaveWaitingTabs", "Stop waiting for the service?");
    request.subject =
        QCoreApplication::translate("LeaveWaitingTabs", "%n request(s) still waiting", nullptr, int(waiting.size()));
    request.consequence = QCoreApplication::translate(
        "LeaveWaitingTabs", "The console will stop waiting for the answer. The bank may still carry out what was "
                            "sent; reload the customer later to see the result. The audit log records that you "
                            "stopped waiting.");
    request.affectedHeading = QCoreApplication::translate("LeaveWaitingTabs", "Still waiting");
    request.confirmLabel = confirmLabel;
    prompter->ask(window, request, [waiting, proceed](bool confirmed) {
        if (!confirmed)
            return;
        auto remaining = std::make_shared<qsizetype>(waiting.size());
        const auto oneFinished = [remaining, proceed] {
            if (--*remaining == 0)
                proceed();
        };
        for (const QPointer<CustomerTab> &tab : waiting) {
            if (!tab || !tab->isWaiting()) { // gone or finished while the agent decided
                oneFinished();
                continue;
            }
            QObject::connect(tab, &CustomerTab::commandFinished, tab, oneFinished, Qt::SingleShotConnection);
            tab->stopWaiting();
        }
    });
}
