// TapSource (with TapWorker and SlotPattern): rows of a watched slot with the writer's pid, a
// name or pattern attached when its slot appears, detached when it closes; SlotPattern's forms.
#include "core/platform/slotbackend.h"
#include "core/slots/mailslotwriter.h"
#include "core/stream/slotpattern.h"
#include "core/stream/tapsource.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace mailslot::platform;

class TestTapSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void patterns_data();
    void patterns();
    void rowsOfAWatchedSlot_data();
    void rowsOfAWatchedSlot();
    void closedSlotIsDetached();

private:
    std::unique_ptr<ServerSlot> serve(const std::string &name);
    QTemporaryDir m_dir;
};

void TestTapSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("MAILSLOT_RUNTIME_DIR", (m_dir.path() + QStringLiteral("/ns")).toLocal8Bit());
}

std::unique_ptr<ServerSlot> TestTapSource::serve(const std::string &name)
{
    std::unique_ptr<ServerSlot> server;
    return createSystemBackend()->create(name, {}, &server) ? nullptr : std::move(server);
}

void TestTapSource::patterns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matches");
    QTest::newRow("name") << "App/Orders" << "\\\\.\\mailslot\\app\\orders" << "\\\\.\\mailslot\\app\\orders" << true;
    QTest::newRow("other name") << "app/orders" << "\\\\.\\mailslot\\app\\orders" << "\\\\.\\mailslot\\app\\order" << false;
    QTest::newRow("star") << "\\\\.\\mailslot\\APP\\*" << "\\\\.\\mailslot\\app\\*" << "\\\\.\\mailslot\\app\\x\\y" << true;
    QTest::newRow("star, other path") << "app\\*" << "\\\\.\\mailslot\\app\\*" << "\\\\.\\mailslot\\apple" << false;
    QTest::newRow("question mark") << "a?c" << "\\\\.\\mailslot\\a?c" << "\\\\.\\mailslot\\abc" << true;
    QTest::newRow("dot is literal") << "a.*" << "\\\\.\\mailslot\\a.*" << "\\\\.\\mailslot\\abc" << false;
}

void TestTapSource::patterns()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(QString, name);
    QFETCH(bool, matches);
    MailslotError error;
    const SlotPattern pattern = SlotPattern::parse(text, &error);
    QVERIFY2(pattern.isValid(), qPrintable(error.toString()));
    QCOMPARE(pattern.canonical(), canonical);
    QCOMPARE(pattern.matches(name), matches);
}

void TestTapSource::rowsOfAWatchedSlot_data()
{
    QTest::addColumn<QString>("watch");
    QTest::addColumn<bool>("servedFirst");
    QTest::newRow("served already") << QStringLiteral("tap/one") << true;
    QTest::newRow("served later") << QStringLiteral("tap/two") << false;
    QTest::newRow("pattern, served later") << QStringLiteral("tap/th*") << false;
}

void TestTapSource::rowsOfAWatchedSlot()
{
    QFETCH(QString, watch);
    QFETCH(bool, servedFirst);
    const QString slot = QStringLiteral("\\\\.\\mailslot\\") + QString(watch).replace(u'/', u'\\').replace(QLatin1Char('*'), QStringLiteral("ree"));
    std::unique_ptr<ServerSlot> server = servedFirst ? serve(slot.toStdString()) : nullptr;
    TapSource source(SlotPattern::parse(watch));
    QSignalSpy attached(&source, &TapSource::slotAttached);
    QSignalSpy rows(&source, &StreamSource::rowsReady);
    if (!servedFirst)
        server = serve(slot.toStdString());
    QVERIFY(server);
    QVERIFY(attached.wait());
    QCOMPARE(attached.first().at(0).toString(), slot);
    QCOMPARE(attached.first().at(1).toLongLong(), qint64(getpid()));
    QCOMPARE(source.watchedSlots(), QStringList{slot});
    MailslotError error;
    auto writer = MailslotWriter::open(slot, &error);
    QVERIFY(writer);
    for (int i = 0; i < 3; ++i)
        QVERIFY(!writer->write(QByteArray::number(i)));
    StreamRowList got;
    while (got.size() < 3) {
        QVERIFY(rows.wait());
        while (!rows.isEmpty())
            got += rows.takeFirst().at(0).value<StreamRowList>();
    }
    QCOMPARE(got.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(got[i].payload, QByteArray::number(i));
        QCOMPARE(got[i].slot, slot);
        QVERIFY(got[i].sender());
        QCOMPARE(got[i].sender()->pid, qint64(getpid()));
        QVERIFY(!got[i].sender()->origin);
    }
    QCOMPARE(source.counters().rows, quint64(3));
}

void TestTapSource::closedSlotIsDetached()
{
    const QString slot = QStringLiteral("\\\\.\\mailslot\\tap\\closing");
    std::unique_ptr<ServerSlot> server = serve(slot.toStdString());
    QVERIFY(server);
    TapSource source(SlotPattern::parse(slot));
    QSignalSpy attached(&source, &TapSource::slotAttached);
    QSignalSpy detached(&source, &TapSource::slotDetached);
    QVERIFY(attached.wait());
    server.reset();
    QVERIFY(detached.wait());
    QCOMPARE(detached.first().at(0).toString(), slot);
    QCOMPARE(detached.first().at(1).toULongLong(), quint64(0));
    QVERIFY(source.watchedSlots().isEmpty());
    // Served again: watched again.
    server = serve(slot.toStdString());
    QVERIFY(server);
    QVERIFY(attached.size() == 2 || attached.wait());
}

QTEST_GUILESS_MAIN(TestTapSource)
#include "tst_tapsource.moc"
