#include "core/formats/rowjson.h"

#include "core/formats/sessioncomment.h"
#include "core/text/payloadtext.h"

#include <QJsonDocument>

QJsonObject RowJson::object(const StreamRow &row)
{
    QJsonObject object = row.datagram ? row.datagram->toJson()
                                      : QJsonObject{
                                            {QStringLiteral("slot"), row.slot},
                                            {QStringLiteral("seq"), double(row.sequence)},
                                            {QStringLiteral("time"), row.time().toString(Qt::ISODateWithMs)},
                                            {QStringLiteral("size"), row.payload.size()},
                                            {QStringLiteral("hex"), QString::fromLatin1(row.payload.toHex())},
                                            {QStringLiteral("text"), PayloadText::jsonText(row.payload)},
                                            {QStringLiteral("source"), QStringLiteral("local")},
                                        };
    if (!row.datagram && row.sender())
        addSender(*row.sender(), &object);
    if (!row.seenOn().isEmpty())
        object.insert(QStringLiteral("host"), row.seenOn());
    if (const RowProvenance *p = row.provenance()) {
        if (p->writerPid && !object.contains(QStringLiteral("pid")))
            object.insert(QStringLiteral("pid"), double(p->writerPid));
        if (p->savedOrigin) {
            object.insert(QStringLiteral("savedOrigin"), SessionComment::originKey(*p->savedOrigin));
            object.insert(QStringLiteral("savedSeq"), double(p->savedSequence));
        }
    }
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
    if (row.datagram && !row.hasExtras())
        return row.datagram->toJsonLine();
    return QJsonDocument(object(row)).toJson(QJsonDocument::Compact);
}

QByteArray RowJson::sessionLine(const StreamRow &row)
{
    QJsonObject o = object(row);
    o.insert(QStringLiteral("origin"), SessionComment::originKey(row.origin));
    o.insert(QStringLiteral("seq"), double(row.sequence));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
