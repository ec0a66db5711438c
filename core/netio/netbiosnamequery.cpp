#include "core/netio/netbiosnamequery.h"

#include <QDeadlineTimer>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QUdpSocket>
#include <QtEndian>

using mailslot::wire::NetbiosName;

namespace {

void putU16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8));
    out.append(char(v & 0xFF));
}

quint16 u16(QByteArrayView d, qsizetype at)
{
    return quint16((quint8(d[at]) << 8) | quint8(d[at + 1]));
}

// Skips a (possibly compressed) name; -1 when it runs past the end.
qsizetype skipName(QByteArrayView d, qsizetype at)
{
    while (at < d.size()) {
        const auto len = quint8(d[at]);
        if ((len & 0xC0) == 0xC0)
            return at + 2 <= d.size() ? at + 2 : -1;
        if (len == 0)
            return at + 1;
        at += 1 + len;
    }
    return -1;
}

} // namespace

QByteArray NetbiosNameQuery::buildRequest(quint16 transactionId, const NetbiosName &name, bool broadcast)
{
    QByteArray out;
    out.reserve(50);
    putU16(out, transactionId);
    putU16(out, quint16(0x0100 | (broadcast ? 0x0010 : 0))); // opcode 0 (query), RD, B
    putU16(out, 1);                                           // QDCOUNT
    putU16(out, 0);
    putU16(out, 0);
    putU16(out, 0);
    out.append(name.encode());
    putU16(out, 0x0020); // NB
    putU16(out, 0x0001); // IN
    return out;
}

QList<quint32> NetbiosNameQuery::parseResponse(QByteArrayView d, quint16 transactionId)
{
    QList<quint32> addresses;
    if (d.size() < 12 || u16(d, 0) != transactionId)
        return addresses;
    const quint16 flags = u16(d, 2);
    if (!(flags & 0x8000) || ((flags >> 11) & 0x0F) != 0 || (flags & 0x000F) != 0)
        return addresses;
    const quint16 questions = u16(d, 4);
    const quint16 answers = u16(d, 6);
    qsizetype at = 12;
    for (int i = 0; i < questions; ++i) {
        at = skipName(d, at);
        if (at < 0 || at + 4 > d.size())
            return addresses;
        at += 4;
    }
    for (int i = 0; i < answers; ++i) {
        at = skipName(d, at);
        if (at < 0 || at + 10 > d.size())
            return addresses;
        const quint16 type = u16(d, at);
        const quint16 rdLength = u16(d, at + 8);
        at += 10;
        if (at + rdLength > d.size())
            return addresses;
        if (type == 0x0020) {
            for (qsizetype p = at; p + 6 <= at + rdLength; p += 6)
                addresses.append(qFromBigEndian<quint32>(d.data() + p + 2));
        }
        at += rdLength;
    }
    return addresses;
}

QHostAddress NetbiosNameQuery::resolve(const NetbiosName &name, const QList<QHostAddress> &broadcasts, int timeoutMs,
                                       quint16 port)
{
    if (broadcasts.isEmpty())
        return {};
    QUdpSocket socket;
    if (!socket.bind(QHostAddress::AnyIPv4, 0))
        return {};
    const auto id = quint16(QRandomGenerator::global()->bounded(1, 0x10000));
    const QByteArray request = buildRequest(id, name, true);
    for (const QHostAddress &address : broadcasts)
        socket.writeDatagram(request, address, port);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!socket.hasPendingDatagrams() && !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        while (socket.hasPendingDatagrams()) {
            const QNetworkDatagram reply = socket.receiveDatagram();
            const QList<quint32> found = parseResponse(reply.data(), id);
            if (!found.isEmpty())
                return QHostAddress(found.first());
        }
    }
    return {};
}
