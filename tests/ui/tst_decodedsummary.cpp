#include "core/text/decodedsummary.h"
#include "uitesthelpers.h"

#include <QJsonArray>

namespace {

// The table below is written as the JSON the CLI prints; the summary is made from typed values.
mailslot::wire::DecodedPayload payloadOf(const QJsonObject &json)
{
    mailslot::wire::DecodedPayload payload(json.value(QLatin1String("kind")).toString());
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.key() == QLatin1String("kind"))
            continue;
        if (it.key() == QLatin1String("truncated")) {
            payload.setTruncated(it.value().toBool());
            continue;
        }
        const QVariant value = it.value().isArray() ? QVariant(it.value().toVariant().toStringList()) : it.value().toVariant();
        payload.addField(it.key(), it.key(), value);
    }
    return payload;
}

} // namespace

class TestDecodedSummary : public QObject
{
    Q_OBJECT

private slots:
    void summary_data();
    void summary();
    void fromADatagram();
    void malformed();
    void oneLineIsPlain();
};

void TestDecodedSummary::summary_data()
{
    QTest::addColumn<QJsonObject>("decoded");
    QTest::addColumn<QString>("expected");

    QTest::newRow("host announcement with comment")
        << QJsonObject{{"kind", "browse.hostAnnouncement"}, {"serverName", "NMBDPEER"}, {"comment", "nmbd peer"}}
        << QStringLiteral("Host announcement: NMBDPEER (nmbd peer)");
    QTest::newRow("host announcement, no comment")
        << QJsonObject{{"kind", "browse.hostAnnouncement"}, {"serverName", "PC1"}, {"comment", ""}}
        << QStringLiteral("Host announcement: PC1");
    QTest::newRow("domain announcement")
        << QJsonObject{{"kind", "browse.domainAnnouncement"}, {"workgroup", "TESTGRP"}}
        << QStringLiteral("Domain announcement: TESTGRP");
    QTest::newRow("election") << QJsonObject{{"kind", "browse.requestElection"}, {"serverName", "NMBDPEER"}}
                              << QStringLiteral("Browser election: NMBDPEER");
    QTest::newRow("announcement request") << QJsonObject{{"kind", "browse.announcementRequest"}, {"responseName", "X"}}
                                          << QStringLiteral("Announcement request: X");
    QTest::newRow("messenger")
        << QJsonObject{{"kind", "messenger.message"}, {"from", "ALICE"}, {"to", "BOB"}, {"text", "hi"}}
        << QStringLiteral("Messenger message from ALICE to BOB: hi");
    QTest::newRow("backup list")
        << QJsonObject{{"kind", "browse.getBackupListResponse"}, {"backupServers", QJsonArray{"A", "B"}}}
        << QStringLiteral("Backup list response: A, B");
    QTest::newRow("truncated") << QJsonObject{{"kind", "netlogon.samLogonRequest"}, {"truncated", true}}
                               << QStringLiteral("SAM logon request [truncated]");
    QTest::newRow("unknown kind") << QJsonObject{{"kind", "future.thing"}} << QStringLiteral("future.thing");
}

void TestDecodedSummary::summary()
{
    QFETCH(QJsonObject, decoded);
    QFETCH(QString, expected);
    QCOMPARE(DecodedSummary::summary(payloadOf(decoded)), expected);
}

void TestDecodedSummary::fromADatagram()
{
    const QByteArray udp = uitest::mailslotDatagram("\\MAILSLOT\\BROWSE", uitest::hostAnnouncement("TESTHOST", "a test"));
    const StreamRow row = uitest::datagramRow(udp);
    QVERIFY(row.datagram->parsed().isMailslotWrite());
    QVERIFY(row.datagram->decoded().has_value());
    QCOMPARE(DecodedSummary::forRow(row), QStringLiteral("Host announcement: TESTHOST (a test)"));
}

void TestDecodedSummary::malformed()
{
    const StreamRow m = uitest::datagramRow(QByteArray("\x11\x02", 2));
    QVERIFY(!m.datagram->parsed().isMailslotWrite());
    const QString text = DecodedSummary::forRow(m);
    QVERIFY2(text.startsWith(QStringLiteral("Malformed: ")), qPrintable(text));
    QVERIFY(text.size() > 12);
    QVERIFY(DecodedSummary::forRow(uitest::message(QStringLiteral("\\\\.\\mailslot\\x"), "plain")).isEmpty());
}

void TestDecodedSummary::oneLineIsPlain()
{
    QCOMPARE(DecodedSummary::oneLine(QStringLiteral("a\nb\tc")), QStringLiteral("a\uFFFDb\uFFFDc"));
    QCOMPARE(DecodedSummary::oneLine(QString(10, QLatin1Char('x')), 4), QStringLiteral("xxxx\u2026"));
    // Markup is text: nothing is interpreted.
    QCOMPARE(DecodedSummary::oneLine(QStringLiteral("<b>x</b>")), QStringLiteral("<b>x</b>"));
}

QTEST_MAIN(TestDecodedSummary)
#include "tst_decodedsummary.moc"
