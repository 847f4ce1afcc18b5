// Decoding: the spec's own example payloads decode to what they say; bad input gives a clear
// error naming the field, never a crash or a half-filled value.
#include "AccountJson.h"
#include "ReceivedBody.h"
#include "core/InstitutionHealth.h"
#include "decode/AccountDecoder.h"
#include "decode/ConnectLinkDecoder.h"
#include "decode/CustomerDecoder.h"
#include "decode/ErrorBodyDecoder.h"
#include "decode/InstitutionDecoder.h"
#include "sandbox/SandboxData.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString idOf(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString::number(qint64(v.toDouble()));
}

template <typename T> QString why(const Decoded<T> &decoded)
{
    return decoded.failure ? decoded.failure->text() : QString();
}

qint64 cents(const QJsonValue &v)
{
    return std::llround(v.toDouble() * 100);
}

} // namespace

class TestDecoding : public QObject
{
    Q_OBJECT
private slots:
    void specExamplesArePresent();
    void specExamples_data();
    void specExamples();
    void badInput_data();
    void badInput();
    void tolerantInput_data();
    void tolerantInput();
    void moneyIsExact();
    void detailFieldsAreTyped();
    void failureLeavesNothingHalfFilled();
    void listItemsWithDifferentKeysEachDecodeByTheirOwn();
    void decodedTextOutlivesItsAnswer();
    void errorBodies();
    void manyOddFieldsLogASummary();
    void connectLinks_data();
    void connectLinks();
    void institutionHealth_data();
    void institutionHealth();
};

void TestDecoding::specExamplesArePresent()
{
    // Written by the spec_examples test (a CTest fixture); at least one per status of each of
    // the fourteen operations.
    const QDir dir(QStringLiteral(SPEC_EXAMPLES_DIR));
    QVERIFY2(dir.entryList({u"*.json"_s}, QDir::Files).size() > 50,
             qPrintable(u"too few spec examples in "_s + dir.path() + u": run it through ctest"_s));
}

void TestDecoding::specExamples_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(SPEC_EXAMPLES_DIR));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestDecoding::specExamples()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray body = f.readAll();
    const QJsonObject example = QJsonDocument::fromJson(body).object();
    const QStringList parts = QFileInfo(file).fileName().split(u'.');
    const QString op = parts[0];
    const int status = parts[1].toInt();

    if (status >= 400) {
        const ErrorBody error = ErrorBodyDecoder::decode(body);
        if (example.contains("code"_L1))
            QCOMPARE(error.code, idOf(example.value("code"_L1)));
        if (example.contains("message"_L1))
            QCOMPARE(error.message, example.value("message"_L1).toString());
        return;
    }
    if (op == "CreateToken"_L1) {
        const auto decoded = TokenDecoder::decode(body);
        QVERIFY2(decoded.ok(), qPrintable(why(decoded)));
        QCOMPARE(decoded.value, example.value("token"_L1).toString());
    } else if (op == "GetCustomers"_L1) {
        const auto decoded = CustomerDecoder::decodePage(body);
        QVERIFY2(decoded.ok(), qPrintable(why(decoded)));
        const QJsonArray customers = example.value("customers"_L1).toArray();
        QCOMPARE(decoded.value.customers.size(), customers.size());
        QCOMPARE(decoded.value.customers.first().id, idOf(customers.first().toObject().value("id"_L1)));
        QCOMPARE(decoded.value.moreAvailable, example.value("moreAvailable"_L1).toBool());
    } else if (op == "GetCustomer"_L1) {
        const auto decoded = CustomerDecoder::decodeOne(body);
        QVERIFY2(decoded.ok(), qPrintable(why(decoded)));
        QCOMPARE(decoded.value.id, idOf(example.value("id"_L1)));
        QCOMPARE(decoded.value.createdDate.toSecsSinceEpoch(), example.value("createdDate"_L1).toString().toLongLong());
        QCOMPARE(decoded.value.createdDate.timeSpec(), Qt::UTC);
    } else if (op == "GetInstitution"_L1) {
        const auto decoded = InstitutionDecoder::decode(body);
        QVERIFY2(decoded.ok(), qPrintable(why(decoded)));
        const QJsonObject institution = example.value("institution"_L1).toObject();
        QCOMPARE(decoded.value.id, idOf(institution.value("id"_L1)));
        QCOMPARE(decoded.value.name, institution.value("name"_L1).toString());
    } else if (op == "GetCustomerAccount"_L1) {
        const auto decoded = AccountDecoder::decodeOne(body);
        QVERIFY2(decoded.ok(), qPrintable(why(decoded)));
        QCOMPARE(decoded.value.id, idOf(example.value("id"_L1)));
        QCOMPARE(decoded.value.detail.size(), example.value("detail"_L1).toObject().size());
        QCOMPARE(decoded.value.positions.size(), example.value("position"_L1).toArray().size());
    } else if (op.contains("Accounts"_L1)) {
        const auto decoded = AccountDecoder::decodeList(body);
        QVERIFY2(decoded.ok(), qPrintable(why(decoded)));
        const QJsonArray accounts = example.value("accounts"_L1).toArray();
        QCOMPARE(decoded.value.size(), accounts.size());
        const QJsonObject first = accounts.first().toObject();
        const Account &a = decoded.value.first();
        QCOMPARE(a.id, idOf(first.value("id"_L1)));
        QCOMPARE(a.institutionId, idOf(first.value("institutionId"_L1)));           // a string in the record
        QCOMPARE(a.institutionLoginId, idOf(first.value("institutionLoginId"_L1))); // a number in the record
        QCOMPARE(a.balance->minorUnits(), cents(first.value("balance"_L1)));
        QCOMPARE(a.createdDate.toSecsSinceEpoch(), qint64(first.value("createdDate"_L1).toDouble()));
        QCOMPARE(a.name, first.value("name"_L1).toString());
    } else if (op == "GenerateFixConnectUrl"_L1) {
        const auto decoded = ConnectLinkDecoder::decode(body);
        QVERIFY2(decoded.ok(), qPrintable(why(decoded)));
        QCOMPARE(decoded.value.link.toString(QUrl::FullyEncoded), example.value("link"_L1).toString());
    } else {
        QFAIL(qPrintable(u"no decoder for "_s + op));
    }
}

