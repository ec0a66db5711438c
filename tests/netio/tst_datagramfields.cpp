// DatagramFields: parsing the field list, and each field's bare value.
#include "capturefixture.h"
#include "core/formats/datagramfields.h"
#include "core/stream/observeddatagram.h"

#include <QTest>

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

    void decodingOnlyForKind()
    {
        QVERIFY(DatagramFields::parse(QStringLiteral("slot,kind"), nullptr)->needsDecoding());
        QVERIFY(!DatagramFields::parse(QStringLiteral("slot,hex,text"), nullptr)->needsDecoding());
    }
};

QTEST_GUILESS_MAIN(TestDatagramFields)
#include "tst_datagramfields.moc"
