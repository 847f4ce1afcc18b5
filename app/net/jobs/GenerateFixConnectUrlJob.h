#pragma once

#include "core/ConnectLink.h"
#include "net/ApiJob.h"

// GenerateFixConnectUrl: a single-use Connect "Fix" link with which the customer repairs one
// institution login (re-enters credentials, answers the security question). An audited act: it
// lets someone change the customer's connection.
class GenerateFixConnectUrlJob : public ApiJob
{
    Q_OBJECT
public:
    // language: "fr", "es" or empty for English (ConnectLanguage).
    GenerateFixConnectUrlJob(Session *session, const QString &customerId, const QString &loginId,
                             const QString &language, QObject *parent = nullptr);

    const ConnectLink &link() const { return m_link; }
    QString customerId() const { return m_customerId; }
    QString institutionLoginId() const { return m_loginId; }

    // The Connect language for a locale: French and Spanish as Connect offers them, else English.
    static QString languageFor(const QLocale &locale);

protected:
    QByteArray body() const override;
    QString validate() const override;
    Decoder decoder() const override;

private:
    QString m_customerId;
    QString m_loginId;
    QString m_language;
    ConnectLink m_link;
};
