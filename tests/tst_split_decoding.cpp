// A large account list is read in parts, on two threads at once (SplitAccountList): the window
// must get exactly what reading the list whole gives, the same logins, accounts, failures and log
// lines, wherever the cuts fall, and the cuts must happen on real answers.
#include "AccountJson.h"
#include "ReceivedBody.h"
#include "SameAccounts.h"
#include "decode/AccountDecoder.h"
#include "decode/ArrivingAccountList.h"
#include "decode/SplitAccountList.h"
#include "sandbox/SandboxData.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// An account of `login`, with fields replaced or added by `overrides` (the id too).
QByteArray accountOn(qint64 id, const char *login, const QString &overrides = u"{}"_s)
{
    QJsonObject account = accountObject(uR"({"id":"%1","institutionLoginId":%2})"_s.arg(id).arg(QLatin1String(login)));
    const QJsonObject extra = QJsonDocument::fromJson(overrides.toUtf8()).object();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        account.insert(it.key(), it.value());
    return QJsonDocument(account).toJson(QJsonDocument::Compact);
}

QByteArray list(const QList<QByteArray> &accounts, const QByteArray &before = {}, const QByteArray &after = {})
{
    return "{" + before + "\"accounts\":[" + accounts.join(',') + "]" + after + "}";
}

QStringList decodeLog;
void captureDecodeLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QLatin1String(context.category) == QLatin1String("console.decode"))
        decodeLog.append(message);
}

// A list over the size from which the window's read cuts it, `odd` replacing one account.
QByteArray largeList(qsizetype oddAt, const QByteArray &odd)
{
    QList<QByteArray> accounts;
    qsizetype bytes = 0;
    for (int i = 0; bytes < SplitAccountList::kSplitBytes + 64 * 1024; ++i) {
        accounts.append(i == oddAt ? odd : accountOn(5011600000LL + i, i % 7 == 0 ? "1007302745" : "1007302999"));
        bytes += accounts.last().size() + 1;
    }
    return asReceived(list(accounts));
}

// Whether the window's read cuts `body` before `marker`, which is then not in the first part.
bool pastFirstPart(const QByteArray &body, const QByteArray &marker)
{
    const QList<SplitAccountList::Cut> cuts = SplitAccountList::cutsEvery(body, SplitAccountList::kPartBytes);
    return !cuts.isEmpty() && cuts.first().firstEnd < body.indexOf(marker);
}

using SplitAccountList::Cut;
using SplitAccountList::Threads;

// `body` handed over as it would arrive, `piece` bytes at a time, then finished: what the window
// gets from a read while it arrives (nullopt: read whole instead), and whether any part was read
// before the end.
std::optional<QList<InstitutionLogin>> readWhileArriving(const QByteArray &body, qsizetype piece, qsizetype partBytes,
                                                         bool *started)
{
    ArrivingAccountList list(partBytes);
    for (qsizetype size = piece; size < body.size(); size += piece)
        list.received(body.first(size));
    list.received(body);
    *started = list.started();
    if (!list.started())
        return std::nullopt;
    return list.finisher()(body);
}

// The reference's difference from what a read in parts gave, if it gave anything.
QString differenceIfRead(const std::optional<QList<InstitutionLogin>> &parts, const Decoded<QList<Account>> &reference)
{
    return parts ? differenceBetween(Decoded<QList<InstitutionLogin>>{*parts, {}}, reference) : QString();
}

} // namespace

class TestSplitDecoding : public QObject
{
    Q_OBJECT
private slots:
    void everyCutGivesTheWholeReadOrNone_data();
    void everyCutGivesTheWholeReadOrNone();
    void everyGapAtOnce_data() { everyCutGivesTheWholeReadOrNone_data(); }
    void everyGapAtOnce();
    void realAnswersAreReadInParts();
    void logsNameTheAnswersAccounts();
    void failuresNameTheAnswersAccounts();
    void whileArrivingEveryGapGivesTheWholeReadOrNone_data() { everyCutGivesTheWholeReadOrNone_data(); }
    void whileArrivingEveryGapGivesTheWholeReadOrNone();
    void whileArrivingARealAnswerIsReadInParts();
    void aReadLeftWhileArrivingEndsQuietly();
};

