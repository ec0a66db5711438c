#include "core/wire/messengerdecoder.h"

#include <QJsonObject>
#include <QTest>

using namespace mailslot::wire;

class TestMessengerDecoder : public QObject
{
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("cp");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("truncated");
        QTest::newRow("trailingNul") << QByteArray("ALICE\0BOB\0Hello Bob\0", 20) << int(OemCodePage::Cp437)
                                     << "ALICE" << "BOB" << "Hello Bob" << false;
        QTest::newRow("noTrailingNul") << QByteArray("ALICE\0BOB\0Hello Bob", 19) << int(OemCodePage::Cp437)
                                       << "ALICE" << "BOB" << "Hello Bob" << false;
        QTest::newRow("emptyText") << QByteArray("A\0B\0", 4) << int(OemCodePage::Cp437) << "A" << "B" << "" << false;
        QTest::newRow("junkAfterText") << QByteArray("A\0B\0msg\0junk", 12) << int(OemCodePage::Cp437) << "A" << "B"
                                       << "msg" << false;
        QTest::newRow("cp437") << QByteArray("J\x81rgen\0ZO\x90\0Gr\x81\xe1" "e \x9c" "5", 19) << int(OemCodePage::Cp437)
                               << QString::fromUtf8("Jürgen") << QString::fromUtf8("ZOÉ")
                               << QString::fromUtf8("Grüße £5") << false;
        QTest::newRow("cp850") << QByteArray("A\0B\0\x9b\x9d\xd0", 7) << int(OemCodePage::Cp850) << "A" << "B"
                               << QString::fromUtf8("øØð") << false;
        QTest::newRow("latin1") << QByteArray("A\0B\0caf\xe9", 8) << int(OemCodePage::Latin1) << "A" << "B"
                                << QString::fromUtf8("café") << false;
        QTest::newRow("utf8") << QByteArray("A\0B\0caf\xc3\xa9 \xe2\x82\xac", 13) << int(OemCodePage::Utf8) << "A"
                              << "B" << QString::fromUtf8("café €") << false;
        QTest::newRow("onlyFrom") << QByteArray("ALICE") << int(OemCodePage::Cp437) << "ALICE" << QString() << QString()
                                  << true;
        QTest::newRow("noText") << QByteArray("ALICE\0BO", 8) << int(OemCodePage::Cp437) << "ALICE" << "BO" << QString()
                                << true;
        QTest::newRow("empty") << QByteArray() << int(OemCodePage::Cp437) << "" << QString() << QString() << true;
    }
    void decode()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, cp);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, text);
        QFETCH(bool, truncated);
        const DecodedPayload d = MessengerDecoder::decode(payload, OemCodePage(cp));
        QCOMPARE(d.kind(), QStringLiteral("messenger.message"));
        QCOMPARE(d.isTruncated(), truncated);
        QCOMPARE(d.value(u"from").toString(), from);
        QCOMPARE(d.contains(u"to"), !to.isNull());
        QCOMPARE(d.value(u"to").toString(), to);
        QCOMPARE(d.contains(u"text"), !text.isNull());
        QCOMPARE(d.value(u"text").toString(), text);
        QCOMPARE(d.toJson().value(QStringLiteral("text")).toString(), text);
    }
    void encodeRoundTrip()
    {
        for (const OemCodePage cp : OemCodec::allCodePages()) {
            const QByteArray b = MessengerDecoder::encode(u"FROM", u"TO", QString::fromUtf8("Grüße"), cp);
            QVERIFY(b.endsWith('\0'));
            const DecodedPayload d = MessengerDecoder::decode(b, cp);
            QCOMPARE(d.value(u"text").toString(), QString::fromUtf8("Grüße"));
            QCOMPARE(d.value(u"codePage").toString(), OemCodec::key(cp));
        }
    }
};

QTEST_GUILESS_MAIN(TestMessengerDecoder)
#include "tst_messengerdecoder.moc"
