#include "core/wire/netbiosname.h"

#include <QTest>

using namespace mailslot::wire;

class TestNetbiosName : public QObject
{
    Q_OBJECT
private slots:
    void encode_data()
    {
        QTest::addColumn<NetbiosName>("name");
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QString>("display");
        QTest::newRow("workgroup1d") << NetbiosName("WORKGROUP", 0x1D)
                                     << QByteArray("\x20" "FHEPFCELEHFCEPFFFACACACACACACABN", 33) + QByteArray(1, '\0')
                                     << QStringLiteral("WORKGROUP<1d>");
        QTest::newRow("nmbdpeer00") << NetbiosName("NMBDPEER", 0x00)
                                    << QByteArray("\x20" "EOENECEEFAEFEFFCCACACACACACACAAA", 33) + QByteArray(1, '\0')
                                    << QStringLiteral("NMBDPEER<00>");
        QTest::newRow("testgrp1d") << NetbiosName("TESTGRP", 0x1D)
                                   << QByteArray("\x20" "FEEFFDFEEHFCFACACACACACACACACABN", 33) + QByteArray(1, '\0')
                                   << QStringLiteral("TESTGRP<1d>");
        QTest::newRow("wildcard") << NetbiosName("*", 0x00)
                                  << QByteArray("\x20" "CKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 33) + QByteArray(1, '\0')
                                  << QStringLiteral("*<00>");
        QTest::newRow("msbrowse") << NetbiosName::msBrowse()
                                  << QByteArray("\x20" "ABACFPFPENFDECFCEPFHFDEFFPFPACAB", 33) + QByteArray(1, '\0')
                                  << QStringLiteral("<01><02>__MSBROWSE__<02><01>");
        QTest::newRow("scope") << NetbiosName("HOST", 0x20, "corp.example")
                               << QByteArray("\x20" "EIEPFDFECACACACACACACACACACACACA", 33) + QByteArray("\x04" "corp" "\x07" "example", 13)
                                      + QByteArray(1, '\0')
                               << QStringLiteral("HOST<20>.corp.example");
        QTest::newRow("empty") << NetbiosName("", 0x03)
                               << QByteArray("\x20" "CACACACACACACACACACACACACACACAAD", 33) + QByteArray(1, '\0')
                               << QStringLiteral("<03>");
    }
    void encode()
    {
        QFETCH(NetbiosName, name);
        QFETCH(QByteArray, encoded);
        QFETCH(QString, display);
        QCOMPARE(name.encode(), encoded);
        QCOMPARE(name.encodedSize(), encoded.size());
        QByteArray appended("before");
        name.appendEncoded(appended);
        QCOMPARE(appended, "before" + encoded);
        QCOMPARE(name.toDisplayString(), display);
        const NetbiosNameDecodeResult d = NetbiosName::decode(encoded);
        QVERIFY(d.ok());
        QCOMPARE(d.consumed, encoded.size());
        QCOMPARE(d.name, name);
        QCOMPARE(d.name.toDisplayString(), display);
    }
    void upperCasesOnTheWire()
    {
        const NetbiosName lower("host", 0x00);
        QCOMPARE(lower.name(), QByteArray("host"));
        const NetbiosNameDecodeResult d = NetbiosName::decode(lower.encode());
        QVERIFY(d.ok());
        QCOMPARE(d.name.name(), QByteArray("HOST"));
    }
    // Empty labels of a scope are left out, long ones cut to 63 bytes.
    void scopeLabelsOnTheWire()
    {
        const NetbiosName name("HOST", 0x20, ".a..b." + QByteArray(70, 'x'));
        const QByteArray expected = QByteArray("\x20" "EIEPFDFECACACACACACACACACACACACA", 33)
                                  + QByteArray("\x01" "a" "\x01" "b" "\x3f", 5) + QByteArray(63, 'x') + QByteArray(1, '\0');
        QCOMPARE(name.encode(), expected);
        QCOMPARE(name.encodedSize(), expected.size());
        const NetbiosNameDecodeResult d = NetbiosName::decode(expected);
        QVERIFY(d.ok());
        QCOMPARE(d.name.scope(), "a.b." + QByteArray(63, 'x'));
    }
    // Each byte of a name is encoded as toRaw16() has it (upper-cased as QByteArray does).
    void everyByteEncodesAsRaw16()
    {
        for (int c = 0; c < 256; ++c) {
            const NetbiosName name(QByteArray(1, char(c)) + "b" + QByteArray(1, char(c)), quint8(c));
            const QByteArray raw = name.toRaw16();
            const QByteArray encoded = name.encode();
            QCOMPARE(encoded.size(), 34);
            for (int i = 0; i < 16; ++i) {
                const auto b = quint8(raw[i]);
                QCOMPARE(encoded[1 + 2 * i], char('A' + (b >> 4)));
                QCOMPARE(encoded[2 + 2 * i], char('A' + (b & 0x0F)));
            }
        }
    }
    void longNameIsCut()
    {
        const NetbiosName n("ABCDEFGHIJKLMNOPQRS", 0x00);
        QCOMPARE(n.toRaw16(), QByteArray("ABCDEFGHIJKLMNO") + QByteArray(1, '\0'));
        QCOMPARE(n.encode().size(), 34);
    }
    void displayNonPrintable()
    {
        QCOMPARE(NetbiosName(QByteArray("A\x7f" "B\xe9", 4), 0x1e).toDisplayString(), QStringLiteral("A<7f>B<e9><1e>"));
    }
    void decodeAtOffset()
    {
        const QByteArray data = QByteArray("xyz") + NetbiosName("PC", 0x20).encode() + "tail";
        const NetbiosNameDecodeResult d = NetbiosName::decode(data, 3);
        QVERIFY(d.ok());
        QCOMPARE(d.consumed, 34);
        QCOMPARE(d.name, NetbiosName("PC", 0x20));
    }
    // A bad name whose extent is known says how long it is (so that what follows it can still be
    // read) and, when its characters are good, what it is.
    void decodeErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<MalformedReason>("reason");
        QTest::addColumn<int>("consumed");
        QTest::addColumn<QString>("name"); // "" when not readable
        const QByteArray good = NetbiosName("WORKGROUP", 0x1D, "a.b").encode();
        for (int cut = 0; cut < good.size(); ++cut)
            QTest::addRow("truncated%d", cut) << good.left(cut) << MalformedReason::Truncated << 0 << QString();
        QByteArray badLength = good;
        badLength[0] = 0x1F;
        QTest::newRow("lengthByte") << badLength << MalformedReason::BadName << 0 << QString();
        QByteArray badChar = good;
        badChar[5] = 'Q';
        QTest::newRow("charQ") << badChar << MalformedReason::BadName << int(good.size()) << QString();
        badChar[5] = 'a';
        QTest::newRow("lowercase") << badChar << MalformedReason::BadName << int(good.size()) << QString();
        QByteArray pointer = good.left(33) + QByteArray("\xC0\x0C", 2);
        QTest::newRow("compressionPointer") << pointer << MalformedReason::BadName << 35 << QString();
        QTest::newRow("compressionPointerCut") << pointer.left(34) << MalformedReason::Truncated << 0 << QString();
        QByteArray longLabel = good.left(33) + QByteArray(1, char(64)) + QByteArray(64, 'x') + QByteArray(1, '\0');
        QTest::newRow("label64") << longLabel << MalformedReason::BadName << 0 << QString();
        QByteArray tooLong = good.left(33);
        QByteArrayList labels;
        for (int i = 0; i < 5; ++i) {
            tooLong += QByteArray(1, char(63)) + QByteArray(63, 'x');
            labels.append(QByteArray(63, 'x'));
        }
        tooLong += QByteArray(1, '\0');
        QTest::newRow("over255") << tooLong << MalformedReason::BadName << int(tooLong.size())
                                 << NetbiosName("WORKGROUP", 0x1D, labels.join('.')).toDisplayString();
        // A dot inside a scope label (found by fuzzing): it would read back as two labels.
        const QByteArray dotInLabel = good.left(33) + QByteArray("\x03" "a.b" "\x00", 5);
        QTest::newRow("dotInScopeLabel") << dotInLabel << MalformedReason::BadName << 38
                                         << QStringLiteral("WORKGROUP<1d>.a.b");
    }
    void decodeErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(MalformedReason, reason);
        QFETCH(int, consumed);
        QFETCH(QString, name);
        const NetbiosNameDecodeResult d = NetbiosName::decode(data);
        QCOMPARE(d.error, reason);
        QVERIFY(!d.ok());
        QCOMPARE(d.consumed, consumed);
        QCOMPARE(d.name.isNull() ? QString() : d.name.toDisplayString(), name);
    }
    void decodeNegativeOffset()
    {
        QCOMPARE(NetbiosName::decode(NetbiosName("X", 0).encode(), -1).error, MalformedReason::Truncated);
        QCOMPARE(NetbiosName::decode(NetbiosName("X", 0).encode(), 1000).error, MalformedReason::Truncated);
    }
};

QTEST_GUILESS_MAIN(TestNetbiosName)
#include "tst_netbiosname.moc"
