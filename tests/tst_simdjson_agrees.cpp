// The account list read by simdjson (SimdAccountList) and by Qt's parser (the reference path)
// gives the same accounts, or the same failure in the same words, for every body: typical,
// odd, hostile. fuzz_decoders holds the two to the same on random input.
#include "AccountJson.h"
#include "ReceivedBody.h"
#include "SameAccounts.h"
#include "decode/AccountDecoder.h"
#include "sandbox/SandboxData.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSimdjsonAgrees : public QObject
{
    Q_OBJECT
private slots:
    void simdjsonAndQtAgree_data();
    void simdjsonAndQtAgree();
};

void TestSimdjsonAgrees::simdjsonAndQtAgree_data()
{
    QTest::addColumn<QByteArray>("body");
    const SandboxData sandbox;
    for (const char *customer : {SandboxData::kTypicalCustomer, SandboxData::kLargeCustomer,
                                 SandboxData::kEmptyCustomer, SandboxData::kAggregationErrorCustomer})
        QTest::newRow(customer) << sandbox.accountsBody(QString::fromLatin1(customer), {}, {});
    const QStringList overrides = {
        u"{}"_s,
        u"{\"id\": 5011648377}"_s,
        u"{\"id\": -5}"_s,
        u"{\"id\": 1.5}"_s,
        u"{\"id\": \"<remove>\"}"_s,
        u"{\"institutionLoginId\": \"1007302745\"}"_s,
        u"{\"institutionLoginId\": -1}"_s,
        u"{\"aggregationStatusCode\": \"185\"}"_s,
        u"{\"aggregationStatusCode\": 3000000000}"_s,
        u"{\"aggregationStatusCode\": \"99999999999\"}"_s,
        u"{\"aggregationStatusCode\": 1.5}"_s,
        u"{\"balance\": \"401.26\"}"_s,
        u"{\"balance\": 1e300}"_s,
        u"{\"balance\": -0.0}"_s,
        u"{\"balance\": 18446744073709551615}"_s,
        u"{\"balanceDate\": 1e15}"_s,
        u"{\"balanceDate\": \"1700000000\"}"_s,
        u"{\"balanceDate\": \"yesterday\"}"_s,
        u"{\"balanceDate\": null, \"marketSegment\": null}"_s,
        u"{\"createdDate\": true}"_s,
        u"{\"name\": 12}"_s,
        u"{\"number\": 123456789}"_s,
        u"{\"number\": 12.75}"_s,
        u"{\"authorizationExpires\": \"yes\"}"_s,
        u"{\"detail\": {\"interestRate\": 4.5, \"paymentDueDate\": 1700000000, \"creditMaxAmount\": 5000}}"_s,
        u"{\"detail\": 7}"_s,
        u"{\"position\": [{\"symbol\": \"VTI\", \"units\": 3, \"marketValue\": 600.5}]}"_s,
        u"{\"position\": [1]}"_s,
        u"{\"name\": \"Caf\\u00e9 \\ud83d\\ude00 \\\"quoted\\\"\"}"_s,
        u"{\"brandNewField\": {\"x\": [1]}, \"another\": true}"_s,
        u"{\"parentAccount\": 6011000003}"_s,
        u"{\"parentAccount\": \"6011000003\"}"_s,
        u"{\"parentAccount\": \"none\"}"_s,
        u"{\"balance\": 100}"_s,
        u"{\"institutionLoginId\": 18446744073709551615}"_s,
        u"{\"displayPosition\": null, \"authorizationExpires\": null, \"number\": null}"_s,
        u"{\"realAccountNumberLast4\": \"9999\", \"accountNumberDisplay\": \"x9999\"}"_s,
        u"{\"customerId\": \" 1005061234 \"}"_s,
        u"{\"createdDate\": 1700000000.7}"_s,
        u"{\"createdDate\": -999999999999999}"_s,
        u"{\"balanceDate\": 999999999999999}"_s,
        u"{\"balanceDate\": 1000000000000000}"_s,
        u"{\"id\": 0, \"aggregationStatusCode\": -2147483648}"_s,
        u"{\"aggregationStatusCode\": 2147483648}"_s,
        // A byte order mark opening a value: Qt's parser drops it, and so must the strings made
        // for simdjson's path (StringArena).
        u"{\"number\": \"\\uFEFF201940541\", \"accountNumberDisplay\": \"\\uFEFF7528\", \"name\": \"\\uFEFF\u00c9pargne\"}"_s,
    };
    for (const QString &o : overrides)
        QTest::newRow(qPrintable(u"account "_s + o)) << accountJson(o);

    // Lists written by hand: what one account's object cannot show (the decoder compares each
    // key with the last account's at that position, reads typical accounts directly and odd
    // ones by the general rules, and reads every value it ignores).
    const QByteArray typical = QJsonDocument(accountObject()).toJson(QJsonDocument::Compact);
    const auto list = [](const QList<QByteArray> &accounts) {
        return "{\"accounts\":[" + accounts.join(',') + "]}";
    };
    const auto withExtra = [&typical](const QByteArray &field) {
        return typical.chopped(1) + ',' + field + '}';
    };
    QByteArray reversed = "{";
    const QJsonObject object = accountObject();
    for (qsizetype i = object.size() - 1; i >= 0; --i) {
        const QString key = object.keys().at(i);
        reversed += '"' + key.toUtf8() + "\":"
                    + QJsonDocument(QJsonArray{object.value(key)}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
                    + (i ? "," : "}");
    }
    QByteArray escapedKey = typical;
    escapedKey.replace("\"name\"", "\"n\\u0061me\"");
    QTest::newRow("keys in another order") << list({typical, reversed, typical});
    QTest::newRow("escaped key after a plain one") << list({typical, escapedKey, typical});
    QTest::newRow("duplicate key in an account") << list({typical, withExtra(R"("name":"Later")")});
    QTest::newRow("odd account between typical ones")
        << list({typical, withExtra(R"("balance":"1.5")"), typical, withExtra(R"("detail":{"a":1})")});
    QTest::newRow("failure after typical ones") << list({typical, typical, withExtra(R"("name":null)"), typical});
    // Logins taking turns: each account still lands in its own login, in the answer's order.
    const auto onLogin = [](const char *id, const char *login) {
        return QJsonDocument(accountObject(QStringLiteral(R"({"id":"%1","institutionLoginId":%2})")
                                               .arg(QLatin1String(id), QLatin1String(login))))
            .toJson(QJsonDocument::Compact);
    };
    QTest::newRow("logins taking turns") << list(
        {onLogin("5011648301", "1007302745"), onLogin("5011648302", "1007302999"), onLogin("5011648303", "1007302745"),
         onLogin("5011648304", "1007302999"), onLogin("5011648305", "1007302888"),
         onLogin("5011648306", "1007302745")});
    // Nothing of one account may stay in the next: optional fields present, then absent.
    QTest::newRow("optional fields, then none")
        << list({withExtra(R"("nickname":"Main","aggregationStatusCode":185,"displayPosition":2,)"
                           R"("realAccountNumberLast4":"7528","marketSegment":"personal","parentAccount":5011648300,)"
                           R"("aggregationSuccessDate":1607450357,"lastUpdatedDate":1607450357)"),
                 typical});
    // Strings are read in place between their quotes unless they hold an escape: spaces and
    // line breaks after the closing quote, escapes at either end, empty strings.
    QTest::newRow("indented, strings followed by spaces")
        << QJsonDocument(QJsonObject{{u"accounts"_s, QJsonArray{accountObject(), accountObject()}}})
               .toJson(QJsonDocument::Indented)
               .replace("\",", "\" \t\r\n ,");
    QTest::newRow("strings with escapes at their ends")
        << list({withExtra(R"("name":"Ends with a quote\"","nickname":"\\starts with a backslash\\",)"
                           R"("number":"\u0032\u0030194054","accountNumberDisplay":"x7528\/")")});
    QTest::newRow("empty strings") << list({withExtra(R"("name":"","nickname":"","number":"  ","currency":"")")});
    for (const char *invalid : {R"("x":nul)", R"("x":tru)", R"("x":01)", R"("x":[1,])", R"("x":{"a" 1})",
                                R"("x":"tab	inside")", R"("x":"\q")", R"("x":-)"})
        QTest::newRow(qPrintable(u"invalid ignored value "_s + QString::fromUtf8(invalid)))
            << list({withExtra(invalid)});
    // More than 19 significant digits: simdjson 3.0.1's get_number() read these as 0.
    QTest::newRow("long fraction") << list({withExtra(R"("balance":401.200000000000000000000006)")});
    QTest::newRow("long fraction for a date and an integer") << list(
        {withExtra(R"("balanceDate":1700000000.00000000000000000001,"displayPosition":2.000000000000000000000)")});
    // Qt refuses a number too small for a double; simdjson reads 0 (found by fuzz_decoders).
    QTest::newRow("underflow in an ignored value") << QByteArray("{\"\":9e-09797}");
    QTest::newRow("underflow for a balance") << list({withExtra(R"("balance":1e-400)")});
    QTest::newRow("zero with an exponent") << list({withExtra(R"("balance":0.000e-400)")});
    QTest::newRow("second object after the first") << QByteArray(R"({"accounts":[]}{})");
    QTest::newRow("ignored value 600 deep")
        << list({withExtra("\"x\":" + QByteArray(600, '[') + QByteArray(600, ']'))});
    QTest::newRow("ignored value 1100 deep")
        << list({withExtra("\"x\":" + QByteArray(1100, '[') + QByteArray(1100, ']'))});
    QTest::newRow("detail 1100 deep") << list(
        {withExtra("\"detail\":{\"x\":" + QByteArray(1100, '[') + QByteArray(1100, ']') + '}')});
    QTest::newRow("duplicate keys") << QByteArray(R"({"accounts":[],"accounts":[7]})");
    QTest::newRow("integer beyond 64 bits") << QByteArray(R"({"accounts":[{"id":123456789012345678901234567890}]})");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"accounts\":[{\"name\":\"\xff\xfe\"}]}");
    QTest::newRow("escaped key") << QByteArray(R"({"\u0061ccounts":3})");
    QTest::newRow("deep nesting") << QByteArray(2000, '[') + QByteArray(2000, ']');
    QTest::newRow("accounts null") << QByteArray(R"({"accounts":null})");
    QTest::newRow("item null") << QByteArray(R"({"accounts":[null]})");
    QTest::newRow("trailing garbage") << QByteArray(R"({"accounts":[]} x)");
    QTest::newRow("empty") << QByteArray("  ");
}

void TestSimdjsonAgrees::simdjsonAndQtAgree()
{
    QFETCH(QByteArray, body);
    const auto fast = AccountDecoder::decodeList(body);
    const auto reference = AccountDecoder::decodeListWithQt(body);
    const QString difference = differenceBetween(fast, reference);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // Read in place, as the client hands a received body over.
    const QString inPlace = differenceBetween(AccountDecoder::decodeList(asReceived(body)), reference);
    QVERIFY2(inPlace.isEmpty(), qPrintable(inPlace));
    // Grouped by login as it is read (the window's read of a customer), in place.
    const QString grouped = differenceBetween(AccountDecoder::decodeLogins(asReceived(body)), reference);
    QVERIFY2(grouped.isEmpty(), qPrintable(grouped));
}

QTEST_GUILESS_MAIN(TestSimdjsonAgrees)
#include "tst_simdjson_agrees.moc"
