// JournalEntry: the journal's native protocol. Plain fields as NAME=value; a value with a newline
// (binary: newlines, NULs, any byte) as NAME, newline, little-endian 64-bit length, bytes, newline;
// names the journal would refuse left out; decode() reads back what encode() wrote.
#include "core/system/journalentry.h"

#include <QTest>

class TestJournalEntry : public QObject
{
    Q_OBJECT

private slots:
    void plainField();
    void binaryField();
    void roundTrip_data();
    void roundTrip();
    void names_data();
    void names();
    void truncatedIsRefused();
};

void TestJournalEntry::plainField()
{
    JournalEntry entry;
    QVERIFY(entry.add("MESSAGE", "hello world"));
    QVERIFY(entry.add("MAILSLOT_SIZE", "11"));
    QCOMPARE(entry.encode(), QByteArray("MESSAGE=hello world\nMAILSLOT_SIZE=11\n"));
}

void TestJournalEntry::binaryField()
{
    JournalEntry entry;
    const QByteArray payload("a\nb\0c", 5);
    QVERIFY(entry.add("MAILSLOT_PAYLOAD", payload));
    QCOMPARE(entry.encode(), QByteArray("MAILSLOT_PAYLOAD\n\x05\0\0\0\0\0\0\0a\nb\0c\n", 31));
}

void TestJournalEntry::roundTrip_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("hello");
    QTest::newRow("equals") << QByteArray("a=b=c");
    QTest::newRow("newline only") << QByteArray("\n");
    QTest::newRow("NULs and newlines") << QByteArray("\0\n\0\n\r\xff", 6);
    QByteArray every;
    for (int b = 0; b < 256; ++b)
        every.append(char(b));
    QTest::newRow("every byte") << every;
    QTest::newRow("64 KiB") << QByteArray(65536, '\n');
}

void TestJournalEntry::roundTrip()
{
    QFETCH(QByteArray, value);
    JournalEntry entry;
    entry.add("MESSAGE", "x");
    entry.add("MAILSLOT_PAYLOAD", value);
    entry.add("MAILSLOT_SLOT", "\\\\.\\mailslot\\demo");
    const auto back = JournalEntry::decode(entry.encode());
    QVERIFY(back.has_value());
    QCOMPARE(back->fields(), entry.fields());
    QCOMPARE(back->value("MAILSLOT_PAYLOAD"), value);
}

void TestJournalEntry::names_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("upper") << QByteArray("MAILSLOT_SLOT") << true;
    QTest::newRow("digits") << QByteArray("A1_2") << true;
    QTest::newRow("lower") << QByteArray("message") << false;
    QTest::newRow("journal's own") << QByteArray("_PID") << false;
    QTest::newRow("digit first") << QByteArray("1A") << false;
    QTest::newRow("equals") << QByteArray("A=B") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("64") << QByteArray(64, 'A') << true;
    QTest::newRow("65") << QByteArray(65, 'A') << false;
}

void TestJournalEntry::names()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, valid);
    JournalEntry entry;
    QCOMPARE(JournalEntry::isValidName(name), valid);
    QCOMPARE(entry.add(name, "v"), valid);
    QCOMPARE(entry.fields().size(), valid ? 1 : 0);
}

void TestJournalEntry::truncatedIsRefused()
{
    JournalEntry entry;
    entry.add("MAILSLOT_PAYLOAD", "a\nb");
    const QByteArray bytes = entry.encode();
    for (qsizetype cut = 1; cut < bytes.size(); ++cut)
        QVERIFY2(!JournalEntry::decode(bytes.first(cut)), qPrintable(QString::number(cut)));
    QVERIFY(!JournalEntry::decode("NO NEWLINE"));
}

QTEST_GUILESS_MAIN(TestJournalEntry)
#include "tst_journalentry.moc"
