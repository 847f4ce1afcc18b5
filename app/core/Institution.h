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
    QString status;
    QString addressLine;
    bool oauthEnabled = false;

    QString bestName() const { return displayName.isEmpty() ? name : displayName; }
};
