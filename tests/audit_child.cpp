// Helper for tst_audit: records an intent the way the console does, says so, and waits to be
// killed (SIGKILL) before it can record the outcome. Usage: audit_child PATH
#include "audit/AuditLog.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    AuditRecord intent;
    intent.id = QStringLiteral("killed-mid-request");
    intent.time = QDateTime::currentDateTimeUtc();
    intent.osUser = AuditLog::currentOsUser();
    intent.profile = QStringLiteral("Sandbox");
    intent.operation = QStringLiteral("DeleteCustomerAccountsByInstitutionLogin");
    intent.customerId = QStringLiteral("1005061234");
    intent.loginId = QStringLiteral("1007302745");
    intent.accountIds = {QStringLiteral("5011648381")};
    intent.confirmation = QStringLiteral("confirmed \"Delete access to 1 account\" after typing 1007302745");
    QString error;
    if (!AuditLog::appendNow(QString::fromLocal8Bit(argv[1]), intent, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("intent written\n");
    std::fflush(stdout);
    for (;;)
        pause(); // "the request is out"
}
