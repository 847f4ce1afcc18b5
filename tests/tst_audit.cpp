// The audit trail on disk: survival of a kill mid-request, torn lines, and the viewer's filters
// and CSV export.
#include "AuditEntryModel.h"
#include "AuditViewerDialog.h"
#include "Named.h"
#include "audit/AuditLog.h"
#include "audit/AuditLogReader.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

AuditRecord intent(const QString &id, const QString &customer, const QString &operation, const QDateTime &time)
{
    AuditRecord r;
    r.kind = AuditRecord::Kind::Intent;
    r.id = id;
    r.time = time;
    r.osUser = u"agent"_s;
    r.profile = u"Sandbox"_s;
    r.operation = operation;
    r.customerId = customer;
    r.loginId = u"1007302745"_s;
    r.accountIds = {u"5011648381"_s, u"5011648399"_s};
    r.confirmation = u"confirmed \"Delete access to 2 accounts\", after typing 1007302745"_s;
    return r;
}

AuditRecord outcome(const QString &id, const QString &result, int status, const QString &code = {})
{
    AuditRecord r;
    r.kind = AuditRecord::Kind::Outcome;
    r.id = id;
    r.time = QDateTime::currentDateTimeUtc();
    r.result = result;
    r.httpStatus = status;
    r.apiCode = code;
    r.durationMs = 42;
    return r;
}

