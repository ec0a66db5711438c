// `mailslot send` to other computers (\\*\..., \\DOMAIN\..., \\HOST\...): our own datagram
// sender, with the network options (--to, --domain, --priority, --name, --workgroup,
// --interface, --port). Says on stderr where the datagrams went.
#pragma once

#include "core/netio/networksender.h"

#include <QByteArray>
#include <QCoreApplication>

class QCommandLineParser;

class NetworkSend
{
    Q_DECLARE_TR_FUNCTIONS(NetworkSend)

public:
    // The network options; the usage error, or an empty string.
    QString readOptions(const QCommandLineParser &parser);
    // Sends the payload `repeat` times to target (as typed: the wire carries the slot's path as
    // written); the exit status.
    int send(const QString &target, const QByteArray &payload, quint64 repeat) const;

private:
    NetworkSender::Options m_options;
};
