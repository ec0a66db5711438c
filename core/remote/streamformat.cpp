#include "core/remote/streamformat.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonObject objectOf(QByteArrayView line)
{
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray());
    return document.isObject() ? document.object() : QJsonObject();
}
} // namespace

QByteArray StreamFormat::headerLine(const Header &header)
{
    const QJsonObject object{
        {QStringLiteral("format"), QLatin1String(kName)},
        {QStringLiteral("version"), header.version},
        {QStringLiteral("host"), header.host},
        {QStringLiteral("mailslot"), header.mailslot},
        {QStringLiteral("command"), QJsonArray::fromStringList(header.command)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

StreamFormat::Header StreamFormat::localHeader(const QStringList &command)
{
    Header header;
    header.host = QHostInfo::localHostName();
    header.mailslot = QCoreApplication::applicationVersion();
    header.command = command;
    return header;
}

bool StreamFormat::isHeader(QByteArrayView line)
{
    // Cheap test first: rows never hold the key "format".
    if (!line.startsWith('{') || line.indexOf(QByteArrayView("\"format\"")) < 0)
        return false;
    return objectOf(line).value(QStringLiteral("format")).toString() == QLatin1String(kName);
}

std::optional<StreamFormat::Header> StreamFormat::parseHeader(QByteArrayView line, QString *problem)
{
    const QJsonObject object = objectOf(line);
    if (object.value(QStringLiteral("format")).toString() != QLatin1String(kName)) {
        *problem = tr("the first line is not a %1 header").arg(QLatin1String(kName));
        return std::nullopt;
    }
    const QJsonValue version = object.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() < 1) {
        *problem = tr("the header's version is missing or not a positive number");
        return std::nullopt;
    }
    if (version.toInt() > kVersion) {
        *problem = tr("the stream is version %1 of the format; this mailslot reads up to version %2")
                       .arg(version.toInt())
                       .arg(kVersion);
        return std::nullopt;
    }
    Header header;
    header.version = version.toInt();
    header.host = object.value(QStringLiteral("host")).toString();
    header.mailslot = object.value(QStringLiteral("mailslot")).toString();
    const QJsonArray command = object.value(QStringLiteral("command")).toArray();
    for (const QJsonValue &word : command)
        header.command.append(word.toString());
    return header;
}