void write(const QString &path, const AuditRecord &record)
{
    QString error;
    if (!AuditLog::appendNow(path, record, &error))
        qFatal("append failed: %s", qPrintable(error));
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT
private slots:
    void killedMidRequestLeavesAnIntentWithoutOutcome()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        QProcess child;
        child.start(QStringLiteral(AUDIT_CHILD), {path});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine(), 10000);
        QCOMPARE(child.readLine().trimmed(), QByteArray("intent written"));
        child.kill(); // SIGKILL: no chance to write anything more
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        AuditLogContents contents = AuditLogReader::read(path);
        QCOMPARE(contents.entries.size(), 1);
        QCOMPARE(contents.entries.first().intent.id, u"killed-mid-request"_s);
        QVERIFY(!contents.entries.first().outcome);

        AuditViewerDialog viewer(path);
        QSignalSpy loaded(&viewer, &AuditViewerDialog::loaded);
        QVERIFY(loaded.wait());
        QCOMPARE(viewer.model()->rowCount(), 1);
        QCOMPARE(viewer.model()->text(0, AuditEntryModel::OutcomeColumn), u"outcome unknown"_s);

        // The trail goes on after the crash.
        write(path, intent(u"after"_s, u"1005061234"_s, u"RefreshCustomerAccounts"_s, QDateTime::currentDateTimeUtc()));
        write(path, outcome(u"after"_s, u"succeeded"_s, 200));
        contents = AuditLogReader::read(path);
        QCOMPARE(contents.entries.size(), 2);
        QVERIFY(!contents.entries[0].outcome);
        QCOMPARE(contents.entries[1].outcomeText(), u"succeeded"_s);
        QVERIFY(contents.problems.isEmpty());
    }

    void tornLastLineIsReportedSkippedAndNeverRewritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        write(path, intent(u"a"_s, u"1005061234"_s, u"DeleteCustomerAccount"_s, now));
        write(path, outcome(u"a"_s, u"succeeded"_s, 204));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("{\"kind\":\"intent\",\"id\":\"torn\",\"time\":\"2026-11"); // the crash came mid-line
        }
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray earlier = before.readAll();
        before.close();

        AuditLogContents contents = AuditLogReader::read(path);
        QCOMPARE(contents.entries.size(), 1);
        QCOMPARE(contents.problems.size(), 1);
        QVERIFY2(contents.problems.first().startsWith(u"line 3:"_s), qPrintable(contents.problems.first()));

        write(path, intent(u"b"_s, u"1005061235"_s, u"RefreshCustomerAccountsV2"_s, now));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        const QByteArray all = after.readAll();
        QVERIFY(all.startsWith(earlier)); // nothing before was rewritten
        QCOMPARE(all.at(earlier.size()), '\n');
        contents = AuditLogReader::read(path);
        QCOMPARE(contents.entries.size(), 2);
        QCOMPARE(contents.entries[1].intent.id, u"b"_s);
        QCOMPARE(contents.problems.size(), 1);
    }

    void viewerFiltersAndExportsCsv()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        const QDateTime today = QDateTime::currentDateTimeUtc();
        const QDateTime lastMonth = today.addDays(-30);
        write(path, intent(u"1"_s, u"1005061234"_s, u"DeleteCustomerAccountsByInstitutionLogin"_s, lastMonth));
        write(path, outcome(u"1"_s, u"succeeded"_s, 204));
        write(path, intent(u"2"_s, u"1005061234"_s, u"RefreshCustomerAccounts"_s, today));
        write(path, outcome(u"2"_s, u"failed"_s, 500, u"187"_s));
        write(path, intent(u"3"_s, u"1005061237"_s, u"DeleteCustomerAccount"_s, today));
        write(path, intent(u"4"_s, u"1005061237"_s, u"RefreshCustomerAccounts"_s, today));
        write(path, outcome(u"4"_s, u"succeeded"_s, 200));

        AuditViewerDialog viewer(path);
        QSignalSpy loaded(&viewer, &AuditViewerDialog::loaded);
        QVERIFY(loaded.wait());
        QCOMPARE(named<QSortFilterProxyModel>(viewer, "filtered")->rowCount(), 4);
        named<QLineEdit>(viewer, "customerFilter")->setText(u"1005061234"_s);
        QCOMPARE(named<QSortFilterProxyModel>(viewer, "filtered")->rowCount(), 2);
        named<QComboBox>(viewer, "operationFilter")
            ->setCurrentIndex(named<QComboBox>(viewer, "operationFilter")->findData(u"RefreshCustomerAccounts"_s));
        QCOMPARE(named<QSortFilterProxyModel>(viewer, "filtered")->rowCount(), 1);
        named<QLineEdit>(viewer, "customerFilter")->clear();
        QCOMPARE(named<QSortFilterProxyModel>(viewer, "filtered")->rowCount(), 2);
        named<QComboBox>(viewer, "operationFilter")->setCurrentIndex(0);
        named<QComboBox>(viewer, "outcomeFilter")
            ->setCurrentIndex(named<QComboBox>(viewer, "outcomeFilter")->findData(u"unknown"_s));
        QCOMPARE(named<QSortFilterProxyModel>(viewer, "filtered")->rowCount(), 1);
        named<QComboBox>(viewer, "outcomeFilter")
            ->setCurrentIndex(named<QComboBox>(viewer, "outcomeFilter")->findData(u"failed"_s));
        QCOMPARE(named<QSortFilterProxyModel>(viewer, "filtered")->rowCount(), 1);
        named<QComboBox>(viewer, "outcomeFilter")->setCurrentIndex(0);
        named<QDateEdit>(viewer, "fromFilter")->setDate(today.toLocalTime().date().addDays(-1));
        QCOMPARE(named<QSortFilterProxyModel>(viewer, "filtered")->rowCount(),
                 3); // last month's delete is out of range
        named<QDateEdit>(viewer, "toFilter")->setDate(today.toLocalTime().date().addDays(-2));
        QCOMPARE(named<QSortFilterProxyModel>(viewer, "filtered")->rowCount(), 0);
        named<QDateEdit>(viewer, "toFilter")->setDate(named<QDateEdit>(viewer, "toFilter")->minimumDate()); // "any"
        named<QLineEdit>(viewer, "customerFilter")->setText(u"1005061237"_s);
        QCOMPARE(named<QSortFilterProxyModel>(viewer, "filtered")->rowCount(), 2);

        const QString csvPath = dir.filePath(u"export.csv"_s);
        QSignalSpy exported(&viewer, &AuditViewerDialog::exported);
        viewer.exportCsv(csvPath);
        QVERIFY(exported.wait());
        QVERIFY(exported.first().first().toBool());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header and the two filtered records
        QVERIFY2(lines[0].startsWith(u"Time,Operation,Customer,Outcome,Login,Accounts,User,Profile"_s),
                 qPrintable(lines[0]));
        for (int i = 1; i < lines.size(); ++i) {
            QVERIFY(lines[i].contains(u",1005061237,"_s));
            // The confirmation holds a comma and quotes: quoted as RFC 4180 says.
            QVERIFY2(lines[i].contains(u"\"confirmed \"\"Delete access to 2 accounts\"\", after typing 1007302745\""_s),
                     qPrintable(lines[i]));
        }
        QVERIFY(lines.join(u'\n').contains(u"outcome unknown"_s));
    }
};

QTEST_MAIN(TestAudit)
#include "tst_audit.moc"