void TestDecoding::badInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QString>("expected");
    const qint64 big = kDefaultMaxBodyBytes;
    QTest::newRow("malformed JSON") << QByteArray("{\"accounts\": [") << big << u"not valid JSON"_s;
    QTest::newRow("HTML instead of JSON") << QByteArray("<html>Bad gateway</html>") << big << u"not valid JSON"_s;
    QTest::newRow("top level array") << QByteArray("[]") << big << u"expected a JSON object"_s;
    QTest::newRow("no accounts") << QByteArray("{}") << big << u"accounts: required field is missing"_s;
    QTest::newRow("accounts not array") << QByteArray("{\"accounts\": 3}") << big
                                        << u"accounts: expected an array, got a number"_s;
    QTest::newRow("item not object") << QByteArray("{\"accounts\": [7]}") << big
                                     << u"accounts[0]: expected an object, got a number"_s;
    QTest::newRow("name is a number") << accountJson(u"{\"name\": 12}"_s) << big
                                      << u"accounts[0].name: expected a string, got a number"_s;
    QTest::newRow("id missing") << accountJson(u"{\"id\": \"<remove>\"}"_s) << big
                                << u"accounts[0].id: required field is missing"_s;
    QTest::newRow("id with letters") << accountJson(u"{\"id\": \"50a1\"}"_s) << big
                                     << u"accounts[0].id: expected an id"_s;
    QTest::newRow("balance is a string") << accountJson(u"{\"balance\": \"401.26\"}"_s) << big
                                         << u"accounts[0].balance: expected a number, got a string"_s;
    QTest::newRow("date is text") << accountJson(u"{\"balanceDate\": \"yesterday\"}"_s) << big
                                  << u"accounts[0].balanceDate: expected epoch seconds"_s;
    QTest::newRow("currency missing") << accountJson(u"{\"currency\": \"<remove>\"}"_s) << big
                                      << u"accounts[0].currency: required field is missing"_s;
    QTest::newRow("over the size limit") << accountJson() << qint64(100) << u"exceeds the limit of 100 bytes"_s;
}

void TestDecoding::badInput()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, limit);
    QFETCH(QString, expected);
    const auto decoded = AccountDecoder::decodeList(body, limit);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.failure->text().contains(expected), qPrintable(why(decoded)));
    QVERIFY(decoded.value.isEmpty());
}

