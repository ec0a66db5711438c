#include "core/wire/browsedecoder.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace mailslot::wire;
using testhelpers::hex;

namespace {
QByteArray field16(const QByteArray &s)
{
    QByteArray f = s.left(15);
    f.append(16 - f.size(), '\0');
    return f;
}
// The HostAnnouncement nmbd sent with "remote announce" (reference §2.5).
const QByteArray kNmbdHostAnnouncement = hex("010020bf0200") + field16("NMBDPEER") + hex("0601039a80000f0155aa")
    + QByteArray("nmbd peer", 10);
} // namespace

using Fields = QList<QPair<QString, QVariant>>;
Q_DECLARE_METATYPE(Fields)

class TestBrowseDecoder : public QObject
{
    Q_OBJECT
private slots:
    void opcodes_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Fields>("fields");
        QTest::newRow("hostAnnouncement")
            << kNmbdHostAnnouncement << QStringLiteral("browse.hostAnnouncement")
            << Fields{{"opcode", 1}, {"updateCount", 0}, {"periodicity", 180000u}, {"serverName", "NMBDPEER"},
                      {"osMajor", 6}, {"osMinor", 1}, {"serverType", 0x00809a03u},
                      {"serverTypeNames", QStringList{"WORKSTATION", "SERVER", "PRINTQ_SERVER", "SERVER_UNIX", "NT",
                                                      "SERVER_NT", "DFS_SERVER"}},
                      {"browserVersionMajor", 15}, {"browserVersionMinor", 1}, {"signature", "0xaa55"},
                      {"comment", "nmbd peer"}};
        QByteArray lmb = kNmbdHostAnnouncement;
        lmb[0] = 0x0F;
        QTest::newRow("localMasterAnnouncement") << lmb << QStringLiteral("browse.localMasterAnnouncement")
                                                 << Fields{{"opcode", 15}, {"serverName", "NMBDPEER"}};
        const QByteArray domain = hex("0c02c0d40100") + field16("TESTGRP") + hex("060100100080") + hex("0f0155aa")
            + QByteArray("NMBDPEER", 9);
        QTest::newRow("domainAnnouncement")
            << domain << QStringLiteral("browse.domainAnnouncement")
            << Fields{{"opcode", 12}, {"updateCount", 2}, {"periodicity", 120000u}, {"workgroup", "TESTGRP"},
                      {"serverType", 0x80001000u}, {"serverTypeNames", QStringList{"NT", "DOMAIN_ENUM"}},
                      {"mysteriousField", "0xaa55010f"}, {"localMasterBrowser", "NMBDPEER"}};
        QTest::newRow("announcementRequest") << QByteArray("\x02\x00" "REPLYTO\0", 10)
                                             << QStringLiteral("browse.announcementRequest")
                                             << Fields{{"opcode", 2}, {"reserved", 0}, {"responseName", "REPLYTO"}};
        QTest::newRow("requestElection")
            << hex("0801") + hex("0a0f0141") + hex("70170000") + hex("00000000") + QByteArray("NMBDPEER", 9)
            << QStringLiteral("browse.requestElection")
            << Fields{{"opcode", 8}, {"version", 1}, {"criteria", "0x41010f0a"}, {"criteriaOs", 0x41u},
                      {"criteriaBrowserVersion", "0x010f"}, {"criteriaDesire", 0x0au},
                      {"criteriaDesireNames", QStringList{"DOMAIN_CONTROLLER", "PREFERRED_MASTER"}}, {"uptime", 6000u},
                      {"serverName", "NMBDPEER"}};
        QTest::newRow("getBackupListRequest") << hex("0904efbeadde") << QStringLiteral("browse.getBackupListRequest")
                                              << Fields{{"opcode", 9}, {"requestedCount", 4}, {"token", 0xdeadbeefu}};
        QTest::newRow("getBackupListResponse")
            << hex("0a0201000000") + QByteArray("ONE\0TWO\0", 8) << QStringLiteral("browse.getBackupListResponse")
            << Fields{{"opcode", 10}, {"backupServerCount", 2}, {"token", 1u}, {"backupServers", QStringList{"ONE", "TWO"}}};
        QTest::newRow("becomeBackup") << QByteArray("\x0b" "PROMOTEE\0", 10) << QStringLiteral("browse.becomeBackup")
                                      << Fields{{"opcode", 11}, {"browserToPromote", "PROMOTEE"}};
        QTest::newRow("masterAnnouncement") << QByteArray("\x0d" "MASTER\0", 8) << QStringLiteral("browse.masterAnnouncement")
                                            << Fields{{"opcode", 13}, {"masterBrowserServerName", "MASTER"}};
        QTest::newRow("resetStateRequest") << hex("0e05") << QStringLiteral("browse.resetStateRequest")
                                           << Fields{{"opcode", 14}, {"resetType", 5},
                                                     {"resetTypeNames", QStringList{"STOP_MASTER", "STOP"}}};
        QTest::newRow("unknown") << hex("42beef") << QStringLiteral("browse.unknown")
                                 << Fields{{"opcode", 0x42}, {"data", "beef"}};
    }
    void opcodes()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, kind);
        QFETCH(Fields, fields);
        const DecodedPayload d = BrowseDecoder::decode(payload);
        QCOMPARE(d.kind(), kind);
        QVERIFY(!d.isTruncated());
        for (const auto &[key, value] : fields) {
            QVERIFY2(d.contains(key), qPrintable(key));
            QCOMPARE(d.value(key).toString(), value.toString());
            if (value.typeId() == QMetaType::QStringList)
                QCOMPARE(d.value(key).toStringList(), value.toStringList());
        }
        for (const DecodedPayload::Field &f : d.fields())
            QVERIFY(!f.label().isEmpty());
        const QJsonObject j = d.toJson();
        QCOMPARE(j.value(QStringLiteral("kind")).toString(), kind);
        QVERIFY(!j.contains(QStringLiteral("truncated")));
        // every truncation gives a partial result marked truncated
        for (qsizetype cut = 0; cut < payload.size(); ++cut) {
            const DecodedPayload part = BrowseDecoder::decode(payload.left(cut));
            if (kind == QLatin1String("browse.unknown") && cut > 0)
                continue;
            QVERIFY2(part.isTruncated(), qPrintable(QStringLiteral("%1 cut %2").arg(kind).arg(cut)));
            QVERIFY(part.fields().size() <= d.fields().size());
            QCOMPARE(part.toJson().value(QStringLiteral("truncated")).toBool(), true);
        }
    }
    void serverNameFieldIgnoresBytesAfterNul()
    {
        QByteArray p = kNmbdHostAnnouncement;
        p.replace(6 + 9, 7, "GARBAGE");
        QCOMPARE(BrowseDecoder::decode(p).value(u"serverName").toString(), QStringLiteral("NMBDPEER"));
    }
    void serverTypeNames()
    {
        QCOMPARE(BrowseDecoder::serverTypeNames(0), QStringList());
        QCOMPARE(BrowseDecoder::serverTypeNames(0x00819a03).size(), 8);
        QVERIFY(BrowseDecoder::serverTypeNames(0x00819a03).contains(QStringLiteral("MASTER_BROWSER")) == false);
        QVERIFY(BrowseDecoder::serverTypeNames(0x00040000).contains(QStringLiteral("MASTER_BROWSER")));
        QCOMPARE(BrowseDecoder::serverTypeNames(0xFFFFFFFF).size(), 27);
    }
    void lanman()
    {
        // Samba send_lm_announcement: opcode u16 1, type, major, minor, interval u16, name, comment
        const QByteArray lm = hex("0100") + hex("03000100") + hex("0401") + hex("b400") + QByteArray("LMHOST\0A COMMENT\0", 17);
        DecodedPayload d = BrowseDecoder::decodeLanman(lm);
        QCOMPARE(d.kind(), QStringLiteral("lanman.hostAnnouncement"));
        QVERIFY(!d.isTruncated());
        QCOMPARE(d.value(u"serverType").toUInt(), 0x00010003u);
        QCOMPARE(d.value(u"periodicity").toInt(), 180);
        QCOMPARE(d.value(u"serverName").toString(), QStringLiteral("LMHOST"));
        QCOMPARE(d.value(u"comment").toString(), QStringLiteral("A COMMENT"));
        QVERIFY(BrowseDecoder::decodeLanman(lm.left(9)).isTruncated());
        // BROWSE-style frames sent to LANMAN (as Windows servers do) are recognised by the signature
        QByteArray browseStyle = kNmbdHostAnnouncement;
        browseStyle[1] = 0;
        d = BrowseDecoder::decodeLanman(browseStyle);
        QCOMPARE(d.kind(), QStringLiteral("browse.hostAnnouncement"));
        QCOMPARE(d.value(u"serverName").toString(), QStringLiteral("NMBDPEER"));
    }
};

QTEST_GUILESS_MAIN(TestBrowseDecoder)
#include "tst_browsedecoder.moc"
