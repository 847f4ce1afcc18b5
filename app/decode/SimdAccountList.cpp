#include "SimdAccountList.h"

#include "AccountDecoder.h"
#include "JsonReader.h"
#include "JsonSlots.h"
#include "SimdValue.h"
#include "TypicalAccountReader.h"

#include <QCoreApplication>

#include <utility>

#include <simdjson.h>

using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;
using simdjson::error_code;

namespace {

using SimdValue::typeName;
using SimdValue::validate;

// Where the reader puts each account it reads: into one list, or straight into the logins the
// accounts belong to.
struct FlatAccounts
{
    QList<Account> list;
    Account &slot() { return list.emplace_back(); }
    void commit() {}
    void clear() { list.clear(); }
    QList<Account> take()
    {
        list.squeeze(); // grown by doubling: what is not used goes back
        return std::exchange(list, {});
    }
};

struct GroupedAccounts
{
    LoginGrouping grouping;
    Account &slot() { return grouping.next(); }
    void commit() { grouping.place(); }
    void clear() { grouping = LoginGrouping(); }
    QList<InstitutionLogin> take() { return grouping.take(); }
};

// Reads the "accounts" array into `out`, or its failure; any JSON error is returned, and then
// the caller hands the body to Qt.
template <typename Out> class AccountArrayReader
{
public:
    AccountArrayReader()
        : m_slots(AccountDecoder::accountKeys())
    {}

    struct Result
    {
        Out &value;
        std::optional<DecodeFailure> &failure;
    };

    // `appends`: the list goes on from the last part's (PartReader); otherwise, as in a
    // QJsonObject, a later "accounts" member replaces an earlier one.
    error_code read(od::value &value, Result result, bool appends = false)
    {
        if (!appends) {
            result.value.clear();
            result.failure.reset();
        }
        od::json_type type;
        if (const error_code error = value.type().get(type))
            return error;
        if (type != od::json_type::array) {
            result.failure = DecodeFailure{
                m_path, QCoreApplication::translate("JsonReader", "expected an array, got %1").arg(typeName(type))};
            return validate(value, 1);
        }
        od::array array;
        if (const error_code error = value.get_array().get(array))
            return error;
        qsizetype index = 0;
        for (auto element : array) {
            od::value item;
            if (const error_code error = element.get(item))
                return error;
            if (result.failure) { // the answer is refused; the rest must still be valid JSON
                if (const error_code error = validate(item, 2))
                    return error;
                continue;
            }
            if (const error_code error = readItem(item, index++, result))
                return error;
        }
        return simdjson::SUCCESS;
    }

private:
    error_code readItem(od::value &item, qsizetype index, Result &result)
    {
        od::json_type type;
        if (const error_code error = item.type().get(type))
            return error;
        if (type != od::json_type::object) {
            result.failure = DecodeFailure{
                m_path + u'[' + QString::number(index) + u']',
                QCoreApplication::translate("JsonReader", "expected an object, got %1").arg(typeName(type))};
            return validate(item, 2);
        }
        od::object object;
        if (const error_code error = item.get_object().get(object))
            return error;
        for (RawField &field : m_fields)
            field.kind = RawField::Kind::Absent;
        size_t position = 0;
        for (auto member : object) {
            od::field field;
            if (const error_code error = std::move(member).get(field))
                return error;
            int slot = -1;
            if (const error_code error = slotOf(field, position++, slot))
                return error;
            // As a QJsonObject would, the last of duplicate keys wins.
            const error_code error =
                slot < 0 ? validate(field.value(), 3) : SimdValue::read(field.value(), m_fields[size_t(slot)]);
            if (error)
                return error;
        }
        Account &account = result.value.slot();
        if (!m_typical.read(m_fields, account))
            account = readByGeneralRules(index, result.failure);
        result.value.commit();
        return simdjson::SUCCESS;
    }

    // The slot of the object's position-th key: accounts name their fields in the same order, so
    // the key is compared in place with the last account's at that position, without unescaping.
    error_code slotOf(od::field &field, size_t position, int &slot)
    {
        if (position < m_order.size() && m_order[position].first
            && field.key().unsafe_is_equal(*m_order[position].first)) {
            slot = m_order[position].second;
            return simdjson::SUCCESS;
        }
        std::string_view key;
        if (const error_code error = field.unescaped_key().get(key))
            return error;
        slot = m_slots.slotOf(key);
        if (position >= m_order.size())
            m_order.resize(position + 1);
        // A key with a backslash or a quote cannot be compared with the raw text.
        auto &[known, knownSlot] = m_order[position];
        if (key.find_first_of("\\\"") == std::string_view::npos)
            known.emplace(key);
        else
            known.reset();
        knownSlot = slot;
        return simdjson::SUCCESS;
    }

    Account readByGeneralRules(qsizetype index, std::optional<DecodeFailure> &failure)
    {
        for (size_t slot = 0; slot < m_fields.size(); ++slot)
            m_slots.at(int(slot)) = m_fields[slot].toFieldValue();
        JsonReader reader(m_slots, m_path, failure, index);
        return AccountDecoder::readAccount(reader, failure);
    }

    const QString m_path = u"accounts"_s;
    JsonSlots m_slots;
    std::vector<std::pair<std::optional<std::string>, int>> m_order; // position -> key, slot
    TypicalAccountReader::Fields m_fields;
    TypicalAccountReader m_typical;
};

// Lets go of a parser's buffers after an answer larger than is worth keeping them for.
class ParserRelease
{
public:
    explicit ParserRelease(od::parser &parser)
        : m_parser(parser)
    {}
    ~ParserRelease()
    {
        constexpr size_t kKeptCapacity = 16 * 1024 * 1024;
        if (m_parser.capacity() > kKeptCapacity)
            m_parser = od::parser{};
    }
    Q_DISABLE_COPY_MOVE(ParserRelease)

private:
    od::parser &m_parser;
};

} // namespace

