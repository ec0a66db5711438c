#include "core/wire/netbiosdatagram.h"
#include "testhelpers.h"

#include <QTest>

using namespace mailslot::wire;
using testhelpers::hex;

class TestNetbiosDatagram : public QObject
{
    Q_OBJECT
private:
    static NetbiosDatagram sample(quint8 type)
    {
        NetbiosDatagram d;
        d.setMsgType(type);
        d.setFlags(NetbiosDatagram::FirstFlag | (NetbiosDatagram::Nbdd << 2));
        d.setDgmId(0xBEEF);
        d.setSourceIp(0xC0A80102);
        d.setSourcePort(138);
        d.setSourceName(NetbiosName("ALICE", 0x00));
        d.setDestinationName(NetbiosName("BOB", 0x03));
        d.setUserData("user data bytes");
        d.setErrorCode(NetbiosDatagram::DestinationNameNotPresent);
        return d;
    }

private slots:
    void headerBytes()
    {
        const QByteArray bytes = sample(NetbiosDatagram::DirectUnique).encode();
        QCOMPARE(bytes.left(14), hex("100ebeefc0a80102008a00530000"));
        QCOMPARE(bytes.size(), 14 + 34 + 34 + 15);
    }
    void roundTrip_data()
    {
        QTest::addColumn<quint8>("type");
        QTest::addColumn<int>("size");
        for (quint8 t = 0x10; t <= 0x12; ++t)
            QTest::addRow("data%02x", t) << t << 14 + 68 + 15;
        QTest::newRow("error") << quint8(0x13) << 11;
        for (quint8 t = 0x14; t <= 0x16; ++t)
            QTest::addRow("query%02x", t) << t << 10 + 34;
    }
    void roundTrip()
    {
        QFETCH(quint8, type);
        QFETCH(int, size);
        const NetbiosDatagram in = sample(type);
        const QByteArray bytes = in.encode();
        QCOMPARE(bytes.size(), size);
        const NetbiosDatagramDecodeResult r = NetbiosDatagram::decode(bytes);
        QVERIFY(r.ok());
        const NetbiosDatagram &d = r.datagram;
        QCOMPARE(d.msgType(), type);
        QCOMPARE(d.flags(), in.flags());
        QCOMPARE(d.dgmId(), in.dgmId());
        QCOMPARE(d.sourceIp(), in.sourceIp());
        QCOMPARE(d.sourcePort(), in.sourcePort());
        QCOMPARE(d.nodeType(), NetbiosDatagram::Nbdd);
        QCOMPARE(d.trailingBytes(), 0);
        if (d.isDataMessage()) {
            QCOMPARE(d.dgmLength(), 68 + 15);
            QCOMPARE(d.sourceName(), in.sourceName());
            QCOMPARE(d.destinationName(), in.destinationName());
            QCOMPARE(d.userData(), in.userData());
        } else if (d.isErrorMessage()) {
            QCOMPARE(d.errorCode(), quint8(0x82));
        } else {
            QVERIFY(d.isQueryMessage());
            QCOMPARE(d.destinationName(), in.destinationName());
        }
        QCOMPARE(d.encode(), bytes);
    }
    void encodeUnknownTypeIsEmpty()
    {
        QVERIFY(sample(0x20).encode().isEmpty());
        NetbiosDatagram big = sample(0x10);
        big.setUserData(QByteArray(70000, 'x'));
        QVERIFY(big.encode().isEmpty());
    }
    void trailingBytesIgnored()
    {
        const QByteArray bytes = sample(0x11).encode() + "JUNK";
        const NetbiosDatagramDecodeResult r = NetbiosDatagram::decode(bytes);
        QVERIFY(r.ok());
        QCOMPARE(r.datagram.userData(), QByteArray("user data bytes"));
        QCOMPARE(r.datagram.trailingBytes(), 4);
    }
    void rejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<MalformedReason>("reason");
        QTest::addColumn<bool>("userData"); // still read past the flaw (from the bytes received)
        const QByteArray good = sample(0x11).encode();
        for (int cut = 0; cut < good.size(); ++cut) {
            // Cut inside the fixed header: truncated; later the DGM_LENGTH points beyond the data.
            QTest::addRow("cut%d", cut) << good.left(cut)
                                        << (cut < 14 ? MalformedReason::Truncated : MalformedReason::BadLength)
                                        << (cut >= 14 + 68);
        }
        const QByteArray err = sample(0x13).encode();
        for (int cut = 0; cut < err.size(); ++cut)
            QTest::addRow("errorCut%d", cut) << err.left(cut) << MalformedReason::Truncated << false;
        const QByteArray query = sample(0x14).encode();
        for (int cut = 10; cut < query.size(); ++cut)
            QTest::addRow("queryCut%d", cut) << query.left(cut) << MalformedReason::Truncated << false;
        QByteArray lying = good;
        lying[10] = char(0xFF);
        QTest::newRow("lyingLengthHuge") << lying << MalformedReason::BadLength << true;
        lying = good;
        lying[11] = char(quint8(lying[11]) + 1);
        QTest::newRow("lyingLengthPlusOne") << lying << MalformedReason::BadLength << true;
        QByteArray shortLen = good;
        shortLen[10] = 0;
        shortLen[11] = 40; // smaller than the two names
        QTest::newRow("lengthInsideNames") << shortLen << MalformedReason::BadLength << true;
        QByteArray more = good;
        more[1] = char(quint8(more[1]) | NetbiosDatagram::MoreFlag);
        QTest::newRow("moreFlag") << more << MalformedReason::Fragment << true;
        QByteArray offset = good;
        offset[13] = 1;
        QTest::newRow("packetOffset") << offset << MalformedReason::Fragment << true;
        for (const quint8 t : {0x00, 0x0F, 0x17, 0xFF}) {
            QByteArray bad = good;
            bad[0] = char(t);
            QTest::addRow("type%02x", t) << bad << MalformedReason::BadMessageType << false;
            QTest::addRow("type%02xShort", t) << bad.left(3) << MalformedReason::BadMessageType << false;
        }
        QByteArray badName = good;
        badName[15] = 'Z';
        QTest::newRow("badSourceName") << badName << MalformedReason::BadName << true;
        badName = good;
        badName[14 + 34 + 3] = 'z';
        QTest::newRow("badDestinationName") << badName << MalformedReason::BadName << true;
    }
    void rejected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(MalformedReason, reason);
        QFETCH(bool, userData);
        const NetbiosDatagramDecodeResult r = NetbiosDatagram::decode(bytes);
        QCOMPARE(r.error, reason);
        QCOMPARE(r.userDataRead, userData);
        if (userData)
            QVERIFY(sample(0x11).userData().startsWith(r.datagram.userData()));
    }
    void fragmentKeepsHeader()
    {
        QByteArray bytes = sample(0x10).encode();
        bytes[13] = 8;
        const NetbiosDatagramDecodeResult r = NetbiosDatagram::decode(bytes);
        QCOMPARE(r.error, MalformedReason::Fragment);
        QCOMPARE(r.datagram.packetOffset(), 8);
        QCOMPARE(r.datagram.dgmId(), 0xBEEF);
        QVERIFY(r.datagram.isFragment());
    }
    void sambaCapturedHeader()
    {
        // DIRECT_GROUP, FIRST|M-node, id 0x0766, 10.99.0.1:138, DGM_LENGTH 196 (reference §2.5).
        const QByteArray head = hex("110a07660a630001008a00c40000");
        QByteArray bytes = head + NetbiosName("NMBDPEER", 0).encode() + NetbiosName("TESTGRP", 0x1d).encode()
            + QByteArray(196 - 68, 'x');
        const NetbiosDatagramDecodeResult r = NetbiosDatagram::decode(bytes);
        QVERIFY(r.ok());
        QCOMPARE(r.datagram.nodeType(), NetbiosDatagram::MNode);
        QCOMPARE(r.datagram.sourceIp(), 0x0A630001u);
        QCOMPARE(r.datagram.dgmLength(), 196);
        QCOMPARE(r.datagram.destinationName().toDisplayString(), QStringLiteral("TESTGRP<1d>"));
        QCOMPARE(r.datagram.encode(), bytes);
    }
    void messageTypeNames()
    {
        QCOMPARE(NetbiosDatagram::messageTypeName(0x10), QStringLiteral("directUnique"));
        QCOMPARE(NetbiosDatagram::messageTypeName(0x13), QStringLiteral("error"));
        QCOMPARE(NetbiosDatagram::messageTypeName(0x99), QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestNetbiosDatagram)
#include "tst_netbiosdatagram.moc"
