// libFuzzer harness: every decoder of the client on the same bytes. A decoder may refuse the input,
// never crash, hang, leak or invoke undefined behaviour (the build adds ASan and UBSan).
#include "../ReceivedBody.h"
#include "../SameAccounts.h"
#include "decode/AccountDecoder.h"
#include "decode/ArrivingAccountList.h"
#include "decode/ConnectLinkDecoder.h"
#include "decode/CustomerDecoder.h"
#include "decode/ErrorBodyDecoder.h"
#include "decode/InstitutionDecoder.h"
#include "decode/SplitAccountList.h"

#include <QByteArray>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Degraded fields log a line each: quiet, or the fuzzer spends its time printing.
    QLoggingCategory::setFilterRules(QStringLiteral("console.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto list = AccountDecoder::decodeList(body);
    if (!list.ok() && !list.value.isEmpty())
        __builtin_trap(); // a failed decode must never yield a half-filled list
    // simdjson's parse, read by the same rules, agrees with Qt's on every input.
    const auto reference = AccountDecoder::decodeListWithQt(body);
    if (!differenceBetween(list, reference).isEmpty())
        __builtin_trap();
    // The same bytes read in place, as ApiJob hands them over.
    const QByteArray received = asReceived(body);
    if (!differenceBetween(AccountDecoder::decodeList(received), reference).isEmpty())
        __builtin_trap();
    // Grouped by login as it is read, as the window reads a customer.
    const auto logins = AccountDecoder::decodeLogins(received);
    if (!differenceBetween(logins, reference).isEmpty() || (!logins.ok() && !logins.value.isEmpty()))
        __builtin_trap();
    // Cut and read in parts, as the window reads a large answer: in two from its middle, in two
    // from a place the input names (its first byte), and at every gap on one thread: never an
    // answer the whole read does not give.
    const auto cutFrom = [&](qsizetype from) {
        const auto cut = SplitAccountList::cutAfter(received, from);
        return cut ? QList<SplitAccountList::Cut>{*cut} : QList<SplitAccountList::Cut>{};
    };
    const auto agrees = [&](const std::optional<QList<InstitutionLogin>> &parts) {
        return !parts || differenceBetween(Decoded<QList<InstitutionLogin>>{*parts, {}}, reference).isEmpty();
    };
    using SplitAccountList::Threads;
    for (const qsizetype from : {received.size() / 2, size ? qsizetype(data[0]) * received.size() / 256 : 0}) {
        if (!agrees(SplitAccountList::decodeLogins(received, cutFrom(from), Threads::Two)))
            __builtin_trap();
    }
    if (!agrees(SplitAccountList::decodeLogins(received, SplitAccountList::cutsEvery(received, 1), Threads::One)))
        __builtin_trap();
    // Read while it arrives, in two pieces split where the input names (its second byte), each
    // gap a part: never an answer the whole read does not give.
    {
        ArrivingAccountList arriving(1);
        arriving.received(received.first(size > 1 ? qsizetype(data[1]) * received.size() / 256 : 0));
        arriving.received(received);
        if (arriving.started() && !agrees(arriving.finisher()(received)))
            __builtin_trap();
    }
    AccountDecoder::decodeOne(body);
    CustomerDecoder::decodePage(body);
    CustomerDecoder::decodeOne(body);
    InstitutionDecoder::decode(body);
    ErrorBodyDecoder::decode(body);
    TokenDecoder::decode(body);
    const auto link = ConnectLinkDecoder::decode(body);
    if (link.ok() && !link.value.link.isValid())
        __builtin_trap(); // a decoded link is always one the agent can hand out
    return 0;
}
