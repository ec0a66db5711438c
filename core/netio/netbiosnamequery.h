// NetBIOS name service (RFC 1002 §4.2.12/§4.2.13, UDP 137): a broadcast name query and the
// parsing of its positive response, to find the address of \\HOST in \\HOST\mailslot\x.
#pragma once

#include "core/wire/netbiosname.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>

class NetbiosNameQuery
{
public:
    static constexpr quint16 kNameServicePort = 137;

    // A NAME QUERY REQUEST: opcode query, RD set, B set when broadcast; question NB/IN.
    static QByteArray buildRequest(quint16 transactionId, const mailslot::wire::NetbiosName &name, bool broadcast = true);
    // The IPv4 addresses of a POSITIVE NAME QUERY RESPONSE to transactionId (empty otherwise).
    static QList<quint32> parseResponse(QByteArrayView packet, quint16 transactionId);

    // Broadcasts the query to each address in broadcasts (port `port`) and waits at most
    // timeoutMs for the first positive answer. Null address when nobody answered.
    static QHostAddress resolve(const mailslot::wire::NetbiosName &name, const QList<QHostAddress> &broadcasts,
                                int timeoutMs, quint16 port = kNameServicePort);
};