void TestDecoding::tolerantInput_data()
{
    QTest::addColumn<QString>("overrides");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("id as number") << u"{\"id\": 5011648377}"_s << u"id"_s << u"5011648377"_s;
    QTest::newRow("institutionId as number") << u"{\"institutionId\": 4222}"_s << u"institutionId"_s << u"4222"_s;
    QTest::newRow("login id as string") << u"{\"institutionLoginId\": \"1007302745\"}"_s << u"institutionLoginId"_s
                                        << u"1007302745"_s;
    QTest::newRow("code as string") << u"{\"aggregationStatusCode\": \"185\"}"_s << u"aggregationStatusCode"_s
                                    << u"185"_s;
    QTest::newRow("code as number") << u"{\"aggregationStatusCode\": 945}"_s << u"aggregationStatusCode"_s << u"945"_s;
    QTest::newRow("nickname missing") << u"{}"_s << u"nickname"_s << QString();
    QTest::newRow("nickname present") << u"{\"accountNickname\": \"Bills\"}"_s << u"nickname"_s << u"Bills"_s;
    QTest::newRow("null optional") << u"{\"balanceDate\": null, \"marketSegment\": null}"_s << u"marketSegment"_s
                                   << QString();
    QTest::newRow("unknown fields") << u"{\"brandNewField\": {\"x\": [1]}, \"another\": true}"_s << u"name"_s
                                    << u"Super Checking"_s;
}

void TestDecoding::tolerantInput()
{
    QFETCH(QString, overrides);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const auto decoded = AccountDecoder::decodeList(accountJson(overrides));
    QVERIFY2(decoded.ok(), qPrintable(why(decoded)));
    const Account &a = decoded.value.first();
    const QHash<QString, QString> fields = {
        {u"id"_s, a.id},
        {u"institutionId"_s, a.institutionId},
        {u"institutionLoginId"_s, a.institutionLoginId},
        {u"aggregationStatusCode"_s, a.aggregationStatusCode ? QString::number(*a.aggregationStatusCode) : QString()},
        {u"nickname"_s, a.nickname},
        {u"marketSegment"_s, a.marketSegment},
        {u"name"_s, a.name},
    };
    QCOMPARE(fields.value(field), expected);
}

void TestDecoding::moneyIsExact()
{
    QCOMPARE(Money::fromMajorUnits(0.1, u"USD"_s).minorUnits() + Money::fromMajorUnits(0.2, u"USD"_s).minorUnits(),
             Money::fromMajorUnits(0.3, u"USD"_s).minorUnits());
    QCOMPARE(Money::fromMajorUnits(1234567.89, u"USD"_s).toPlainString(), u"1234567.89"_s);
    QCOMPARE(Money::fromMajorUnits(-0.05, u"USD"_s).toPlainString(), u"-0.05"_s);
    QCOMPARE(Money::fromMajorUnits(1200, u"JPY"_s).toPlainString(), u"1200"_s);
    QCOMPARE(Money::fromMajorUnits(1.234, u"KWD"_s).minorUnits(), 1234);
    QCOMPARE(
        Money::fromMajorUnits(-98765.43, u"USD"_s).toDisplayString(QLocale(QLocale::English, QLocale::UnitedStates)),
        u"($98,765.43)"_s); // the locale's accounting form, digits exact
    QCOMPARE(Money::fromMajorUnits(-1234.5, u"USD"_s).toDisplayString(QLocale::c()), u"-$1,234.50"_s);
    QCOMPARE(Money::fromMajorUnits(10, u"EUR"_s).toDisplayString(QLocale(QLocale::German, QLocale::Germany)),
             u"10,00\u00a0€"_s);
    QVERIFY(!Money::fromMajorUnits(1e300, u"USD"_s).isValid());
    QVERIFY(Money::fromMajorUnits(5, u"USD"_s) < Money::fromMajorUnits(40, u"USD"_s));

    const auto decoded = AccountDecoder::decodeList(accountJson(u"{\"balance\": 0.3}"_s));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value.first().balance->minorUnits(), 30);
    const auto tooBig = AccountDecoder::decodeList(accountJson(u"{\"balance\": 1e300}"_s));
    QVERIFY(!tooBig.ok());
    QVERIFY2(tooBig.failure->text().contains(u"accounts[0].balance"_s), qPrintable(tooBig.failure->text()));
}

