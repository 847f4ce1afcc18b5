#pragma once

#include <QString>

// The part of the spec's Institution that the console shows.
struct Institution
{
    QString id;
    QString name;
    QString displayName;
    QString accountTypeDescription;
    QString urlHomeApp;
    QString phone;
    QString email;
    QString currency;
    QString status;            // online, offline, maintenance, testing, beta, validated, migrating
    QString aggregationStatus; // productionStatus.transAgg: online, investigating, offline
    QString addressLine;
    bool oauthEnabled = false;

    QString bestName() const { return displayName.isEmpty() ? name : displayName; }
};
