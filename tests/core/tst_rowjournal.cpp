// RowJournal: each row as a structured journal entry (the fields, the payload binary-safe), sent
// over a Unix datagram socket as journald's native protocol wants it (here a socket of the test's
// own, read back; a large entry as a memfd), the rate limit (dropped rows counted and reported),
// and the real journal when this machine has one (read back with journalctl).
#include "core/formats/rowjournal.h"
#include "core/stream/observeddatagram.h"
#include "core/system/journalentry.h"
#include "tests/core/fakejournal.h"
#include "tests/wire/testhelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>


namespace {
StreamRow localRow(const QByteArray &payload)
{
    StreamRow row;
    row.slot = QStringLiteral("\\\\.\\mailslot\\demo");
    row.payload = payload;
    return row;
}

StreamRow datagramRow()
{
    const QByteArray udp = testhelpers::mailslotDatagram(QByteArrayLiteral("\\MAILSLOT\\APP"), QByteArrayLiteral("hi"));
    const ObservedDatagram d = ObservedDatagram::fromUdp(udp, 0, 0x0a000001, 138, 0, 138);
    return StreamRow::fromDatagram(d, RowOrigin::Network);
}

} // namespace

class TestRowJournal : public QObject
{
    Q_OBJECT

private slots:
    void entryOfALocalMessage();
    void entryOfADatagram();
    void entriesReachTheSocket();
    void largeEntryGoesAsMemfd();
    void rateLimitCountsDrops();
    void missingJournalSaysWhy();
    void realJournal();

private:
    QTemporaryDir m_dir;
};

void TestRowJournal::entryOfALocalMessage()
{
    const QByteArray payload("line one\nline two\0end", 21);
    StreamRow row = localRow(payload);
    row.setHost(QStringLiteral("pc8"));
    const JournalEntry entry = RowJournal::entryFor(row);
    QCOMPARE(entry.value("MAILSLOT_SLOT"), QByteArray("\\\\.\\mailslot\\demo"));
    QCOMPARE(entry.value("MAILSLOT_KIND"), QByteArray("local"));
    QCOMPARE(entry.value("MAILSLOT_SIZE"), QByteArray("21"));
    QCOMPARE(entry.value("MAILSLOT_PAYLOAD"), payload);
    QCOMPARE(entry.value("MAILSLOT_HOST"), QByteArray("pc8"));
    QCOMPARE(entry.value("PRIORITY"), QByteArray("6"));
    QVERIFY(entry.value("MESSAGE").startsWith("pc8: \\\\.\\mailslot\\demo"));
    QVERIFY(entry.value("MAILSLOT_SOURCE_IP").isEmpty());
    // The binary payload survives the wire form.
    QCOMPARE(JournalEntry::decode(entry.encode())->value("MAILSLOT_PAYLOAD"), payload);
}

void TestRowJournal::entryOfADatagram()
{
    const JournalEntry entry = RowJournal::entryFor(datagramRow());
    QCOMPARE(entry.value("MAILSLOT_SLOT"), QByteArray("\\\\.\\mailslot\\app"));
    QCOMPARE(entry.value("MAILSLOT_SOURCE_IP"), QByteArray("10.0.0.1"));
    QCOMPARE(entry.value("MAILSLOT_SOURCE_NAME"), QByteArray("SENDER<00>"));
    QCOMPARE(entry.value("MAILSLOT_KIND"), QByteArray("datagram"));
    QCOMPARE(entry.value("MAILSLOT_PAYLOAD"), QByteArray("hi"));
    QCOMPARE(entry.value("SYSLOG_IDENTIFIER"), QByteArray("mailslot"));
}

void TestRowJournal::entriesReachTheSocket()
{
    FakeJournal journal(m_dir.filePath(QStringLiteral("socket")));
    QVERIFY(journal.isBound());
    RowJournal::Options options = journal.options();
    options.extraFields = {{"MAILSLOT_TEST_ID", "abc"}};
    RowJournal writer(options);
    QVERIFY2(writer.isOpen(), qPrintable(writer.error()));
    writer.write({localRow("one"), datagramRow(), localRow(QByteArray("\0\n", 2))});
    QCOMPARE(writer.written(), 3u);
    QCOMPARE(journal.next()->value("MAILSLOT_PAYLOAD"), QByteArray("one"));
    QCOMPARE(journal.next()->value("MAILSLOT_SOURCE_IP"), QByteArray("10.0.0.1"));
    const auto third = journal.next();
    QCOMPARE(third->value("MAILSLOT_PAYLOAD"), QByteArray("\0\n", 2));
    QCOMPARE(third->value("MAILSLOT_TEST_ID"), QByteArray("abc"));
    QVERIFY(!journal.next()); // nothing else (no drop report: nothing was dropped)
}

