#include "LockoutWarning.h"

#include <QCoreApplication>

ConfirmationRequest lockoutWarning(const QString &connectionName, const QString &partnerId, int failuresInARow)
{
    const auto tr = [](const char *text, int n = -1) {
        return QCoreApplication::translate("LockoutWarning", text, nullptr, n);
    };
    ConfirmationRequest request;
    request.title = tr("Sign in again?");
    request.subject = tr("%1 · partner %2").arg(connectionName, partnerId);
    request.consequence = tr("Sign-in has failed %n time(s) in a row. The provider locks the partner out after five "
                             "failed sign-ins in a row, and only its support can unlock it. Check the partner ID, "
                             "the secret and the app key in File → Connections before trying again.",
                             failuresInARow);
    request.confirmLabel = tr("Try to sign in");
    request.destructive = true;
    return request;
}
