// DatagramFields: parsing the field list, and each field's bare value.
#include "capturefixture.h"
#include "core/formats/datagramfields.h"
#include "core/stream/observeddatagram.h"

#include "core/wire/messengerdecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace mailslot::wire;

class TestDatagramFields : public QObject
{
    Q_OBJECT

private:
    static QByteArray line(const QString &list, const ObservedDatagram &d)
    {
        const auto fields = DatagramFields::parse(list, nullptr);
        if (!fields)
            return "(no fields)";
        JsonLineWriter out;
        fields->write(d, out);
        return out.take();
    }
    static ObservedDatagram observed(int i)
    {
        return ObservedDatagram::fromUdp(capturefixture::datagram(i), qint64(1795312171123) * 1000000, 0x0A000001, 138,
                                         0x0A0000FF, 138);
    }

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("error");
        QTest::newRow("two") << QStringLiteral("slot,hex") << 2 << QString();
        QTest::newRow("spaces") << QStringLiteral(" slot ,  hex kind ") << 3 << QString();
        QTest::newRow("repeated") << QStringLiteral("size,size") << 2 << QString();
        QTest::newRow("every field") << DatagramFields::names().join(QLatin1Char(',')) << 20 << QString();
        QTest::newRow("unknown") << QStringLiteral("slot,bogus") << 0 << QStringLiteral("unknown field 'bogus'");
        QTest::newRow("case matters") << QStringLiteral("Slot") << 0 << QStringLiteral("unknown field 'Slot'");
        QTest::newRow("empty") << QStringLiteral(" , ") << 0 << QStringLiteral("no field named");
    }
    void parse()
    {
        QFETCH(QString, list);
        QFETCH(int, count);
        QFETCH(QString, error);
        QString problem;
        const auto fields = DatagramFields::parse(list, &problem);
        QCOMPARE(bool(fields), error.isEmpty());
        if (fields) {
            QCOMPARE(fields->fields().size(), count);
        } else {
            QVERIFY2(problem.contains(error), qPrintable(problem));
            QVERIFY2(problem.contains(QStringLiteral("srcIp, srcPort")), qPrintable(problem)); // lists the known ones
        }
    }

    void values_data()
    {
        QTest::addColumn<int>("datagram");
        QTest::addColumn<QString>("list");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("slot and hex, like tshark")
            << 1 << QStringLiteral("slot,hex") << QByteArray("\\MAILSLOT\\test\\text\t6d65737361676509310ac3a9\n");
        QTest::newRow("addresses and names")
            << 1 << QStringLiteral("srcIp,srcPort,dstIp,dstPort,sourceName,destinationName")
            << QByteArray("10.0.0.1\t138\t10.0.0.255\t138\tSENDER<00>\tWG<00>\n");
        QTest::newRow("time") << 1 << QStringLiteral("time") << QByteArray("2026-11-22T01:49:31.123Z\n");
        QTest::newRow("header fields") << 1 << QStringLiteral("msgType,msgTypeName,dgmId,class,priority")
                                       << QByteArray("17\tdirectGroup\t1\t2\t0\n");
        QTest::newRow("text: controls escaped, UTF-8 kept")
            << 1 << QStringLiteral("text,size") << QByteArray("message\\x091\\x0a\xC3\xA9\t12\n");
        QTest::newRow("decoded kind") << 0 << QStringLiteral("kind,slot") << QByteArray("browse.hostAnnouncement\t\\MAILSLOT\\BROWSE\n");
        QTest::newRow("no kind for an unknown slot") << 1 << QStringLiteral("kind,delivered") << QByteArray("\tfalse\n");
        QTest::newRow("malformed: empty write fields, reason, whole payload")
            << 2 << QStringLiteral("slot,class,malformed,size") << QByteArray("\t\ttruncated\t5\n");
    }
    void values()
    {
        QFETCH(int, datagram);
        QFETCH(QString, list);
        QFETCH(QByteArray, expected);
        QCOMPARE(line(list, observed(datagram)), expected);
    }

    // A malformed datagram's fields, as far as they could be read: hex, text and size show its
    // payload when that was read, else the whole UDP payload.
    void partiallyDecoded_data()
    {
        QTest::addColumn<QByteArray>("udpPayload");
        QTest::addColumn<QString>("list");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray text = capturefixture::datagram(1);
        QByteArray badSource = text;
        badSource[15] = 'e'; // a lower-case letter in the source name
        QTest::newRow("bad source name") << badSource << QStringLiteral("malformed,sourceName,destinationName,slot,class,hex")
                                         << QByteArray("badName\t\tWG<00>\t\\MAILSLOT\\test\\text\t2\t6d65737361676509310ac3a9\n");
        QByteArray setup = text;
        setup[82 + 59] = 4; // SetupCount 4
        QTest::newRow("bad setup count") << setup << QStringLiteral("malformed,slot,priority,size,text")
                                         << QByteArray("wrongSetupCount\t\\MAILSLOT\\test\\text\t0\t12\tmessage\\x091\\x0a\xC3\xA9\n");
        QByteArray offset = text;
        offset[82 + 57] = char(0xF0); // DataOffset beyond the SMB: no payload
        QTest::newRow("bad data offset") << offset << QStringLiteral("malformed,slot,class,size")
                                         << QByteArray("badOffset\t\\MAILSLOT\\test\\text\t2\t") + QByteArray::number(text.size())
                                                + '\n';
        QTest::newRow("unknown message type") << QByteArray("\x20\x02\x00\x07", 4) + QByteArray(10, 'x')
                                              << QStringLiteral("malformed,msgType,msgTypeName,dgmId,slot,size")
                                              << QByteArray("badMessageType\t32\tunknown\t7\t\t14\n");
    }
    void partiallyDecoded()
    {
        QFETCH(QByteArray, udpPayload);
        QFETCH(QString, list);
        QFETCH(QByteArray, expected);
        const ObservedDatagram d = ObservedDatagram::fromUdp(udpPayload, 0, 0x0A000001, 138, 0x0A0000FF, 138);
        QCOMPARE(line(list, d), expected);
    }

    void ipv6Addresses()
    {
        ObservedDatagram d = observed(1);
        d.sourceIp = 0;
        d.destinationIp = 0;
        d.setIpv6(QByteArray::fromHex("fe800000000000000000000000000001"),
                  QByteArray::fromHex("ff020000000000000000000000000001"));
        QCOMPARE(line(QStringLiteral("srcIp,dstIp,srcPort"), d), QByteArray("fe80::1\tff02::1\t138\n"));
        QCOMPARE(d.toJson().value(QStringLiteral("srcIp")).toString(), QStringLiteral("fe80::1"));
        QVERIFY(d.toJsonLine().contains("\"dstIp\":\"ff02::1\""));
        QVERIFY2(d.toText().contains(QStringLiteral("[fe80::1]:138 ")), qPrintable(d.toText()));
    }

    // The other forms of a datagram (ObservedDatagram's JSON and text lines) for the same cases:
    // the fast JSON line is QJsonDocument's, byte for byte; rawHex holds the whole UDP payload
    // exactly when hex shows a malformed datagram's payload instead.
    void jsonForms_data()
    {
        QTest::addColumn<QByteArray>("udpPayload");
        QTest::addColumn<bool>("rawHex");
        const QByteArray text = capturefixture::datagram(1);
        QTest::newRow("well-formed") << text << false;
        QTest::newRow("browse") << capturefixture::datagram(0) << false;
        QByteArray badSource = text;
        badSource[15] = 'e';
        QTest::newRow("bad name, payload read") << badSource << true;
        QByteArray offset = text;
        offset[82 + 57] = char(0xF0);
        QTest::newRow("bad offset, no payload") << offset << false;
        QTest::newRow("truncated header") << capturefixture::datagram(2) << false;
    }
    void jsonForms()
    {
        QFETCH(QByteArray, udpPayload);
        QFETCH(bool, rawHex);
        ObservedDatagram d = ObservedDatagram::fromUdp(udpPayload, 0, 0x0A000001, 138, 0x0A0000FF, 138);
        for (const bool ipv6 : {false, true}) {
            if (ipv6)
                d.setIpv6(QByteArray::fromHex("fe800000000000000000000000000001"),
                          QByteArray::fromHex("fe800000000000000000000000000001"));
            QCOMPARE(d.toJsonLine(), QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact));
            QCOMPARE(d.toJson().contains(QStringLiteral("rawHex")), rawHex);
            if (rawHex)
                QCOMPARE(d.toJson().value(QStringLiteral("rawHex")).toString(), QString::fromLatin1(udpPayload.toHex()));
        }
    }

    // The text line: one line whatever the payload holds (control characters as \xNN, as the
    // columns write them); a malformed datagram shows its reason, then what could be read.
    void textLine()
    {
        const QByteArray messenger = MessengerDecoder::encode(u"A", u"B", u"one\ntwo\r\x1b[1m");
        const QByteArray bytes = NetworkSender::buildDatagram(NetbiosDatagram::DirectUnique, 1, 0x0A000001, 138,
                                                              NetbiosName("A", 0), NetbiosName("B", 3),
                                                              "\\MAILSLOT\\MESSNGR", messenger);
        const QString line = ObservedDatagram::fromUdp(bytes, 0, 0x0A000001, 138, 0x0A0000FF, 138).toText();
        QVERIFY2(line.contains(QStringLiteral("text=one\\x0atwo\\x0d\\x1b[1m")), qPrintable(line));
        QVERIFY(std::none_of(line.cbegin(), line.cend(), [](QChar c) { return c.unicode() < 0x20; }));
        QByteArray badSource = capturefixture::datagram(1);
        badSource[15] = 'e';
        const QString partial = ObservedDatagram::fromUdp(badSource, 0, 0x0A000001, 138, 0, 138).toText();
        // (No translator here: the plural forms read "byte(s)".)
        QVERIFY2(partial.contains(QStringLiteral(" - -> WG<00> malformed (Badly encoded NetBIOS name), %1 byte")
                                      .arg(badSource.size())),
                 qPrintable(partial));
        QVERIFY2(partial.contains(QStringLiteral("; \\MAILSLOT\\test\\text 12 byte")), qPrintable(partial));
        QVERIFY2(partial.endsWith(QStringLiteral(": message\\t1\\n\u00e9")), qPrintable(partial));
    }

    void decodingOnlyForKind()
    {
        QVERIFY(DatagramFields::parse(QStringLiteral("slot,kind"), nullptr)->needsDecoding());
        QVERIFY(!DatagramFields::parse(QStringLiteral("slot,hex,text"), nullptr)->needsDecoding());
    }
};

QTEST_GUILESS_MAIN(TestDatagramFields)
#include "tst_datagramfields.moc"
