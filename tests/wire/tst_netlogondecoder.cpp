#include "core/wire/netlogondecoder.h"
#include "testhelpers.h"

#include <QTest>

using namespace mailslot::wire;
using testhelpers::hex;

using Fields = QList<QPair<QString, QString>>;
Q_DECLARE_METATYPE(Fields)

namespace {
QByteArray utf16z(const char *s)
{
    QByteArray out;
    for (const char *p = s; *p; ++p) {
        out.append(*p);
        out.append('\0');
    }
    out.append(2, '\0');
    return out;
}
} // namespace

class TestNetlogonDecoder : public QObject
{
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Fields>("fields");
        // Packed by Samba's NDR (tests/wire/data/samba_peer.py netlogon query)
        QTest::newRow("primaryQuery")
            << hex("0700434c49454e5431005c4d41494c534c4f545c4e45545c4745544443313233000043004c00490045004e00540031000000"
                   "01000000ffffffff")
            << QStringLiteral("netlogon.primaryQuery")
            << Fields{{"opcode", "7"}, {"opcodeName", "primaryQuery"}, {"computerName", "CLIENT1"},
                      {"mailslotName", "\\MAILSLOT\\NET\\GETDC123"}, {"unicodeComputerName", "CLIENT1"},
                      {"ntVersion", "0x00000001"}, {"lmntToken", "0xffff"}, {"lm20Token", "0xffff"}};
        // (samba_peer.py netlogon samrequest)
        QTest::newRow("samLogonRequest")
            << hex("1200070043004c00490045004e0054003100000061006c0069006300650000005c4d41494c534c4f545c4e45545c4745"
                   "544443343536008000000000000000" "0b000000ffffffff")
            << QStringLiteral("netlogon.samLogonRequest")
            << Fields{{"requestCount", "7"}, {"computerName", "CLIENT1"}, {"userName", "alice"},
                      {"mailslotName", "\\MAILSLOT\\NET\\GETDC456"}, {"allowableAccountControl", "0x00000080"},
                      {"domainSidSize", "0"}, {"ntVersion", "0x0000000b"}};
        // (samba_peer.py netlogon samrequestsid)
        QTest::newRow("samLogonRequestSid")
            << hex("1200070043004c00490045004e0054003100000061006c0069006300650000005c4d41494c534c4f545c4e45545c4745"
                   "544443343536008000000018000000000104000000000005150000000100000002000000030000000b000000ffffffff")
            << QStringLiteral("netlogon.samLogonRequest")
            << Fields{{"domainSidSize", "24"}, {"domainSid", "010400000000000515000000010000000200000003000000"},
                      {"ntVersion", "0x0000000b"}, {"lm20Token", "0xffff"}};
        QTest::newRow("logonRequest") << hex("0000") + QByteArray("PC1\0bob\0\\MAILSLOT\\TEMP\\NETLOGON\0", 32)
                                             + hex("01ffffffff")
                                      << QStringLiteral("netlogon.logonRequest")
                                      << Fields{{"computerName", "PC1"}, {"userName", "bob"},
                                                {"mailslotName", "\\MAILSLOT\\TEMP\\NETLOGON"}, {"requestCount", "1"},
                                                {"lm20Token", "0xffff"}};
        QTest::newRow("logonResponse2") << hex("0600") + QByteArray("\\\\PDC\0", 6) + hex("ffff")
                                        << QStringLiteral("netlogon.logonResponse2")
                                        << Fields{{"pdcName", "\\\\PDC"}, {"lm20Token", "0xffff"}};
        QTest::newRow("primaryResponse") << hex("0c00") + QByteArray("PDC\0", 4) + utf16z("PDC") + utf16z("DOM")
                                                + hex("01000000ffffffff")
                                         << QStringLiteral("netlogon.primaryResponse")
                                         << Fields{{"pdcName", "PDC"}, {"unicodePdcName", "PDC"}, {"domainName", "DOM"},
                                                   {"ntVersion", "0x00000001"}};
        QTest::newRow("samLogonResponseNt40") << hex("1300") + utf16z("\\\\DC1") + utf16z("alice") + utf16z("DOM")
                                                     + hex("01000000ffffffff")
                                              << QStringLiteral("netlogon.samLogonResponse")
                                              << Fields{{"serverName", "\\\\DC1"}, {"userName", "alice"},
                                                        {"domainName", "DOM"}, {"ntVersion", "0x00000001"}};
        // RESPONSE_EX with compression pointers: forest "ad.example", domain -> pointer to forest, ...
        QByteArray ex = hex("1700") + hex("0000") + hex("fd030000") + QByteArray(16, '\x11');
        const int forestOffset = ex.size();
        ex += QByteArray("\x02" "ad" "\x07" "example\0", 12);
        ex += QByteArray("\xc0", 1) + QByteArray(1, char(forestOffset));                   // dnsDomainName
        ex += QByteArray("\x02" "dc", 3) + QByteArray("\xc0", 1) + QByteArray(1, char(forestOffset)); // host
        ex += QByteArray("\x02" "AD\0", 4) + QByteArray("\x03" "DC1\0", 5) + QByteArray("\0", 1);
        const int siteOffset = ex.size();
        ex += QByteArray("\x04" "Site\0", 6);
        ex += QByteArray("\xc0", 1) + QByteArray(1, char(siteOffset));
        ex += hex("05000000ffffffff");
        QTest::newRow("samLogonResponseEx")
            << ex << QStringLiteral("netlogon.samLogonResponseEx")
            << Fields{{"flags", "0x000003fd"}, {"domainGuid", "11111111-1111-1111-1111-111111111111"},
                      {"dnsForestName", "ad.example"}, {"dnsDomainName", "ad.example"}, {"dnsHostName", "dc.ad.example"},
                      {"domainName", "AD"}, {"computerName", "DC1"}, {"userName", ""}, {"dcSiteName", "Site"},
                      {"clientSiteName", "Site"}, {"ntVersion", "0x00000005"}};
        QTest::newRow("announceUas") << hex("0a00aabb") << QStringLiteral("netlogon.announceUas")
                                     << Fields{{"opcode", "10"}, {"data", "aabb"}};
        QTest::newRow("unknown") << hex("ff00") << QStringLiteral("netlogon.unknown") << Fields{{"opcode", "255"}};
    }
    void decode()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, kind);
        QFETCH(Fields, fields);
        const DecodedPayload d = NetlogonDecoder::decode(payload);
        QCOMPARE(d.kind(), kind);
        QVERIFY(!d.isTruncated());
        for (const auto &[key, value] : fields) {
            QVERIFY2(d.contains(key), qPrintable(key));
            QCOMPARE(d.value(key).toString(), value);
        }
        for (qsizetype cut = 0; cut < payload.size(); ++cut) {
            const DecodedPayload part = NetlogonDecoder::decode(payload.left(cut));
            QVERIFY(part.fields().size() <= d.fields().size() + 1);
            if (cut < 2)
                QVERIFY(part.isTruncated());
        }
    }
    void pointerLoopIsBounded()
    {
        QByteArray ex = hex("1700") + hex("0000") + hex("00000000") + QByteArray(16, '\0');
        ex += QByteArray("\xc0", 1) + QByteArray(1, char(ex.size())); // points to itself
        const DecodedPayload d = NetlogonDecoder::decode(ex);
        QVERIFY(d.isTruncated());
        QVERIFY(!d.contains(u"dnsForestName"));
    }
};

QTEST_GUILESS_MAIN(TestNetlogonDecoder)
#include "tst_netlogondecoder.moc"
