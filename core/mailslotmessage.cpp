#include "mailslotmessage.h"

#include "payloadtext.h"

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
    return object;
}
