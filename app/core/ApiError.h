#pragma once

#include <QMetaType>
#include <QString>

// The one error type of the client. It carries what the service said (HTTP status, the API's
// code and message) and renders a sentence for a support agent: what happened and what they can
// do about it.
struct ApiError
{
    enum class Kind {
        InvalidRequest,   // refused before sending: a malformed id, a read-only profile
        ConnectionFailed, // refused, unreachable, DNS
        Tls,              // the service's certificate could not be verified; never ignored
        Timeout,          // no answer within the operation's timeout
        ConnectionLost,   // the connection was reset or closed before the whole answer arrived
        Aborted,          // the person stopped waiting
        Http,             // the service answered with an error status
        BadResponse,      // the answer could not be decoded, or was too large
    };

    Kind kind = Kind::Http;
    QString operation;          // operationId, e.g. "GetCustomerAccounts"
    int httpStatus = 0;         // 0 when no HTTP answer arrived
    QString apiCode;            // the body's `code`, as digits
    QString apiMessage;         // the body's `message`
    QString detail;             // technical detail: the field that failed to decode, the network error
    int retryAfterSeconds = -1; // the answer's Retry-After (429, 503), shown, never acted upon
    // A refresh or delete was sent, but no complete answer came back: the service may have carried
    // it out. The agent is told to reload before trying again; the audit trail says "outcome unknown".
    bool outcomeUnknown = false;

    // One sentence: what happened.
    QString summary() const;
    // One sentence: what the agent can do.
    QString advice() const;
    // summary() and advice() together, for a message box or a status line.
    QString agentText() const;
    // For logs: compact and free of secrets.
    QString logText() const;
};

Q_DECLARE_METATYPE(ApiError)
