#include "InstitutionHealth.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InstitutionHealth", text);
}

QString statusOf(const Institution &institution)
{
    return institution.status.trimmed().toLower();
}

} // namespace

namespace InstitutionHealth {

Level levelOf(const Institution &institution)
{
    const QString status = statusOf(institution);
    const QString aggregation = institution.aggregationStatus.trimmed().toLower();
    if (status == "offline"_L1 || status == "maintenance"_L1 || aggregation == "offline"_L1)
        return Level::Down;
    if (status == "beta"_L1 || status == "testing"_L1 || status == "validated"_L1 || status == "migrating"_L1
        || aggregation == "investigating"_L1)
        return Level::Limited;
    if (status == "online"_L1)
        return Level::Online;
    return Level::Unknown;
}

QString statusWord(const Institution &institution)
{
    static const std::pair<const char *, const char *> words[] = {
        {"online", QT_TRANSLATE_NOOP("InstitutionHealth", "online")},
        {"offline", QT_TRANSLATE_NOOP("InstitutionHealth", "offline")},
        {"maintenance", QT_TRANSLATE_NOOP("InstitutionHealth", "in maintenance")},
        {"testing", QT_TRANSLATE_NOOP("InstitutionHealth", "in testing")},
        {"beta", QT_TRANSLATE_NOOP("InstitutionHealth", "in beta")},
        {"validated", QT_TRANSLATE_NOOP("InstitutionHealth", "validated")},
        {"migrating", QT_TRANSLATE_NOOP("InstitutionHealth", "migrating")},
    };
    const QString status = statusOf(institution);
    if (status.isEmpty())
        return tr("status unknown");
    for (const auto &[word, text] : words) {
        if (status == QLatin1StringView(word))
            return tr(text);
    }
    return institution.status.trimmed();
}

QString badge(const Institution &institution)
{
    const QString status = statusOf(institution);
    if (status == "offline"_L1)
        return tr("offline");
    if (status == "maintenance"_L1)
        return tr("in maintenance");
    if (status == "testing"_L1 || status == "beta"_L1)
        return tr("in testing");
    if (status == "validated"_L1 || status == "migrating"_L1)
        return tr("connection changing");
    if (institution.aggregationStatus.trimmed().toLower() == "offline"_L1)
        return tr("aggregation offline");
    if (institution.aggregationStatus.trimmed().toLower() == "investigating"_L1)
        return tr("aggregation degraded");
    return {};
}

QString explanation(const Institution &institution)
{
    const QString name = institution.bestName().isEmpty() ? tr("The institution") : institution.bestName();
    const QString status = statusOf(institution);
    if (status == "offline"_L1)
        return tr("%1 is offline: the provider cannot reach it now, and a refresh now will fail. Nothing for the "
                  "customer to fix; try again once it is back online.")
            .arg(name);
    if (status == "maintenance"_L1)
        return tr("%1 is in maintenance: a refresh now will probably fail. Tell the customer the bank is "
                  "unavailable for now; nothing for them to fix.")
            .arg(name);
    if (status == "testing"_L1 || status == "beta"_L1)
        return tr("%1's connection is still being tested by the provider (%2): data may be incomplete.")
            .arg(name, status);
    if (status == "validated"_L1 || status == "migrating"_L1)
        return tr("%1's connection is being changed by the provider (%2): a refresh may fail until it is done.")
            .arg(name, status);
    const QString aggregation = institution.aggregationStatus.trimmed().toLower();
    if (aggregation == "offline"_L1)
        return tr("Aggregation from %1 is offline at the provider: a refresh now will fail.").arg(name);
    if (aggregation == "investigating"_L1)
        return tr("The provider is investigating problems with aggregation from %1: a refresh may fail.").arg(name);
    return {};
}

} // namespace InstitutionHealth
