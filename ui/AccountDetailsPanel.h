#pragma once

#include "commands/ActionRules.h"
#include "core/Institution.h"
#include "net/jobs/ReadJobs.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;
class GetCustomerAccountJob;
class Session;
struct Account;

// The selected account in full (GetCustomerAccount v2): every field, the type-specific detail in
// readable labels, and investment positions in their own table. Dates show local time with UTC
// on hover; rows are selectable and Ctrl+C copies them.
class AccountDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AccountDetailsPanel(Session *session, QWidget *parent = nullptr);

    void showAccount(const QString &customerId, const QString &accountId, const Institution &institution);
    void clear();
    // The institution's name and health arrived after the account was shown.
    void setInstitution(const Institution &institution);
    // Whether "Create fix link…" shows (the login's error is one the customer fixes, and the
    // connection may create links) and may be pressed; `why` goes in its tooltip.
    void setFixLinkAvailable(bool visible, const ActionVerdict &verdict);
    QString copySelection() const;

signals:
    void loaded();
    void fixLinkRequested();

private:
    void addField(const QString &label, const QVariant &value);
    void presentFields(const Account &a);
    void presentAggregationStatus(std::optional<int> statusCode);
    void presentPositions(const QList<Position> &positions);
    void present(const Account &account);

    Session *m_session;
    QString m_institutionName;
    QString m_subtitleRest; // type and number, after the institution's name
    QPointer<GetCustomerAccountJob> m_job;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_problem;
    QTreeWidget *m_fields;
    QTableWidget *m_positions;
    QLabel *m_positionsLabel;
    QLabel *m_health; // the institution's status when it is not online
    QPushButton *m_fixLink;
};
