#include "core/slots/mailslotregistry.h"
#include "core/slots/mailslotwriter.h"
#include "ui/stream/messagemodel.h"
#include "ui/statistics/rategraph.h"
#include "ui/statistics/rategraph.h"
#include "ui/statistics/statisticsdock.h"
#include "core/text/translations.h"
#include "uitesthelpers.h"

#include <QLabel>
#include <QLocale>

using uitest::child;

namespace {
// The text shown for a figure, by its field's object name.
QString fieldText(const StatisticsDock &dock, const QString &objectName)
{
    return child<QLabel>(&dock, objectName)->text();
}
} // namespace

class TestStatisticsDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }
    void liveInfoOfHeldSlot();
    void rates();
    void goneSlot();
    void figuresArePlural_data();
    void figuresArePlural();
    void hiddenDockCatchesUpWhenShown();

private:
    QTemporaryDir m_dir;
};

void TestStatisticsDock::liveInfoOfHeldSlot()
{
    MailslotRegistry registry;
    MessageModel messages;
    StatisticsDock dock(&registry, &messages);
    dock.show(); // its figures are shown while it is seen
    MailslotServer::Options options;
    options.hold = true;
    options.slot.maxMessageSize = 500;
    MailslotError error;
    MailslotServer *server = registry.createSlot(QStringLiteral("stats\\held"), options, &error);
    QVERIFY(server);
    dock.setSlotName(server->name());
    QCOMPARE(dock.lastInfo().maxMessageSize, 500u);
    QCOMPARE(fieldText(dock, QStringLiteral("messageCount")), QStringLiteral("0"));
    auto writer = MailslotWriter::open(server->name(), &error);
    QVERIFY(!writer->write("abc"));
    QVERIFY(!writer->write("defgh"));
    // Live, from the registry's infoChanged (no wait for the one-second timer needed).
    QTRY_COMPARE(fieldText(dock, QStringLiteral("messageCount")), QStringLiteral("2"));
    QVERIFY(fieldText(dock, QStringLiteral("nextSize")).contains(QStringLiteral("3")));
    QVERIFY(fieldText(dock, QStringLiteral("maxMessageSize")).contains(QStringLiteral("500")));
}

void TestStatisticsDock::rates()
{
    MailslotRegistry registry;
    MessageModel messages;
    StatisticsDock dock(&registry, &messages);
    dock.show(); // its figures are shown while it is seen
    const auto *graph = child<RateGraph>(&dock, QStringLiteral("rateGraph"));
    MailslotError error;
    MailslotServer *server = registry.createSlot(QStringLiteral("stats\\rate"), {}, &error);
    dock.setSlotName(server->name());
    auto writer = MailslotWriter::open(server->name(), &error);
    for (int i = 0; i < 100; ++i)
        QVERIFY(!writer->write("0123456789"));
    QTRY_VERIFY_WITH_TIMEOUT(graph->samples().size() >= 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(dock.messagesPerSecond() > 0 || graph->samples().size() >= 2, 5000);
    QVERIFY(fieldText(dock, QStringLiteral("slotTotal")).contains(QStringLiteral("100")));
}

void TestStatisticsDock::goneSlot()
{
    MailslotRegistry registry;
    MessageModel messages;
    StatisticsDock dock(&registry, &messages);
    dock.show(); // its figures are shown while it is seen
    MailslotError error;
    MailslotServer *server = registry.createSlot(QStringLiteral("stats\\gone"), {}, &error);
    const QString name = server->name();
    dock.setSlotName(name);
    registry.closeSlot(name);
    dock.sample();
    QVERIFY(fieldText(dock, QStringLiteral("slotName")).contains(name));
    QCOMPARE(fieldText(dock, QStringLiteral("messageCount")), QStringLiteral("\u2014"));
}

void TestStatisticsDock::figuresArePlural_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArrayList>("writes");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("next");
    QTest::newRow("en, one") << QStringLiteral("en") << QByteArrayList{"0"} << QStringLiteral("1 message, 1 byte")
                             << QStringLiteral("1 byte");
    QTest::newRow("en, two") << QStringLiteral("en") << QByteArrayList{"0123456789abcdef", "x"}
                             << QStringLiteral("2 messages, 17 bytes") << QStringLiteral("16 bytes");
    QTest::newRow("es, one") << QStringLiteral("es") << QByteArrayList{"0"} << QStringLiteral("1 mensaje, 1 byte")
                             << QStringLiteral("1 byte");
    QTest::newRow("it, two") << QStringLiteral("it") << QByteArrayList{"0123456789abcdef", "x"}
                             << QStringLiteral("2 messaggi, 17 byte") << QStringLiteral("16 byte");
}

