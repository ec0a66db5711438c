// NetworkIdentity: our NetBIOS name and workgroup, and smb.conf's workgroup.
#include "core/netio/networkidentity.h"

#include <QTemporaryFile>
#include <QTest>

using mailslot::wire::NetbiosName;

class TestNetworkIdentity : public QObject
{
    Q_OBJECT

private slots:
    void smbConfWorkgroup_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("workgroup");
        QTest::newRow("debian default") << "[global]\n   workgroup = WORKGROUP\n   server string = %h\n" << "WORKGROUP";
        QTest::newRow("lower case") << "[global]\nworkgroup = testgrp\n" << "TESTGRP";
        QTest::newRow("key case and spaces") << "[Global]\n  WorkGroup=  Corp  \n" << "CORP";
        QTest::newRow("before any section") << "workgroup = EARLY\n[homes]\n" << "EARLY";
        QTest::newRow("other section ignored") << "[global]\n[share]\nworkgroup = NOTME\n" << "";
        QTest::newRow("comments") << "[global]\n# workgroup = HASH\n; workgroup = SEMI\nworkgroup = REAL\n" << "REAL";
        QTest::newRow("last wins") << "[global]\nworkgroup = A\nworkgroup = B\n" << "B";
        QTest::newRow("continued line") << "[global]\nworkgroup = \\\n LONGNAME\n" << "LONGNAME";
        QTest::newRow("cut to 15") << "[global]\nworkgroup = ABCDEFGHIJKLMNOPQ\n" << "ABCDEFGHIJKLMNO";
        QTest::newRow("crlf") << "[global]\r\nworkgroup = DOS\r\n" << "DOS";
        QTest::newRow("empty") << "" << "";
    }
    void smbConfWorkgroup()
    {
        QFETCH(QString, text);
        QFETCH(QString, workgroup);
        QCOMPARE(NetworkIdentity::workgroupFromSmbConf(text), workgroup);
    }

    void systemDefaultReadsTheFile()
    {
        QTemporaryFile conf;
        QVERIFY(conf.open());
        conf.write("[global]\n  workgroup = fromfile\n");
        conf.close();
        const NetworkIdentity id = NetworkIdentity::systemDefault(conf.fileName());
        QCOMPARE(id.workgroup(), QStringLiteral("FROMFILE"));
        QVERIFY(!id.netbiosName().isEmpty());
        QVERIFY(id.netbiosName().size() <= 15);
        QCOMPARE(id.netbiosName(), id.netbiosName().toUpper());
        QCOMPARE(NetworkIdentity::systemDefault(QStringLiteral("/nonexistent/smb.conf")).workgroup(),
                 QStringLiteral("WORKGROUP"));
    }

    void validNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "HOST1" << true;
        QTest::newRow("dash") << "my-host" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("dot") << "a.b" << false;
        QTest::newRow("star") << "*" << false;
        QTest::newRow("backslash") << "a\\b" << false;
        QTest::newRow("control") << "a\x01" << false;
        QTest::newRow("non latin1") << QString::fromUtf8("\xe2\x82\xac") << false;
    }
    void validNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QString problem;
        QCOMPARE(NetworkIdentity::isValidName(name, &problem), valid);
        QCOMPARE(problem.isEmpty(), valid);
    }

    void addressedToUs_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<int>("suffix");
        QTest::addColumn<bool>("ours");
        QTest::newRow("our name") << QByteArray("ME") << 0x00 << true;
        QTest::newRow("our name lower") << QByteArray("me") << 0x00 << true;
        QTest::newRow("our name messenger") << QByteArray("ME") << 0x03 << true;
        QTest::newRow("workgroup") << QByteArray("WG") << 0x00 << true;
        QTest::newRow("workgroup master browser") << QByteArray("WG") << 0x1d << true;
        QTest::newRow("other") << QByteArray("OTHER") << 0x00 << false;
        QTest::newRow("prefix only") << QByteArray("MEX") << 0x00 << false;
        QTest::newRow("empty") << QByteArray() << 0x00 << false;
    }
    void addressedToUs()
    {
        QFETCH(QByteArray, name);
        QFETCH(int, suffix);
        QFETCH(bool, ours);
        const NetworkIdentity id(QStringLiteral("me"), QStringLiteral("wg"));
        QCOMPARE(id.netbiosName(), QStringLiteral("ME"));
        QCOMPARE(id.isAddressedToUs(NetbiosName(name, quint8(suffix))), ours);
        QCOMPARE(id.sourceName().toDisplayString(), QStringLiteral("ME<00>"));
    }
};

QTEST_GUILESS_MAIN(TestNetworkIdentity)
#include "tst_networkidentity.moc"
