#include "core/wire/smbmailslotwrite.h"
#include "testhelpers.h"

#include <QFile>
#include <QTest>

using namespace mailslot::wire;
using testhelpers::hex;

class TestSmbMailslotWrite : public QObject
{
    Q_OBJECT
private:
    static QByteArray specBytes()
    {
        QFile f(testhelpers::sharedCaptures() + QStringLiteral("/msmail-spec-example-smb.bin"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }
    static SmbMailslotWrite specFields()
    {
        SmbMailslotWrite w("\\MAILSLOT\\test1\\sample_mailslot", QByteArray(36, char(0xCA)));
        w.setSmbFlags(0x18);
        w.setSmbFlags2(0x0004);
        w.setPidLow(0xFEFF);
        // The shared 140-byte file has MaxParameterCount 0 and transaction Flags 0 at offsets 37
        // and 43 (the text rendering in mailslot-protocol.md §2.5 shows 2 and 0x0002 there).
        w.setMaxParameterCount(0);
        w.setTransactionFlags(0);
        w.setTimeout(0);
        w.setPriority(0);
        w.setMailslotClass(2);
        return w;
    }

private slots:
    void specExample()
    {
        const QByteArray spec = specBytes();
        if (spec.isEmpty())
            QSKIP("shared captures folder missing");
        QCOMPARE(spec.size(), 140);
        const SmbMailslotWriteDecodeResult r = SmbMailslotWrite::decode(spec);
        QVERIFY(r.ok());
        const SmbMailslotWrite &w = r.write;
        QCOMPARE(w.name(), QByteArray("\\MAILSLOT\\test1\\sample_mailslot"));
        QCOMPARE(w.payload(), QByteArray(36, char(0xCA)));
        QCOMPARE(w.dataOffset(), 104);
        QCOMPARE(w.dataCount(), 36);
        QCOMPARE(w.totalDataCount(), 36);
        QCOMPARE(w.parameterOffset(), 104);
        QCOMPARE(w.byteCount(), 71);
        QCOMPARE(w.smbFlags(), 0x18);
        QCOMPARE(w.smbFlags2(), 0x0004);
        QCOMPARE(w.pidLow(), 0xFEFF);
        QCOMPARE(w.maxParameterCount(), 0);
        QCOMPARE(w.transactionFlags(), 0x0000);
        QCOMPARE(w.priority(), 0);
        QCOMPARE(w.mailslotClass(), 2);
        QCOMPARE(w.opcode(), 1);
        QVERIFY(w.padToFourBytes());
        // re-encoding the decoded value and encoding the same field values from scratch
        QCOMPARE(w.encode(), spec);
        QCOMPARE(specFields().encode(), spec);
    }
    void defaultsAreSpecValues()
    {
        const SmbMailslotWrite w("\\MAILSLOT\\X", "data");
        const QByteArray b = w.encode();
        QCOMPARE(b.left(5), hex("ff534d4225"));
        QCOMPARE(quint8(b[9]), 0x18);
        QCOMPARE(b.mid(26, 2), hex("fffe"));
        QCOMPARE(b.mid(43, 2), hex("0200")); // NO_RESPONSE
        QCOMPARE(quint8(b[32]), 17);
        QCOMPARE(quint8(b[59]), 3);
    }
    void padding_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("pad");
        QTest::addColumn<int>("dataOffset");
        // \MAILSLOT\BROWSE: 69 + 16 + 1 = 86 (Samba/MS-BRWS example), padded 88
        QTest::newRow("browseSamba") << QByteArray("\\MAILSLOT\\BROWSE") << false << 86;
        QTest::newRow("browsePadded") << QByteArray("\\MAILSLOT\\BROWSE") << true << 88;
        QTest::newRow("aligned") << QByteArray("\\MAILSLOT\\ABCDEFGHIJKLMNOPQRSTU") << true << 104;
        QTest::newRow("spec") << QByteArray("\\MAILSLOT\\test1\\sample_mailslot") << true << 104;
    }
    void padding()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, pad);
        QFETCH(int, dataOffset);
        SmbMailslotWrite w(name, "payload!");
        w.setPadToFourBytes(pad);
        const QByteArray b = w.encode();
        QCOMPARE(b.size(), dataOffset + 8);
        const SmbMailslotWriteDecodeResult r = SmbMailslotWrite::decode(b);
        QVERIFY(r.ok());
        QCOMPARE(r.write.dataOffset(), dataOffset);
        QCOMPARE(r.write.parameterOffset(), dataOffset);
        QCOMPARE(r.write.byteCount(), dataOffset - 69 + 8);
        QCOMPARE(r.write.payload(), QByteArray("payload!"));
        QCOMPARE(r.write.padToFourBytes(), pad && dataOffset != 69 + name.size() + 1);
    }
    void normalizeName_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("upper") << QByteArray("\\MAILSLOT\\BROWSE") << QByteArray("\\MAILSLOT\\BROWSE");
        QTest::newRow("lower") << QByteArray("\\mailslot\\messngr") << QByteArray("\\MAILSLOT\\messngr");
        QTest::newRow("mixed") << QByteArray("\\MailSlot\\Dir\\Name") << QByteArray("\\MAILSLOT\\Dir\\Name");
        QTest::newRow("noLeadingBackslash") << QByteArray("mailslot\\x") << QByteArray("\\MAILSLOT\\x");
        QTest::newRow("bare") << QByteArray("sample") << QByteArray("\\MAILSLOT\\sample");
        QTest::newRow("leadingBackslash") << QByteArray("\\sample") << QByteArray("\\MAILSLOT\\sample");
    }
    void normalizeName()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QCOMPARE(SmbMailslotWrite::normalizeName(in), out);
        SmbMailslotWrite w(in, "x");
        const auto r = SmbMailslotWrite::decode(w.encode());
        QVERIFY(r.ok());
        QCOMPARE(r.write.name(), out);
    }
    void emptyAndLargePayload()
    {
        SmbMailslotWrite w("\\MAILSLOT\\E", {});
        auto r = SmbMailslotWrite::decode(w.encode());
        QVERIFY(r.ok());
        QVERIFY(r.write.payload().isEmpty());
        w.setPayload(QByteArray(65535 - 80, 'x'));
        QVERIFY(w.encode().isEmpty());
        w.setPayload(QByteArray(60000, 'x'));
        r = SmbMailslotWrite::decode(w.encode());
        QVERIFY(r.ok());
        QCOMPARE(r.write.payload().size(), 60000);
    }
    void dataOffsetIsAuthoritative()
    {
        // Payload placed 8 bytes after the name (extra padding): must be read from DataOffset.
        SmbMailslotWrite w("\\MAILSLOT\\A", "abc");
        QByteArray b = w.encode();
        const int oldOffset = quint8(b[57]);
        b.insert(oldOffset, QByteArray(8, 'P'));
        b[57] = char(oldOffset + 8);
        const auto r = SmbMailslotWrite::decode(b);
        QVERIFY(r.ok());
        QCOMPARE(r.write.payload(), QByteArray("abc"));
    }
    // Each flaw is the error; whatever could still be read is there: the parameter words (w),
    // the name (n), the payload (p, cut at the end of the SMB).
    void rejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<MalformedReason>("reason");
        QTest::addColumn<QString>("parts");
        QTest::addColumn<QByteArray>("payload");
        SmbMailslotWrite w("\\MAILSLOT\\BROWSE", "0123456789");
        const QByteArray good = w.encode(); // name ends at 86, DataOffset 88, 10 bytes
        QCOMPARE(good.size(), 98);
        for (int cut = 0; cut < good.size(); ++cut) {
            if (cut < 69)
                QTest::addRow("cut%d", cut) << good.left(cut) << MalformedReason::Truncated << QString() << QByteArray();
            else if (cut < 86)
                QTest::addRow("cut%d", cut) << good.left(cut) << MalformedReason::NameNotTerminated << "w" << QByteArray();
            else if (cut < 88)
                QTest::addRow("cut%d", cut) << good.left(cut) << MalformedReason::BadOffset << "wn" << QByteArray();
            else
                QTest::addRow("cut%d", cut) << good.left(cut) << MalformedReason::BadDataCount << "wnp"
                                            << good.mid(88, cut - 88);
        }
        auto patchedIn = [](QByteArray b, int offset, const QByteArray &bytes) {
            b.replace(offset, bytes.size(), bytes);
            return b;
        };
        auto patched = [&](int offset, const QByteArray &bytes) { return patchedIn(good, offset, bytes); };
        const QByteArray data("0123456789");
        QTest::newRow("protocol") << patched(0, hex("fe534d42")) << MalformedReason::BadProtocol << QString() << QByteArray();
        QTest::newRow("smb2") << patched(0, hex("fe534d42")).left(3) << MalformedReason::Truncated << QString()
                              << QByteArray();
        QTest::newRow("command") << patched(4, hex("32")) << MalformedReason::BadCommand << QString() << QByteArray();
        // SetupCount 3 still says how the words are laid out (as Wireshark reads them).
        QTest::newRow("wordCount16") << patched(32, hex("10")) << MalformedReason::WrongWordCount << "wnp" << data;
        QTest::newRow("wordCount0") << patched(32, hex("00")) << MalformedReason::WrongWordCount << QString()
                                    << QByteArray();
        QTest::newRow("wordCount16SetupCount2") << patchedIn(patched(32, hex("10")), 59, hex("02"))
                                                << MalformedReason::WrongWordCount << QString() << QByteArray();
        QTest::newRow("setupCount2") << patched(59, hex("02")) << MalformedReason::WrongSetupCount << "wnp" << data;
        QTest::newRow("opcode2") << patched(61, hex("0200")) << MalformedReason::BadOpcode << "wnp" << data;
        QTest::newRow("notMailslot") << patched(69, QByteArray("\\PIPE\\LANMAN\\\\\\\\")) << MalformedReason::NotMailslot
                                     << "wnp" << data;
        QTest::newRow("dataOffsetPastEnd") << patched(57, hex("6300")) << MalformedReason::BadOffset << "wn" << QByteArray();
        QTest::newRow("dataOffsetHuge") << patched(57, hex("ffff")) << MalformedReason::BadOffset << "wn" << QByteArray();
        // Inside the header or the name: read there anyway, as Wireshark does.
        QTest::newRow("dataOffsetInHeader") << patched(57, hex("1000")) << MalformedReason::BadOffset << "wnp"
                                            << good.mid(16, 10);
        QTest::newRow("dataOffsetInName") << patched(57, hex("4600")) << MalformedReason::BadOffset << "wnp"
                                          << good.mid(70, 10);
        QTest::newRow("dataCountTooLarge") << patched(55, hex("0b00")) << MalformedReason::BadDataCount << "wnp" << data;
        QTest::newRow("dataCountHuge") << patched(55, hex("ffff")) << MalformedReason::BadDataCount << "wnp" << data;
        QTest::newRow("nameUnterminated") << good.left(69) + QByteArray("\\MAILSLOT\\X")
                                          << MalformedReason::NameNotTerminated << "w" << QByteArray();
    }
    void rejected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(MalformedReason, reason);
        QFETCH(QString, parts);
        QFETCH(QByteArray, payload);
        const auto r = SmbMailslotWrite::decode(bytes);
        QCOMPARE(r.error, reason);
        QCOMPARE(r.parametersRead, parts.contains(QLatin1Char('w')));
        QCOMPARE(r.nameRead, parts.contains(QLatin1Char('n')));
        QCOMPARE(r.payloadRead, parts.contains(QLatin1Char('p')));
        QCOMPARE(r.write.payload(), payload);
        if (r.nameRead && reason != MalformedReason::NotMailslot)
            QCOMPARE(r.write.name(), QByteArray("\\MAILSLOT\\BROWSE"));
        if (r.parametersRead)
            QCOMPARE(r.write.mailslotClass(), 2);
    }
    void lowerCaseMailslotAccepted()
    {
        SmbMailslotWrite w("\\MAILSLOT\\BROWSE", "x");
        QByteArray b = w.encode();
        b.replace(69, 10, "\\mailslot\\");
        const auto r = SmbMailslotWrite::decode(b);
        QVERIFY(r.ok());
        QCOMPARE(r.write.name(), QByteArray("\\mailslot\\BROWSE"));
        QVERIFY(SmbMailslotWrite::isMailslotName("\\MaIlSlOt\\"));
        QVERIFY(!SmbMailslotWrite::isMailslotName("\\MAILSLOT"));
    }
};

QTEST_GUILESS_MAIN(TestSmbMailslotWrite)
#include "tst_smbmailslotwrite.moc"