namespace SimdAccountList {

static_assert(kPadding >= simdjson::SIMDJSON_PADDING);

namespace {

// One parser per decoding thread, kept between answers: its index is the largest block a decode
// needs, and faulting it in again for each answer cost 1 to 3 ms of the 10,000-account decode's
// 15 (bench_decode). One grown for a very large answer does not stay: kept after the
// 100,000-account one, it held 60 MB resident (its index, 4 bytes per token) for 30 s. Large
// answers are read in parts now (SplitAccountList), so that is left to a body that cannot be cut.
od::parser &threadParser()
{
    thread_local od::parser parser;
    return parser;
}

// Reads the body's top-level object into `out` with `accounts`; false when simdjson cannot parse
// it (the caller then asks Qt). With `shape`, the decode is quiet (fields shown as unknown are
// counted, not logged), says how the top level held the list, and adds to what `out` holds.
template <typename Out>
bool readRoot(simdjson::padded_string_view padded, AccountArrayReader<Out> &accounts, Out &out,
              std::optional<DecodeFailure> &failure, RootShape *shape = nullptr)
{
    od::parser &parser = threadParser();
    const ParserRelease release(parser);
    od::document document;
    od::object root;
    if (parser.iterate(padded).get(document) || document.get_object().get(root))
        return false; // Qt's words for what is no JSON object
    const JsonReader::DecodeScope scope(shape ? JsonReader::DecodeScope::Log::Quiet
                                              : JsonReader::DecodeScope::Log::Degraded);
    bool found = false;
    for (auto member : root) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || field.unescaped_key().get(key))
            return false;
        const bool isAccounts = key == "accounts";
        found = found || isAccounts;
        if (shape) {
            shape->accountsKeys += isAccounts ? 1 : 0;
            shape->accountsLast = isAccounts;
        }
        if (isAccounts ? accounts.read(field.value(), {out, failure}, shape != nullptr) : validate(field.value(), 1))
            return false;
    }
    const char *end = nullptr;
    if (document.current_location().get(end) != simdjson::OUT_OF_BOUNDS)
        return false; // something after the object
    if (!found)
        failure = DecodeFailure{u"accounts"_s, QCoreApplication::translate("JsonReader", "required field is missing")};
    if (shape) {
        shape->degraded = JsonReader::degradedInDecode();
        shape->failed = failure.has_value();
    } else if (failure) {
        out.clear();
    }
    return true;
}

// Reads the body into `out`; false when simdjson cannot parse it (the caller then asks Qt).
template <typename Out>
bool decodeInto(const QByteArray &body, qint64 maxBytes, Out &out, std::optional<DecodeFailure> &failure)
{
    if (!JsonReader::acceptBody(body, maxBytes, failure))
        return true;
    // simdjson reads up to 64 bytes past the end: in place when the body has that much room to
    // spare (ApiJob reserves it), otherwise from a padded copy.
    std::optional<simdjson::padded_string> copy;
    simdjson::padded_string_view padded;
    if (body.capacity() - body.size() >= kPadding) {
        padded = simdjson::padded_string_view(body.constData(), size_t(body.size()), size_t(body.capacity()));
    } else {
        copy.emplace(body.constData(), size_t(body.size()));
        padded = *copy;
    }
    AccountArrayReader<Out> accounts;
    return readRoot(padded, accounts, out, failure);
}

template <typename T, typename Out> std::optional<Decoded<T>> decodeAs(const QByteArray &body, qint64 maxBytes)
{
    Out out;
    Decoded<T> result;
    if (!decodeInto(body, maxBytes, out, result.failure))
        return std::nullopt;
    result.value = out.take();
    return result;
}

} // namespace

std::optional<Decoded<QList<Account>>> decode(const QByteArray &body, qint64 maxBytes)
{
    return decodeAs<QList<Account>, FlatAccounts>(body, maxBytes);
}

std::optional<Decoded<QList<InstitutionLogin>>> decodeLogins(const QByteArray &body, qint64 maxBytes)
{
    return decodeAs<QList<InstitutionLogin>, GroupedAccounts>(body, maxBytes);
}

struct PartReader::Private
{
    std::string text; // kept: each part is copied where the last one was
    GroupedAccounts out;
    AccountArrayReader<GroupedAccounts> accounts;
};

PartReader::PartReader()
    : d(std::make_unique<Private>())
{}

PartReader::~PartReader() = default;

std::optional<RootShape> PartReader::read(std::string_view head, std::string_view bytes, std::string_view tail)
{
    std::string &text = d->text;
    text.clear();
    text.reserve(head.size() + bytes.size() + tail.size() + size_t(kPadding));
    text.append(head).append(bytes).append(tail);
    RootShape shape;
    std::optional<DecodeFailure> failure;
    if (!readRoot(simdjson::padded_string_view(text.data(), text.size(), text.capacity()), d->accounts, d->out, failure,
                  &shape))
        return std::nullopt;
    return shape;
}

QList<InstitutionLogin> PartReader::take()
{
    return d->out.take();
}

} // namespace SimdAccountList