void TestSplitDecoding::everyCutGivesTheWholeReadOrNone_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("cutsBetweenAccounts"); // some gap is a usable cut
    QTest::addColumn<bool>("onlyBetweenAccounts"); // every gap is: cut at all of them at once
    const SandboxData sandbox;
    for (const char *customer : {SandboxData::kTypicalCustomer, SandboxData::kAggregationErrorCustomer})
        QTest::newRow(customer) << sandbox.accountsBody(QString::fromLatin1(customer), {}, {}) << true << true;
    const QByteArray a = accountOn(5011648301, "1007302745");
    const QByteArray b = accountOn(5011648302, "1007302999");
    const QByteArray c = accountOn(5011648303, "1007302745");
    QTest::newRow("logins taking turns across the cut") << list({a, b, c, b, a, c}) << true << true;
    QTest::newRow("members before and after the list")
        << list({a, b, c}, R"("found":3,"displaying":3,)", R"(,"moreAvailable":false,"x":[{},{}])") << true << false;
    QTest::newRow("spaces and line breaks between accounts")
        << QByteArray("{ \"accounts\" : [\n  " + a + " ,\n\t" + b + "\r\n,  " + c + "\n]\n}\n") << true << true;
    QTest::newRow("indented") << QJsonDocument::fromJson(list({a, b, c})).toJson(QJsonDocument::Indented) << true
                              << true;
    // Gaps that are not between two accounts of the list: none may give an answer.
    QTest::newRow("the list twice: the last one counts")
        << list({a, b}, {}, ",\"accounts\":[" + c + "," + a + "]") << false << false;
    QTest::newRow("a list of accounts after the list")
        << list({a, b, c}, {}, ",\"x\":[" + a + "," + b + "]") << true << false;
    QTest::newRow("another list of objects first") << list({a, b}, R"("other":[{"id":1},{"id":2}],)") << true << false;
    QTest::newRow("objects in an account's positions")
        << list({accountOn(5011648304, "1007302745", uR"({"position":[{"symbol":"A"},{"symbol":"B"}]})"_s), b}) << true
        << false;
    QTest::newRow("a gap inside a string")
        << list({accountOn(5011648305, "1007302745", uR"({"name":"x},{\"y\":1} }, {z"})"_s), b}) << true << false;
    QTest::newRow("an account that fails after the cut")
        << list({a, b, accountOn(5011648306, "1007302745", uR"({"id":[1]})"_s)}) << false << false;
    QTest::newRow("an odd field after the cut")
        << list({a, b, accountOn(5011648307, "1007302745", uR"({"balanceDate":1e300})"_s)}) << false << false;
    QTest::newRow("not an object after the cut") << list({a, b}).replace("]}", ",7]}") << false << false;
}

