#include "core/wire/wellknownslotdecoder.h"
#include "testhelpers.h"

#include <QTest>

using namespace mailslot::wire;
using testhelpers::hex;

class TestWellKnownSlotDecoder : public QObject
{
    Q_OBJECT
private slots:
    void dispatch_data()
    {
        QTest::addColumn<QByteArray>("slot");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("kind");
        const QByteArray election = hex("0801") + hex("0a0f0141") + hex("70170000") + hex("00000000") + QByteArray("X", 2);
        QTest::newRow("browse") << QByteArray("\\MAILSLOT\\BROWSE") << election << "browse.requestElection";
        QTest::newRow("browseLower") << QByteArray("\\mailslot\\browse") << election << "browse.requestElection";
        QTest::newRow("lanman") << QByteArray("\\MAILSLOT\\LANMAN") << election << "browse.requestElection";
        QTest::newRow("lanmanLm") << QByteArray("\\MailSlot\\LanMan") << hex("0100030001000401b400") + QByteArray("H\0C", 4)
                                  << "lanman.hostAnnouncement";
        QTest::newRow("messngr") << QByteArray("\\MAILSLOT\\MESSNGR") << QByteArray("A\0B\0hi", 6) << "messenger.message";
        QTest::newRow("messngrLower") << QByteArray("\\mailslot\\messngr") << QByteArray("A\0B\0hi", 6)
                                      << "messenger.message";
        QTest::newRow("netlogon") << QByteArray("\\MAILSLOT\\NET\\NETLOGON") << hex("0700") << "netlogon.primaryQuery";
        QTest::newRow("ntlogon") << QByteArray("\\MAILSLOT\\NET\\NTLOGON") << hex("1200") << "netlogon.samLogonRequest";
        QTest::newRow("tempNetlogon") << QByteArray("\\MAILSLOT\\TEMP\\NETLOGON") << hex("0c00") << "netlogon.primaryResponse";
        QTest::newRow("getdc") << QByteArray("\\MAILSLOT\\NET\\GETDC123") << hex("1700") << "netlogon.samLogonResponseEx";
        QTest::newRow("other") << QByteArray("\\MAILSLOT\\test1\\sample_mailslot") << QByteArray(36, char(0xCA)) << QString();
        QTest::newRow("browsePrefixOnly") << QByteArray("\\MAILSLOT\\BROWSER") << election << QString();
        QTest::newRow("empty") << QByteArray() << QByteArray() << QString();
    }
    void dispatch()
    {
        QFETCH(QByteArray, slot);
        QFETCH(QByteArray, payload);
        QFETCH(QString, kind);
        const auto d = WellKnownSlotDecoder::decode(slot, payload);
        QCOMPARE(d.has_value(), !kind.isEmpty());
        QCOMPARE(WellKnownSlotDecoder::isWellKnown(slot), !kind.isEmpty());
        if (d)
            QCOMPARE(d->kind(), kind);
    }
    void emptyPayloadIsTruncated()
    {
        for (const char *slot : {"\\MAILSLOT\\BROWSE", "\\MAILSLOT\\LANMAN", "\\MAILSLOT\\MESSNGR", "\\MAILSLOT\\NET\\NETLOGON"}) {
            const auto d = WellKnownSlotDecoder::decode(slot, {});
            QVERIFY(d.has_value());
            QVERIFY2(d->isTruncated(), slot);
        }
    }
    void codePageIsPassedOn()
    {
        const auto d = WellKnownSlotDecoder::decode("\\MAILSLOT\\MESSNGR", QByteArray("A\0B\0\x9b", 5), OemCodePage::Cp850);
        QCOMPARE(d->value(u"text").toString(), QString::fromUtf8("ø"));
    }
};

QTEST_GUILESS_MAIN(TestWellKnownSlotDecoder)
#include "tst_wellknownslotdecoder.moc"
