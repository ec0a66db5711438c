// Helpers shared by the ui tests.
#pragma once

#include "core/stream/streamrow.h"
#include "core/netio/networksender.h"
#include "core/stream/observeddatagram.h"

#include <QDateTime>
#include <QUdpSocket>
#include <QtEndian>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace uitest {

// Points the mailslot namespace and the settings at a private temporary folder (call first, in
// initTestCase, before any slot call).
inline void isolate(const QTemporaryDir &dir)
{
    QVERIFY(dir.isValid());
    qputenv("MAILSLOT_RUNTIME_DIR", dir.filePath(QStringLiteral("slots")).toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}

// A local row, numbered as a hub would (1, 2, 3, ... within the test program).
inline StreamRow message(const QString &slot, const QByteArray &payload)
{
    static quint64 sequence = 0;
    StreamRow m;
    m.slot = slot;
    m.sequence = ++sequence;
    m.timeNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
    m.payload = payload;
    return m;
}

inline StreamRowList messages(int count, const QString &slot = QStringLiteral("\\\\.\\mailslot\\t"))
{
    StreamRowList list;
    for (int i = 0; i < count; ++i)
        list.append(message(slot, QByteArray("message ") + QByteArray::number(i)));
    return list;
}

// A BROWSE HostAnnouncement ([MS-BRWS] 2.2.1) for serverName with a comment.
inline QByteArray hostAnnouncement(const QByteArray &serverName, const QByteArray &comment)
{
    QByteArray p;
    p.append(char(0x01));                       // opcode HostAnnouncement
    p.append(char(0x00));                       // update count
    char periodicity[4];
    qToLittleEndian<quint32>(720000, periodicity);
    p.append(periodicity, 4);
    QByteArray name = serverName.left(15);
    name.append(QByteArray(16 - name.size(), '\0'));
    p.append(name);                             // server name, 16 bytes
    p.append(char(6));                          // OS major
    p.append(char(1));                          // OS minor
    char type[4];
    qToLittleEndian<quint32>(0x00011003, type); // workstation, server, NT workstation
    p.append(type, 4);
    p.append(char(15));                         // browser version major
    p.append(char(1));                          // browser version minor
    p.append("\x55\xaa", 2);                    // signature
    p.append(comment);
    p.append('\0');
    return p;
}

// The UDP payload of a NetBIOS datagram carrying a mailslot write (built by the codec).
inline QByteArray mailslotDatagram(const QByteArray &wireName, const QByteArray &payload,
                                   const QByteArray &sourceName = "TESTHOST", const QByteArray &destinationName = "TESTGRP",
                                   quint8 destinationSuffix = 0x1d, quint16 dgmId = 4242)
{
    return NetworkSender::buildDatagram(0x11, dgmId, 0x7F000001, 138, mailslot::wire::NetbiosName(sourceName, 0x00),
                                        mailslot::wire::NetbiosName(destinationName, destinationSuffix), wireName, payload);
}

// A UDP port that is free on 127.0.0.1 now (high, from the kernel).
inline quint16 freeUdpPort()
{
    QUdpSocket probe;
    if (!probe.bind(QHostAddress::AnyIPv4, 0))
        return 0;
    return probe.localPort();
}

// Sends one UDP datagram to 127.0.0.1:port (tests never send anywhere else).
inline bool sendToLoopback(quint16 port, const QByteArray &udpPayload)
{
    QUdpSocket socket;
    return socket.writeDatagram(udpPayload, QHostAddress::LocalHost, port) == udpPayload.size();
}

// A network row: the datagram parsed (and decoded) as the bridge would, from sourceIp:sourcePort.
inline StreamRow datagramRow(const QByteArray &udpPayload, quint32 sourceIp = 0xC0000207 /* 192.0.2.7 */,
                             quint16 sourcePort = 138, RowOrigin origin = RowOrigin::Network)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000;
    auto d = std::make_shared<const ObservedDatagram>(
        ObservedDatagram::fromUdp(udpPayload, now, sourceIp, sourcePort, 0x7F000001, 138));
    StreamRow row = StreamRow::fromDatagram(*d, origin);
    row.sequence = message(QString(), {}).sequence;
    return row;
}

inline StreamRowList datagramRows(const ObservedDatagramList &datagrams, RowOrigin origin = RowOrigin::Network)
{
    StreamRowList rows = StreamRow::fromDatagrams(datagrams, origin);
    for (StreamRow &row : rows)
        row.sequence = message(QString(), {}).sequence; // numbered as a hub would
    return rows;
}

// The child of parent with that object name and type (tests find widgets by object name).
template <typename T>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no %s named \"%s\"", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

// Waits until spy has count signals (each wait bounded; no timing is asserted).
inline bool waitForCount(QSignalSpy &spy, int count)
{
    while (spy.count() < count) {
        if (!spy.wait(10000))
            return false;
    }
    return true;
}

inline QString sharedCapture()
{
    return QStringLiteral(MAILSLOT_TEST_SHARED_DIR "/captures/nmbd-browse.pcapng");
}

} // namespace uitest