void TestRowJournal::largeEntryGoesAsMemfd()
{
    FakeJournal journal(m_dir.filePath(QStringLiteral("large")));
    QVERIFY(journal.isBound());
    RowJournal writer(journal.options());
    const QByteArray payload(900 * 1024, '\n'); // over any datagram the socket takes at once
    writer.write({localRow(payload)});
    QCOMPARE(writer.written(), 1u);
    const auto entry = journal.next();
    QVERIFY(entry.has_value());
    QCOMPARE(entry->value("MAILSLOT_PAYLOAD"), payload);
    QCOMPARE(journal.memfds(), 1);
}

void TestRowJournal::rateLimitCountsDrops()
{
    FakeJournal journal(m_dir.filePath(QStringLiteral("rate")));
    QVERIFY(journal.isBound());
    RowJournal::Options options = journal.options();
    options.rate = 10;
    options.burst = 5;
    options.clockNs = [] { return qint64(0); }; // one instant: the burst only
    {
        RowJournal writer(options);
        StreamRowList rows;
        for (int i = 0; i < 20; ++i)
            rows.append(localRow(QByteArray::number(i)));
        writer.write(rows);
        QCOMPARE(writer.written(), 5u);
        QCOMPARE(writer.dropped(), 15u);
    } // its end reports the drops
    for (int i = 0; i < 5; ++i)
        QCOMPARE(journal.next()->value("MAILSLOT_PAYLOAD"), QByteArray::number(i));
    const auto report = journal.next();
    QVERIFY(report.has_value());
    QCOMPARE(report->value("MAILSLOT_DROPPED"), QByteArray("15"));
    QCOMPARE(report->value("PRIORITY"), QByteArray("4"));
    QVERIFY(report->value("MESSAGE").contains("15 rows not written"));
    QVERIFY(!journal.next());
}

void TestRowJournal::missingJournalSaysWhy()
{
    RowJournal::Options options;
    options.socketPath = m_dir.filePath(QStringLiteral("absent"));
    RowJournal writer(options);
    QVERIFY(!writer.isOpen());
    QVERIFY2(writer.error().contains(options.socketPath), qPrintable(writer.error()));
}

void TestRowJournal::realJournal()
{
    if (!QFile::exists(QLatin1String(JournalWriter::kDefaultSocket)))
        QSKIP("no systemd journal on this machine (/run/systemd/journal/socket is missing)");
    QProcess probe;
    probe.start(QStringLiteral("journalctl"), {QStringLiteral("-n"), QStringLiteral("0")});
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        QSKIP("journalctl cannot read the journal here");
    const QByteArray id = QUuid::createUuid().toByteArray(QUuid::Id128);
    RowJournal::Options options;
    options.extraFields = {{"MAILSLOT_TEST_ID", id}};
    RowJournal writer(options);
    QVERIFY2(writer.isOpen(), qPrintable(writer.error()));
    const QByteArray payload("journal\n\0test", 13);
    writer.write({localRow(payload)});
    QCOMPARE(writer.written(), 1u);
    QJsonObject entry;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 QProcess read;
                                 read.start(QStringLiteral("journalctl"), {QStringLiteral("-o"), QStringLiteral("json"),
                                                                           QStringLiteral("MAILSLOT_TEST_ID=") + QString::fromLatin1(id)});
                                 read.waitForFinished(30000);
                                 entry = QJsonDocument::fromJson(read.readAllStandardOutput().split('\n').value(0)).object();
                                 return !entry.isEmpty();
                             }()),
                             30000);
    QCOMPARE(entry.value(QStringLiteral("MAILSLOT_SLOT")).toString(), QStringLiteral("\\\\.\\mailslot\\demo"));
    // journalctl writes a binary field as an array of byte values.
    QByteArray back;
    for (const QJsonValue &b : entry.value(QStringLiteral("MAILSLOT_PAYLOAD")).toArray())
        back.append(char(b.toInt()));
    QCOMPARE(back, payload);
}

QTEST_GUILESS_MAIN(TestRowJournal)
#include "tst_rowjournal.moc"