// Each gap as a cut in two, read on two threads; and each with the next gap as well, so that the
// part between them, read after the first on the same thread, is every stretch of the body.
void TestSplitDecoding::everyCutGivesTheWholeReadOrNone()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, cutsBetweenAccounts);
    const QByteArray received = asReceived(body);
    const Decoded<QList<Account>> reference = AccountDecoder::decodeListWithQt(received);
    const Decoded<QList<InstitutionLogin>> whole = AccountDecoder::decodeLogins(received);
    QVERIFY2(differenceBetween(whole, reference).isEmpty(), qPrintable(differenceBetween(whole, reference)));
    qsizetype tried = 0;
    qsizetype usable = 0;
    for (qsizetype from = 0; from < received.size(); ++from) {
        const std::optional<Cut> cut = SplitAccountList::cutAfter(received, from);
        if (received[from] != '}' || !cut)
            continue;
        ++tried;
        const auto inTwo = SplitAccountList::decodeLogins(received, {*cut}, Threads::Two);
        usable += inTwo ? 1 : 0;
        QString difference = differenceIfRead(inTwo, reference);
        QVERIFY2(difference.isEmpty(), qPrintable(u"cut from %1: "_s.arg(from) + difference));
        const std::optional<Cut> next = SplitAccountList::cutAfter(received, cut->secondStart);
        if (!next)
            continue;
        const auto inThree = SplitAccountList::decodeLogins(received, {*cut, *next}, Threads::One);
        QVERIFY2(!inThree || inTwo, "the same cut and one more cannot make an unusable cut usable");
        difference = differenceIfRead(inThree, reference);
        QVERIFY2(difference.isEmpty(), qPrintable(u"cuts from %1: "_s.arg(from) + difference));
    }
    QVERIFY(tried > 0);
    if (cutsBetweenAccounts) {
        QVERIFY2(usable > 0, "no cut was usable");
        QVERIFY(reference.ok());
    } else {
        QCOMPARE(usable, 0);
    }
}

// Every gap cut at once, each account a part of its own, on one thread and on two.
void TestSplitDecoding::everyGapAtOnce()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, onlyBetweenAccounts);
    const QByteArray received = asReceived(body);
    const Decoded<QList<Account>> reference = AccountDecoder::decodeListWithQt(received);
    const QList<Cut> cuts = SplitAccountList::cutsEvery(received, 1);
    QVERIFY(!cuts.isEmpty());
    for (const Threads threads : {Threads::One, Threads::Two}) {
        const auto parts = SplitAccountList::decodeLogins(received, cuts, threads);
        QCOMPARE(parts.has_value(), onlyBetweenAccounts);
        const QString difference = differenceIfRead(parts, reference);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

// The sandbox's 10,000-account customer, as the window reads it: in parts, half on each thread.
void TestSplitDecoding::realAnswersAreReadInParts()
{
    const SandboxData sandbox;
    const QByteArray body = asReceived(sandbox.accountsBody(QString::fromLatin1(SandboxData::kLargeCustomer), {}, {}));
    QVERIFY(body.size() >= SplitAccountList::kSplitBytes);
    const QList<Cut> cuts = SplitAccountList::cutsEvery(body, SplitAccountList::kPartBytes);
    QVERIFY2(cuts.size() >= body.size() / SplitAccountList::kPartBytes - 1, qPrintable(QString::number(cuts.size())));
    const auto parts = SplitAccountList::decodeLogins(body); // what AccountDecoder::decodeLogins gives
    QVERIFY(parts.has_value());
    const QString difference = differenceIfRead(parts, AccountDecoder::decodeListWithQt(body));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    qsizetype accounts = 0;
    for (const InstitutionLogin &login : *parts)
        accounts += login.accounts.size();
    QCOMPARE(accounts, 10000);
}

// Each gap cut as soon as it arrives, the body handed over a byte at a time: each account is a
// part, read while the next ones arrive, and the whole read's answer comes out, or none.
void TestSplitDecoding::whileArrivingEveryGapGivesTheWholeReadOrNone()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, onlyBetweenAccounts);
    const QByteArray received = asReceived(body);
    const Decoded<QList<Account>> reference = AccountDecoder::decodeListWithQt(received);
    bool started = false;
    const auto parts = readWhileArriving(received, 1, 1, &started);
    QVERIFY(started);
    QCOMPARE(parts.has_value(), onlyBetweenAccounts);
    const QString difference = differenceIfRead(parts, reference);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// The 10,000-account customer arriving in pieces of several sizes, and large lists with a gap
