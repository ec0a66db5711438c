#include "core/formats/rowjson.h"

#include "core/text/payloadtext.h"

#include <QJsonDocument>

QJsonObject RowJson::object(const StreamRow &row)
{
    if (row.datagram)
        return row.datagram->toJson();
    return QJsonObject{
        {QStringLiteral("slot"), row.slot},
        {QStringLiteral("seq"), double(row.sequence)},
        {QStringLiteral("time"), row.time().toString(Qt::ISODateWithMs)},
        {QStringLiteral("size"), row.payload.size()},
        {QStringLiteral("hex"), QString::fromLatin1(row.payload.toHex())},
        {QStringLiteral("text"), PayloadText::jsonText(row.payload)},
        {QStringLiteral("source"), QStringLiteral("local")},
    };
}

QByteArray RowJson::line(const StreamRow &row)
{
    if (row.datagram)
        return row.datagram->toJsonLine();
    return QJsonDocument(object(row)).toJson(QJsonDocument::Compact);
}
