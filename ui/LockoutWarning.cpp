#include "LockoutWarning.h"

#include <QCoreApplication>

ConfirmationRequest lockoutWarning(const QString &connectionName, const QString &partnerId, int failuresInARow)
{
    ConfirmationRequest request;
    request.title = QCoreApplication::translate("LockoutWarning", "Sign in again?");
    request.subject = QCoreApplication::translate("LockoutWarning", "%1 · partner %2").arg(connectionName, partnerId);
    request.consequence = QCoreApplication::translate(
        "LockoutWarning",
        "Sign-in has failed %n time(s) in a row. The provider locks the partner out after five failed sign-ins in a "
        "row, and only its support can unlock it. Check the partner ID, the secret and the app key in File → "
        "Connections before trying again.",
        nullptr, failuresInARow);
    request.confirmLabel = QCoreApplication::translate("LockoutWarning", "Try to sign in");
    request.destructive = true;
    return request;
}
