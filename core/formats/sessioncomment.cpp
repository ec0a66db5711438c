#include "core/formats/sessioncomment.h"

#include <QUrl>

namespace {

constexpr QByteArrayView kPrefix = "mailslot:";

// Kept as they are: names read as they are typed (\\.\mailslot\app\*).
const QByteArray kPlain = QByteArrayLiteral("\\.:*$@!#&+,;/?()[]{}<>|^'\"`");

void appendField(QByteArray &out, const char *key, const QString &value)
{
    out += ' ';
    out += key;
    out += '=';
    out += QUrl::toPercentEncoding(value, kPlain);
}

} // namespace

QString SessionComment::originKey(RowOrigin origin)
{
    switch (origin) {
    case RowOrigin::LocalSlot: return QStringLiteral("local");
    case RowOrigin::Network: return QStringLiteral("network");
    case RowOrigin::Capture: return QStringLiteral("capture");
    case RowOrigin::Remote: return QStringLiteral("remote");
    }
    return {};
}

std::optional<RowOrigin> SessionComment::originFromKey(QStringView key)
{
    for (const RowOrigin origin : {RowOrigin::LocalSlot, RowOrigin::Network, RowOrigin::Capture, RowOrigin::Remote}) {
        if (key == originKey(origin))
            return origin;
    }
    return std::nullopt;
}

QByteArray SessionComment::encode(const StreamRow &row)
{
    const RowProvenance *p = row.provenance();
    const RowOrigin origin = p && p->savedOrigin ? *p->savedOrigin : row.origin;
    QByteArray out = kPrefix.toByteArray();
    appendField(out, "v", QString::number(kVersion));
    appendField(out, "origin", originKey(origin));
    appendField(out, "seq", QString::number(p && p->savedOrigin ? p->savedSequence : row.sequence));
    appendField(out, "slot", row.slot);
    if (!row.seenOn().isEmpty())
        appendField(out, "host", row.seenOn());
    if (row.writerPid())
        appendField(out, "pid", QString::number(row.writerPid()));
    if (row.datagram) {
        appendField(out, "delivered", row.datagram->delivered ? QStringLiteral("1") : QStringLiteral("0"));
        if (const QString deliveredTo = row.datagram->deliveredTo(); !deliveredTo.isEmpty())
            appendField(out, "deliveredTo", deliveredTo);
    }
    return out;
}

std::optional<SessionComment::Fields> SessionComment::decode(QByteArrayView comment)
{
    if (!comment.startsWith(kPrefix))
        return std::nullopt;
    Fields fields;
    bool hasOrigin = false;
    bool hasSlot = false;
    const QList<QByteArray> tokens = comment.sliced(kPrefix.size()).toByteArray().split(' ');
    for (const QByteArray &token : tokens) {
        const qsizetype equals = token.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray key = token.left(equals);
        const QString value = QUrl::fromPercentEncoding(token.mid(equals + 1));
        if (key == "origin") {
            const auto origin = originFromKey(value);
            if (!origin)
                return std::nullopt;
            fields.origin = *origin;
            hasOrigin = true;
        } else if (key == "seq") {
            fields.sequence = value.toULongLong();
        } else if (key == "slot") {
            fields.slot = value;
            hasSlot = !value.isEmpty();
        } else if (key == "host") {
            fields.host = value;
        } else if (key == "pid") {
            fields.writerPid = value.toLongLong();
        } else if (key == "delivered") {
            fields.delivered = value == QLatin1String("1");
        } else if (key == "deliveredTo") {
            fields.deliveredTo = value;
        } // other keys (a later version's): skipped
    }
    if (!hasOrigin || !hasSlot)
        return std::nullopt;
    return fields;
}

std::optional<SessionComment::Fields> SessionComment::find(const QList<QByteArray> &comments)
{
    for (const QByteArray &comment : comments) {
        if (auto fields = decode(comment))
            return fields;
    }
    return std::nullopt;
}

StreamRow SessionComment::restore(const ObservedDatagram &datagram)
{
    const std::optional<Fields> fields = find(datagram.comments());
    if (!fields)
        return StreamRow::fromDatagram(datagram, RowOrigin::Capture);
    StreamRow row;
    if (fields->origin == RowOrigin::LocalSlot) {
        // A local message, written as the datagram Windows would send for it: the message again.
        row.timeNs = datagram.timestampNs;
        row.payload = datagram.shownBytes();
    } else {
        ObservedDatagram restored = datagram;
        restored.delivered = fields->delivered;
        restored.setDeliveredTo(fields->deliveredTo);
        QList<QByteArray> comments = restored.comments();
        comments.removeIf([](const QByteArray &c) { return decode(c).has_value(); });
        restored.setComments(comments);
        row = StreamRow::fromDatagram(std::move(restored), fields->origin);
    }
    row.origin = fields->origin;
    row.sequence = fields->sequence;
    row.slot = fields->slot;
    if (!fields->host.isEmpty() || fields->writerPid) {
        RowProvenance provenance;
        provenance.host = fields->host;
        provenance.writerPid = fields->writerPid;
        row.setProvenance(std::move(provenance));
    }
    return row;
}

QList<StreamRow> SessionComment::restore(const ObservedDatagramList &datagrams)
{
    QList<StreamRow> rows;
    rows.reserve(datagrams.size());
    for (const ObservedDatagram &d : datagrams)
        rows.append(restore(d));
    return rows;
}