void TestDecoding::detailFieldsAreTyped()
{
    const QByteArray body = R"({"id":"1","accountNumberDisplay":"4242","name":"Card","type":"creditCard",
        "status":"active","customerId":"2","institutionId":"3","createdDate":1,"currency":"USD",
        "institutionLoginId":4,"detail":{"creditMaxAmount":7000,"paymentDueDate":1607450357,
        "interestRate":"15.789","periodInterestRate":13.245,"marginAllowed":true},
        "position":[{"id":9,"symbol":"VTI","units":12.5,"currentPrice":268.41,"marketValue":3355.13,
        "securityIdType":"CUSIP"}]})";
    const auto decoded = AccountDecoder::decodeOne(body);
    QVERIFY2(decoded.ok(), qPrintable(why(decoded)));
    QHash<QString, QVariant> detail;
    for (const AccountField &f : decoded.value.detail)
        detail.insert(f.key, f.value);
    QCOMPARE(detail[u"creditMaxAmount"_s].value<Money>().minorUnits(), 700000);
    QCOMPARE(detail[u"paymentDueDate"_s].toDateTime(), QDateTime::fromSecsSinceEpoch(1607450357, Qt::UTC));
    QCOMPARE(detail[u"interestRate"_s].toString(), u"15.789"_s);
    QCOMPARE(detail[u"periodInterestRate"_s].typeId(), QMetaType::Double);
    QCOMPARE(detail[u"marginAllowed"_s].toBool(), true);
    const Position &p = decoded.value.positions.first();
    QCOMPARE(p.symbol, u"VTI"_s);
    QCOMPARE(*p.units, 12.5);
    QCOMPARE(p.marketValue->minorUnits(), 335513);
    QCOMPARE(p.otherFields.size(), 1); // securityIdType
}

void TestDecoding::failureLeavesNothingHalfFilled()
{
    // The second account is bad: no partial list of one account comes back.
    QJsonObject good = QJsonDocument::fromJson(accountJson()).object()["accounts"_L1].toArray().first().toObject();
    QJsonObject bad = good;
    bad.insert(u"type"_s, QJsonArray{});
    const QByteArray body = QJsonDocument(QJsonObject{{u"accounts"_s, QJsonArray{good, bad}}}).toJson();
    const auto decoded = AccountDecoder::decodeList(body);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.failure->path, u"accounts[1].type"_s);
    QVERIFY(decoded.value.isEmpty());
}

void TestDecoding::decodedTextOutlivesItsAnswer()
{
    // Decoded accounts' strings share blocks of memory (StringArena). An account the window keeps
    // (the one shown in details) must keep its text whole after the answer it came in is gone,
    // and editing one string must never show in another.
    QJsonArray items;
    const QString longName = u"Compte à vue "_s.repeated(60); // longer than a block takes
    for (int i = 0; i < 400; ++i) {                           // more than one block's worth
        QJsonObject item = accountObject();
        item[u"id"_s] = QString::number(5011648000LL + i);
        item[u"number"_s] = u"xxxx"_s + QString::number(1000 + i);
        item[u"accountNumberDisplay"_s] = QString::number(1000 + i);
        item[u"realAccountNumberLast4"_s] = QString::number(1000 + i);
        item[u"name"_s] = i == 7 ? longName : u"Épargne n°"_s + QString::number(i) + u" 💶"_s;
        items.append(item);
    }
    const QByteArray body = QJsonDocument(QJsonObject{{u"accounts"_s, items}}).toJson(QJsonDocument::Compact);
    Account kept;
    Account neighbour;
    Account longOne;
    {
        const auto decoded = AccountDecoder::decodeLogins(asReceived(body));
        QVERIFY2(decoded.ok(), qPrintable(why(decoded)));
        QCOMPARE(decoded.value.size(), 1);
        const QList<Account> &accounts = decoded.value.first().accounts;
        QCOMPARE(accounts.size(), 400);
        kept = accounts[200];
        neighbour = accounts[201];
        longOne = accounts[7];
    }
    QCOMPARE(kept.id, u"5011648200"_s);
    QCOMPARE(kept.number, u"xxxx1200"_s);
    QCOMPARE(kept.accountNumberDisplay, u"1200"_s);
    QCOMPARE(kept.realAccountNumberLast4, u"1200"_s);
    QCOMPARE(kept.name, u"Épargne n°200 💶"_s);
    QCOMPARE(longOne.name, longName);
    // Terminated where it ends, as every QString is: what utf16() hands to C functions.
    for (const QString *text : {&kept.id, &kept.number, &kept.name, &neighbour.id})
        QCOMPARE(text->utf16()[text->size()], u'\0');
    kept.id.append(u"-edited"_s);
    kept.name[0] = u'e';
    QCOMPARE(kept.id, u"5011648200-edited"_s);
    QCOMPARE(neighbour.id, u"5011648201"_s);
    QCOMPARE(neighbour.number, u"xxxx1201"_s);
    QCOMPARE(neighbour.name, u"Épargne n°201 💶"_s);
    Account copy = neighbour;
    copy.number.prepend(u"+"_s);
    QCOMPARE(neighbour.number, u"xxxx1201"_s);
    QCOMPARE(copy.number, u"+xxxx1201"_s);
}

