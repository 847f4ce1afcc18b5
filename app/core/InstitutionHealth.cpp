#include "InstitutionHealth.h"

#include <QCoreApplication>

namespace InstitutionHealth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InstitutionHealth", text);
}

// Everything the console says about one status, in one row. `explanation` takes the
// institution's name (%1) and, for the provider's own in-between states, the status (%2).
struct Known
{
    const char *status;
    Level level;
    const char *word;  // the status in words
    const char *badge; // on the login row; nullptr: nothing to show
    const char *explanation;
};

// The institution's `status`, as the spec lists them.
const Known kStatuses[] = {
    {"online", Level::Online, QT_TRANSLATE_NOOP("InstitutionHealth", "online"), nullptr, nullptr},
    {"offline", Level::Down, QT_TRANSLATE_NOOP("InstitutionHealth", "offline"),
     QT_TRANSLATE_NOOP("InstitutionHealth", "offline"),
     QT_TRANSLATE_NOOP("InstitutionHealth",
                       "%1 is offline: the provider cannot reach it now, and a refresh now will fail. Nothing for "
                       "the customer to fix; try again once it is back online.")},
    {"maintenance", Level::Down, QT_TRANSLATE_NOOP("InstitutionHealth", "in maintenance"),
     QT_TRANSLATE_NOOP("InstitutionHealth", "in maintenance"),
     QT_TRANSLATE_NOOP("InstitutionHealth",
                       "%1 is in maintenance: a refresh now will probably fail. Tell the customer the bank is "
                       "unavailable for now; nothing for them to fix.")},
    {"testing", Level::Limited, QT_TRANSLATE_NOOP("InstitutionHealth", "in testing"),
     QT_TRANSLATE_NOOP("InstitutionHealth", "in testing"),
     QT_TRANSLATE_NOOP("InstitutionHealth",
                       "%1's connection is still being tested by the provider (%2): data may be incomplete.")},
    {"beta", Level::Limited, QT_TRANSLATE_NOOP("InstitutionHealth", "in beta"),
     QT_TRANSLATE_NOOP("InstitutionHealth", "in testing"),
     QT_TRANSLATE_NOOP("InstitutionHealth",
                       "%1's connection is still being tested by the provider (%2): data may be incomplete.")},
    {"validated", Level::Limited, QT_TRANSLATE_NOOP("InstitutionHealth", "validated"),
     QT_TRANSLATE_NOOP("InstitutionHealth", "connection changing"),
     QT_TRANSLATE_NOOP("InstitutionHealth", "%1's connection is being changed by the provider (%2): a refresh may "
                                            "fail until it is done.")},
    {"migrating", Level::Limited, QT_TRANSLATE_NOOP("InstitutionHealth", "migrating"),
     QT_TRANSLATE_NOOP("InstitutionHealth", "connection changing"),
     QT_TRANSLATE_NOOP("InstitutionHealth", "%1's connection is being changed by the provider (%2): a refresh may "
                                            "fail until it is done.")},
};

// Its production status for transaction aggregation (beta data): only the states that matter.
const Known kAggregation[] = {
    {"offline", Level::Down, nullptr, QT_TRANSLATE_NOOP("InstitutionHealth", "aggregation offline"),
     QT_TRANSLATE_NOOP("InstitutionHealth",
                       "Aggregation from %1 is offline at the provider: a refresh now will fail.")},
    {"investigating", Level::Limited, nullptr, QT_TRANSLATE_NOOP("InstitutionHealth", "aggregation degraded"),
     QT_TRANSLATE_NOOP("InstitutionHealth",
                       "The provider is investigating problems with aggregation from %1: a refresh may fail.")},
};

template <size_t N> const Known *find(const Known (&table)[N], const QString &value)
{
    const QString wanted = value.trimmed().toLower();
    for (const Known &known : table) {
        if (wanted == QLatin1StringView(known.status))
            return &known;
    }
    return nullptr;
}

// What decides: the status when it says something is wrong, else the aggregation status when it
// does, else the status (online, or nothing known).
const Known *verdict(const Institution &institution)
{
    const Known *status = find(kStatuses, institution.status);
    if (status && status->level != Level::Online)
        return status;
    if (const Known *aggregation = find(kAggregation, institution.aggregationStatus))
        return aggregation;
    return status;
}

} // namespace

Level levelOf(const Institution &institution)
{
    const Known *known = verdict(institution);
    return known ? known->level : Level::Unknown;
}

QString statusWord(const Institution &institution)
{
    if (institution.status.trimmed().isEmpty())
        return tr("status unknown");
    const Known *known = find(kStatuses, institution.status);
    return known ? tr(known->word) : institution.status.trimmed();
}

QString badge(const Institution &institution)
{
    const Known *known = verdict(institution);
    return known && known->badge ? tr(known->badge) : QString();
}

QString explanation(const Institution &institution)
{
    const Known *known = verdict(institution);
    if (!known || !known->explanation)
        return {};
    const QString name = institution.bestName().isEmpty() ? tr("The institution") : institution.bestName();
    // %2, where a sentence has it, is the service's own word for the state.
    return tr(known->explanation).replace(QLatin1String("%2"), QLatin1StringView(known->status)).arg(name);
}

} // namespace InstitutionHealth
