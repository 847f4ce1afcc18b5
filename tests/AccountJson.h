#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// One account as the list answers carry it, with fields replaced, added or "<remove>"d by a
// JSON object of overrides: the decoding tests' common input.
inline QJsonObject accountObject(const QString &overrides = {})
{
    QJsonObject a{{QStringLiteral("id"), QStringLiteral("5011648377")},
                  {QStringLiteral("number"), QStringLiteral("201940541")},
                  {QStringLiteral("accountNumberDisplay"), QStringLiteral("7528")},
                  {QStringLiteral("name"), QStringLiteral("Super Checking")},
                  {QStringLiteral("balance"), 401.26},
                  {QStringLiteral("type"), QStringLiteral("checking")},
                  {QStringLiteral("status"), QStringLiteral("active")},
                  {QStringLiteral("customerId"), QStringLiteral("1005061234")},
                  {QStringLiteral("institutionId"), QStringLiteral("4222")},
                  {QStringLiteral("createdDate"), 1607450357},
                  {QStringLiteral("currency"), QStringLiteral("USD")},
                  {QStringLiteral("institutionLoginId"), 1007302745}};
    const QJsonObject extra = QJsonDocument::fromJson(overrides.toUtf8()).object();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (it.value().isUndefined() || (it.value().isString() && it.value().toString() == QLatin1String("<remove>")))
            a.remove(it.key());
        else
            a.insert(it.key(), it.value());
    }
    return a;
}

inline QByteArray accountJson(const QString &overrides = {})
{
    return QJsonDocument(QJsonObject{{QStringLiteral("accounts"), QJsonArray{accountObject(overrides)}}}).toJson();
}