void TestDecoding::listItemsWithDifferentKeysEachDecodeByTheirOwn()
{
    // The decoder names a list's keys once while they stay the same; an item with as many keys
    // but other names, or with fewer, must still be read by its own keys.
    const QJsonArray items{
        accountObject(u"{\"accountNickname\": \"First\"}"_s),
        accountObject(
            u"{\"number\": \"<remove>\", \"marketSegment\": \"business\", \"accountNickname\": \"Second\"}"_s),
        accountObject(u"{\"accountNickname\": \"Third\", \"number\": \"333\", \"balance\": 3.5}"_s),
        accountObject(),
    };
    QCOMPARE(items[0].toObject().size(), items[1].toObject().size());
    const auto decoded =
        AccountDecoder::decodeList(QJsonDocument(QJsonObject{{u"accounts"_s, items}}).toJson(QJsonDocument::Compact));
    QVERIFY2(decoded.ok(), qPrintable(why(decoded)));
    QCOMPARE(decoded.value.size(), 4);
    const Account &first = decoded.value[0];
    QCOMPARE(first.nickname, u"First"_s);
    QCOMPARE(first.number, u"201940541"_s);
    QCOMPARE(first.marketSegment, QString());
    const Account &second = decoded.value[1];
    QCOMPARE(second.nickname, u"Second"_s);
    QCOMPARE(second.number, QString());
    QCOMPARE(second.marketSegment, u"business"_s);
    QCOMPARE(second.balance->minorUnits(), 40126);
    const Account &third = decoded.value[2];
    QCOMPARE(third.nickname, u"Third"_s);
    QCOMPARE(third.number, u"333"_s);
    QCOMPARE(third.balance->minorUnits(), 350);
    QCOMPARE(third.marketSegment, QString());
    const Account &fourth = decoded.value[3];
    QCOMPARE(fourth.nickname, QString());
    QCOMPARE(fourth.name, u"Super Checking"_s);
    QCOMPARE(fourth.institutionLoginId, u"1007302745"_s);
}

void TestDecoding::errorBodies()
{
    QCOMPARE(ErrorBodyDecoder::decode(R"({"code": 14001, "message": "Customer not found."})").code, u"14001"_s);
    QCOMPARE(ErrorBodyDecoder::decode(R"({"code": "38003", "message": "x"})").code, u"38003"_s);
    const ErrorBody plain = ErrorBodyDecoder::decode("Unauthorized\n");
    QVERIFY(plain.code.isEmpty());
    QCOMPARE(plain.message, u"Unauthorized"_s);
    QCOMPARE(ErrorBodyDecoder::decode(R"({"code": "10010", "user_message": "Check the data."})").message,
             u"Check the data."_s);
    QVERIFY(!TokenDecoder::decode(R"({"token": ""})").ok());
}

namespace {
QStringList decodeLog;
void captureDecodeLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QLatin1String(context.category) == QLatin1String("console.decode"))
        decodeLog.append(message);
}
} // namespace

// 500 accounts whose balance date no QDateTime can hold: all decode, with the date unknown, and
// the log names the first ten and counts the rest instead of writing 500 lines.
void TestDecoding::manyOddFieldsLogASummary()
{
    QJsonArray accounts;
    for (int i = 0; i < 500; ++i) {
        QJsonObject account = accountObject(u"{\"balanceDate\": 1e300}"_s);
        account.insert(u"id"_s, QString::number(5011648000LL + i));
        accounts.append(account);
    }
    const QByteArray body = QJsonDocument(QJsonObject{{u"accounts"_s, accounts}}).toJson();
    decodeLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureDecodeLog);
    const auto decoded = AccountDecoder::decodeList(body);
    qInstallMessageHandler(previous);
    QVERIFY2(decoded.ok(), qPrintable(why(decoded)));
    QCOMPARE(decoded.value.size(), 500);
    QVERIFY(!decoded.value.last().balanceDate.isValid());
    QCOMPARE(decodeLog.size(), 11);
    QVERIFY2(decodeLog.first().contains(u"accounts[0].balanceDate: shown as unknown"_s), qPrintable(decodeLog.first()));
    QVERIFY2(decodeLog.last().contains(u"490 more fields shown as unknown"_s), qPrintable(decodeLog.last()));
}

