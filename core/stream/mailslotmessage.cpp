#include "core/stream/mailslotmessage.h"

#include "core/text/payloadtext.h"

#include <QJsonValue>

#include <atomic>

quint64 MailslotMessage::nextSequence()
{
    static std::atomic<quint64> counter{0};
    return counter.fetch_add(1, std::memory_order_relaxed) + 1;
}

QJsonObject MailslotMessage::toJson() const
{
    QJsonObject object{
        {QStringLiteral("slot"), slot},
        {QStringLiteral("seq"), double(sequence)},
        {QStringLiteral("time"), timestamp.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("size"), payload.size()},
        {QStringLiteral("hex"), QString::fromLatin1(payload.toHex())},
        {QStringLiteral("text"), PayloadText::jsonText(payload)},
        {QStringLiteral("source"), source},
    };
    if (sourcePort)
        object.insert(QStringLiteral("sourcePort"), sourcePort);
    if (!sourceName.isEmpty())
        object.insert(QStringLiteral("sourceName"), sourceName);
    if (isNetwork()) {
        object.insert(QStringLiteral("destinationName"), destinationName);
        object.insert(QStringLiteral("class"), mailslotClass);
        object.insert(QStringLiteral("priority"), priority);
        object.insert(QStringLiteral("delivered"), delivered);
        object.insert(QStringLiteral("malformed"), malformed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(malformed));
        object.insert(QStringLiteral("decoded"), decodedKind.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(decoded));
    }
    return object;
}