void TestStatisticsDock::figuresArePlural()
{
    QFETCH(QString, language);
    QFETCH(QByteArrayList, writes);
    QFETCH(QString, total);
    QFETCH(QString, next);
    Translations::install(language);
    MailslotRegistry registry;
    MessageModel messages;
    StatisticsDock dock(&registry, &messages);
    dock.show(); // its figures are shown while it is seen
    MailslotServer::Options options;
    options.hold = true; // the messages stay queued: next size is the first one's
    MailslotError error;
    MailslotServer *server = registry.createSlot(QStringLiteral("stats\\plural") + language + QString::number(writes.size()),
                                                 options, &error);
    QVERIFY(server);
    dock.setSlotName(server->name());
    auto writer = MailslotWriter::open(server->name(), &error);
    for (const QByteArray &w : writes)
        QVERIFY(!writer->write(w));
    QTRY_COMPARE(fieldText(dock, QStringLiteral("messageCount")), QString::number(writes.size()));
    QTRY_COMPARE(fieldText(dock, QStringLiteral("slotTotal")), total); // (its own update under Wine)
    QTRY_COMPARE(fieldText(dock, QStringLiteral("nextSize")), next);
    Translations::install(QStringLiteral("en"));
}

void TestStatisticsDock::hiddenDockCatchesUpWhenShown()
{
    // Behind another dock's tab, or closed, the dock keeps its figures (and the rate graph's
    // samples) without setting its labels; shown, it has them at once.
    MailslotRegistry registry;
    MessageModel messages;
    StatisticsDock dock(&registry, &messages);
    MailslotServer::Options options;
    options.hold = true;
    MailslotError error;
    MailslotServer *server = registry.createSlot(QStringLiteral("stats\\hidden"), options, &error);
    QVERIFY(server);
    dock.setSlotName(server->name());
    auto writer = MailslotWriter::open(server->name(), &error);
    QVERIFY(!writer->write("abc"));
    QVERIFY(!writer->write("defgh"));
    QTRY_COMPARE(dock.lastInfo().messageCount, 2u);
    StreamRow row;
    row.payload = "xyz";
    messages.append({row});
    messages.flush();
    QVERIFY(fieldText(dock, QStringLiteral("messageCount")) != QStringLiteral("2"));
    dock.show();
    QCOMPARE(fieldText(dock, QStringLiteral("messageCount")), QStringLiteral("2"));
    QVERIFY(fieldText(dock, QStringLiteral("nextSize")).contains(QStringLiteral("3")));
    QVERIFY(fieldText(dock, QStringLiteral("slotName")).contains(QStringLiteral("hidden")));
    QVERIFY2(fieldText(dock, QStringLiteral("received")).startsWith(QStringLiteral("1 ")), qPrintable(fieldText(dock, QStringLiteral("received"))));
    // Hidden again: the figures move on unseen, and are there when it comes back.
    dock.hide();
    QVERIFY(!writer->write("0123456789"));
    QTRY_COMPARE(dock.lastInfo().messageCount, 3u);
    QVERIFY(fieldText(dock, QStringLiteral("messageCount")) != QStringLiteral("3"));
    dock.show();
    QCOMPARE(fieldText(dock, QStringLiteral("messageCount")), QStringLiteral("3"));
}

QTEST_MAIN(TestStatisticsDock)
#include "tst_statisticsdock.moc"
