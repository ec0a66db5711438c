#include "core/formats/rowjson.h"

#include "core/text/payloadtext.h"

#include <QJsonDocument>

QJsonObject RowJson::object(const StreamRow &row)
{
    if (row.datagram)
        return row.datagram->toJson();
    QJsonObject object{
        {QStringLiteral("slot"), row.slot},
        {QStringLiteral("seq"), double(row.sequence)},
        {QStringLiteral("time"), row.time().toString(Qt::ISODateWithMs)},
        {QStringLiteral("size"), row.payload.size()},
        {QStringLiteral("hex"), QString::fromLatin1(row.payload.toHex())},
        {QStringLiteral("text"), PayloadText::jsonText(row.payload)},
        {QStringLiteral("source"), QStringLiteral("local")},
    };
    if (row.sender)
        addSender(*row.sender, &object);
    return object;
}

void RowJson::addSender(const RowSender &sender, QJsonObject *object)
{
    // A tapped message: its writer, and where the bridge got it from ("source": "network").
    if (sender.pid != 0)
        object->insert(QStringLiteral("pid"), double(sender.pid));
    if (!sender.origin)
        return;
    object->insert(QStringLiteral("source"), QStringLiteral("network"));
    object->insert(QStringLiteral("srcIp"), sender.origin->address);
    object->insert(QStringLiteral("srcPort"), sender.origin->port);
    object->insert(QStringLiteral("sourceName"), sender.origin->netbiosName);
    object->insert(QStringLiteral("msgType"), sender.origin->datagramType);
}

QByteArray RowJson::line(const StreamRow &row)
{
    if (row.datagram)
        return row.datagram->toJsonLine();
    return QJsonDocument(object(row)).toJson(QJsonDocument::Compact);
}