void TestDecoding::connectLinks_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expires"); // ISO UTC, empty when none
    QTest::newRow("the spec's example shape") << QByteArray(
        R"({"link":"https://connect2.finicity.com?customerId=1&origin=url&partnerId=2&signature=ab&timestamp=1648050761908&ttl=1648057961908&type=fix"})")
                                              << true << u"2022-03-23T17:52:41.908Z"_s;
    QTest::newRow("no ttl: a link without a stated expiry")
        << QByteArray(R"({"link":"https://connect2.finicity.com?customerId=1"})") << true << QString();
    QTest::newRow("nonsense ttl is ignored")
        << QByteArray(R"({"link":"https://connect2.finicity.com?ttl=99999999999999999999"})") << true << QString();
    QTest::newRow("javascript: is no link to hand out")
        << QByteArray(R"j({"link":"javascript:alert(1)"})j") << false << QString();
    QTest::newRow("a file path is no link") << QByteArray(R"({"link":"file:///etc/passwd"})") << false << QString();
    QTest::newRow("relative") << QByteArray(R"({"link":"/connect?x=1"})") << false << QString();
    QTest::newRow("missing") << QByteArray(R"({"url":"https://x.example"})") << false << QString();
    QTest::newRow("not a string") << QByteArray(R"({"link":42})") << false << QString();
}

void TestDecoding::connectLinks()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, expires);
    const auto decoded = ConnectLinkDecoder::decode(body);
    QCOMPARE(decoded.ok(), ok);
    if (!ok) {
        QVERIFY(decoded.failure->text().contains(u"link"_s));
        QVERIFY(decoded.value.link.isEmpty());
        return;
    }
    QCOMPARE(decoded.value.expires.isValid() ? decoded.value.expires.toString(Qt::ISODateWithMs) : QString(), expires);
}

void TestDecoding::institutionHealth_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("explanationHas");
    const auto body = [](const char *status, const char *transAgg) {
        QByteArray b = R"({"institution":{"id":101732,"name":"FinBank","status":")" + QByteArray(status) + '"';
        if (transAgg)
            b += R"(,"productionStatus":{"overallStatus":"online","transAgg":")" + QByteArray(transAgg) + R"("})";
        return b + "}}";
    };
    using L = InstitutionHealth::Level;
    QTest::newRow("online") << body("online", nullptr) << int(L::Online) << QString();
    QTest::newRow("online, aggregation online") << body("online", "online") << int(L::Online) << QString();
    QTest::newRow("maintenance") << body("maintenance", nullptr) << int(L::Down)
                                 << u"FinBank is in maintenance: a refresh now will probably fail"_s;
    QTest::newRow("offline") << body("offline", nullptr) << int(L::Down) << u"FinBank is offline"_s;
    QTest::newRow("beta") << body("beta", nullptr) << int(L::Limited) << u"still being tested"_s;
    QTest::newRow("migrating") << body("migrating", nullptr) << int(L::Limited) << u"being changed"_s;
    QTest::newRow("online but aggregation offline")
        << body("online", "offline") << int(L::Down) << u"Aggregation from FinBank is offline"_s;
    QTest::newRow("online but aggregation investigated")
        << body("online", "investigating") << int(L::Limited) << u"investigating"_s;
    QTest::newRow("a status the console does not know") << body("sparkling", nullptr) << int(L::Unknown) << QString();
}

void TestDecoding::institutionHealth()
{
    QFETCH(QByteArray, body);
    QFETCH(int, level);
    QFETCH(QString, explanationHas);
    const auto decoded = InstitutionDecoder::decode(body);
    QVERIFY2(decoded.ok(), qPrintable(why(decoded)));
    QCOMPARE(int(InstitutionHealth::levelOf(decoded.value)), level);
    const QString explanation = InstitutionHealth::explanation(decoded.value);
    if (explanationHas.isEmpty()) {
        QVERIFY2(explanation.isEmpty(), qPrintable(explanation));
        QVERIFY(InstitutionHealth::badge(decoded.value).isEmpty());
    } else {
        QVERIFY2(explanation.contains(explanationHas), qPrintable(explanation));
        QVERIFY(!InstitutionHealth::badge(decoded.value).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestDecoding)
#include "tst_decoding.moc"
