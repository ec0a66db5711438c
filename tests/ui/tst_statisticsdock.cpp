#include "mailslotregistry.h"
#include "mailslotwriter.h"
#include "messagemodel.h"
#include "rategraph.h"
#include "statisticsdock.h"
#include "uitesthelpers.h"

#include <QLocale>

class TestStatisticsDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }
    void liveInfoOfHeldSlot();
    void rates();
    void goneSlot();

private:
    QTemporaryDir m_dir;
};

void TestStatisticsDock::liveInfoOfHeldSlot()
{
    MailslotRegistry registry;
    MessageModel messages;
    StatisticsDock dock(&registry, &messages);
    MailslotServer::Options options;
    options.hold = true;
    options.slot.maxMessageSize = 500;
    MailslotError error;
    MailslotServer *server = registry.createSlot(QStringLiteral("stats\\held"), options, &error);
    QVERIFY(server);
    dock.setSlotName(server->name());
    QCOMPARE(dock.lastInfo().maxMessageSize, 500u);
    QCOMPARE(dock.fieldText(QStringLiteral("messageCount")), QStringLiteral("0"));
    auto writer = MailslotWriter::open(server->name(), &error);
    QVERIFY(!writer->write("abc"));
    QVERIFY(!writer->write("defgh"));
    // Live, from the registry's infoChanged (no wait for the one-second timer needed).
    QTRY_COMPARE(dock.fieldText(QStringLiteral("messageCount")), QStringLiteral("2"));
    QVERIFY(dock.fieldText(QStringLiteral("nextSize")).contains(QStringLiteral("3")));
    QVERIFY(dock.fieldText(QStringLiteral("maxMessageSize")).contains(QStringLiteral("500")));
}

void TestStatisticsDock::rates()
{
    MailslotRegistry registry;
    MessageModel messages;
    StatisticsDock dock(&registry, &messages);
    MailslotError error;
    MailslotServer *server = registry.createSlot(QStringLiteral("stats\\rate"), {}, &error);
    dock.setSlotName(server->name());
    auto writer = MailslotWriter::open(server->name(), &error);
    for (int i = 0; i < 100; ++i)
        QVERIFY(!writer->write("0123456789"));
    QTRY_VERIFY_WITH_TIMEOUT(dock.graph()->samples().size() >= 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(dock.messagesPerSecond() > 0 || dock.graph()->samples().size() >= 2, 5000);
    QVERIFY(dock.fieldText(QStringLiteral("slotTotal")).contains(QStringLiteral("100")));
}

void TestStatisticsDock::goneSlot()
{
    MailslotRegistry registry;
    MessageModel messages;
    StatisticsDock dock(&registry, &messages);
    MailslotError error;
    MailslotServer *server = registry.createSlot(QStringLiteral("stats\\gone"), {}, &error);
    const QString name = server->name();
    dock.setSlotName(name);
    registry.closeSlot(name);
    dock.sample();
    QVERIFY(dock.fieldText(QStringLiteral("slotName")).contains(name));
    QCOMPARE(dock.fieldText(QStringLiteral("messageCount")), QStringLiteral("\u2014"));
}

QTEST_MAIN(TestStatisticsDock)
#include "tst_statisticsdock.moc"
