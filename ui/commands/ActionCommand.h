#pragma once

#include "CustomerContext.h"
#include "audit/AuditedChange.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

class ApiJob;
struct ConfirmationRequest;

// One user action on a customer (Kleopatra's command pattern): it asks for confirmation, sends
// exactly one request when confirmed, marks the rows it works on, and reports the outcome.
// It deletes itself when done.
class ActionCommand : public QObject
{
    Q_OBJECT
public:
    explicit ActionCommand(const CustomerContext &context, QObject *parent = nullptr);
    ~ActionCommand() override;

    void start();
    // The person stops waiting; the service may still complete the operation. Before the request
    // has left (its audit intent is still being written), nothing is sent at all.
    void stopWaiting();
    bool isSending() const { return m_change != nullptr; }
    virtual QString progressLabel() const = 0; // "Refreshing FinBank…"

signals:
    void sending();
    void progress(int elapsedSeconds);
    // ok: the service carried it out. message: what the agent reads either way.
    void finished(bool ok, const QString &message);

protected:
    // Gathers what the confirmation needs without blocking the window (the audit trail, say),
    // then calls `ready`. By default there is nothing to gather.
    virtual void prepare(std::function<void()> ready) { ready(); }
    virtual ConfirmationRequest confirmation() const = 0;
    virtual ApiJob *createJob() = 0;
    // The service answered with success: update the rows. May start a follow-up read (v2), in
    // which case it calls done() itself.
    virtual void succeeded(ApiJob *job) = 0;
    virtual QString busyLabel() const = 0;
    virtual QSet<QString> affectedAccountIds() const = 0;

    void done(bool ok, const QString &message);
    const CustomerContext &context() const { return m_context; }
    QString elapsedText() const;

    // The institution login the action is about, for the audit trail (empty for a whole customer).
    virtual QString auditLoginId() const = 0;

private:
    void ask();
    void send();
    void onChangeFinished(AuditRecord::Outcome outcome, const QString &problem);

    CustomerContext m_context;
    QPointer<AuditedChange> m_change; // intent, one job, outcome
    QTimer m_ticker;
    QElapsedTimer m_elapsed;
    QSet<QString> m_busyIds;
    QString m_confirmed; // what the agent confirmed, for the audit trail
    bool m_answered = false;
    bool m_done = false;
};
