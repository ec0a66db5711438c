#include "core/wire/malformedreason.h"

#include <QSet>
#include <QTest>

using namespace mailslot::wire;

class TestMalformedReason : public QObject
{
    Q_OBJECT
private slots:
    void keys_data()
    {
        QTest::addColumn<MalformedReason>("reason");
        QTest::addColumn<QString>("key");
        QTest::newRow("none") << MalformedReason::None << QString();
        QTest::newRow("truncated") << MalformedReason::Truncated << QStringLiteral("truncated");
        QTest::newRow("badMessageType") << MalformedReason::BadMessageType << QStringLiteral("badMessageType");
        QTest::newRow("fragment") << MalformedReason::Fragment << QStringLiteral("fragment");
        QTest::newRow("badLength") << MalformedReason::BadLength << QStringLiteral("badLength");
        QTest::newRow("badName") << MalformedReason::BadName << QStringLiteral("badName");
        QTest::newRow("notDataDatagram") << MalformedReason::NotDataDatagram << QStringLiteral("notDataDatagram");
        QTest::newRow("badProtocol") << MalformedReason::BadProtocol << QStringLiteral("badProtocol");
        QTest::newRow("badCommand") << MalformedReason::BadCommand << QStringLiteral("badCommand");
        QTest::newRow("wrongWordCount") << MalformedReason::WrongWordCount << QStringLiteral("wrongWordCount");
        QTest::newRow("wrongSetupCount") << MalformedReason::WrongSetupCount << QStringLiteral("wrongSetupCount");
        QTest::newRow("badOpcode") << MalformedReason::BadOpcode << QStringLiteral("badOpcode");
        QTest::newRow("badOffset") << MalformedReason::BadOffset << QStringLiteral("badOffset");
        QTest::newRow("badDataCount") << MalformedReason::BadDataCount << QStringLiteral("badDataCount");
        QTest::newRow("nameNotTerminated") << MalformedReason::NameNotTerminated << QStringLiteral("nameNotTerminated");
        QTest::newRow("notMailslot") << MalformedReason::NotMailslot << QStringLiteral("notMailslot");
        QTest::newRow("ipFragment") << MalformedReason::IpFragment << QStringLiteral("ipFragment");
        QTest::newRow("captureTruncated") << MalformedReason::CaptureTruncated << QStringLiteral("captureTruncated");
        QTest::newRow("badIpLength") << MalformedReason::BadIpLength << QStringLiteral("badIpLength");
        QTest::newRow("badUdpLength") << MalformedReason::BadUdpLength << QStringLiteral("badUdpLength");
    }
    void keys()
    {
        QFETCH(MalformedReason, reason);
        QFETCH(QString, key);
        QCOMPARE(malformedReasonKey(reason), key);
        QCOMPARE(malformedReasonFromKey(key), std::optional<MalformedReason>(reason));
        QVERIFY(!malformedReasonText(reason).isEmpty());
    }
    void allDistinct()
    {
        QSet<QString> keys;
        QSet<QString> texts;
        const auto all = allMalformedReasons();
        QCOMPARE(all.size(), 20);
        for (const MalformedReason r : all) {
            keys.insert(malformedReasonKey(r));
            texts.insert(malformedReasonText(r));
        }
        QCOMPARE(keys.size(), all.size());
        QCOMPARE(texts.size(), all.size());
        QVERIFY(!malformedReasonFromKey(u"nonsense").has_value());
        QCOMPARE(malformedReasonKey(MalformedReason(999)), QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestMalformedReason)
#include "tst_malformedreason.moc"
