#pragma once

#include <QList>
#include <QString>

#include <functional>

class ConfirmationPrompter;
class CustomerTab;
class QWidget;

// Leaving customers whose refresh or delete is still waiting for the service (closing their tab,
// quitting, switching connection) asks first. Confirmed, it stops waiting — the audit trail
// records that the agent stopped waiting, where a torn-down request would leave "outcome
// unknown" — and calls `proceed` once every one of them has finished. Not confirmed, nothing
// changes. With none waiting, `proceed` runs at once.
void leaveWaitingTabs(QWidget *window, ConfirmationPrompter *prompter, const QList<CustomerTab *> &tabs,
                      const QString &confirmLabel, const std::function<void()> &proceed);