// inside a string or a refused account after the first part: the whole read's answer, and for
// the customer, read in parts (it is not left to the whole read).
void TestSplitDecoding::whileArrivingARealAnswerIsReadInParts()
{
    const SandboxData sandbox;
    const QByteArray customer =
        asReceived(sandbox.accountsBody(QString::fromLatin1(SandboxData::kLargeCustomer), {}, {}));
    const Decoded<QList<Account>> reference = AccountDecoder::decodeListWithQt(customer);
    for (const qsizetype piece : {qsizetype(16 * 1024), qsizetype(700 * 1024), qsizetype(3 * 1024 * 1024)}) {
        bool started = false;
        const auto parts = readWhileArriving(customer, piece, SplitAccountList::kPartBytes, &started);
        QVERIFY(started);
        QVERIFY2(parts.has_value(), qPrintable(u"in pieces of %1 bytes"_s.arg(piece)));
        const QString difference = differenceIfRead(parts, reference);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
    const QList<QByteArray> odd = {
        accountOn(5011699999, "1007302745", uR"({"name":"x},{\"y\":1} }, {z"})"_s),
        accountOn(5011699999, "1007302745", uR"({"id":[1]})"_s),
        accountOn(5011699999, "1007302745", uR"({"balanceDate":1e300})"_s),
    };
    for (const QByteArray &account : odd) {
        const QByteArray body = largeList(3000, account);
        QVERIFY(pastFirstPart(body, account));
        bool started = false;
        const auto parts = readWhileArriving(body, 64 * 1024, SplitAccountList::kPartBytes, &started);
        QVERIFY(started);
        QVERIFY2(!parts || account.contains("},{"), "a refused or degraded account was read in parts");
        const QString difference = differenceIfRead(parts, AccountDecoder::decodeListWithQt(body));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

// A read the window no longer wants (its tab closed) while parts are still being read: the reads
// end without touching what is gone, and a finish then gives nothing.
void TestSplitDecoding::aReadLeftWhileArrivingEndsQuietly()
{
    const SandboxData sandbox;
    const QByteArray customer =
        asReceived(sandbox.accountsBody(QString::fromLatin1(SandboxData::kLargeCustomer), {}, {}));
    {
        ArrivingAccountList list;
        list.received(customer.first(customer.size() / 2));
        QVERIFY(list.started());
    }
    ArrivingAccountList::Finish finish;
    {
        ArrivingAccountList list;
        list.received(customer.first(customer.size() / 2));
        finish = list.finisher();
    }
    QVERIFY(!finish(customer).has_value());
}

// A field shown as unknown past the first part is logged with its place in the answer, once.
void TestSplitDecoding::logsNameTheAnswersAccounts()
{
    const qsizetype oddAt = 3000;
    const QByteArray body = largeList(oddAt, accountOn(5011699999, "1007302745", uR"({"balanceDate":1e300})"_s));
    QVERIFY(pastFirstPart(body, "5011699999"));
    decodeLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureDecodeLog);
    const auto decoded = AccountDecoder::decodeLogins(body);
    qInstallMessageHandler(previous);
    QVERIFY(decoded.ok());
    QCOMPARE(decodeLog.size(), 1);
    QVERIFY2(decodeLog.first().startsWith(u"accounts[%1].balanceDate: shown as unknown"_s.arg(oddAt)),
             qPrintable(decodeLog.first()));
}

// A failure past the first part names the account by its place in the answer.
void TestSplitDecoding::failuresNameTheAnswersAccounts()
{
    const qsizetype oddAt = 3000;
    const QByteArray body = largeList(oddAt, accountOn(5011699999, "1007302745", uR"({"id":[1]})"_s));
    QVERIFY(pastFirstPart(body, "\"id\":[1]"));
    const auto decoded = AccountDecoder::decodeLogins(body);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.failure->path == u"accounts[%1].id"_s.arg(oddAt), qPrintable(decoded.failure->text()));
}

QTEST_GUILESS_MAIN(TestSplitDecoding)
#include "tst_split_decoding.moc"
