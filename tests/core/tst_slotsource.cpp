// SlotSource: the slots this process serves as a stream source: their messages numbered by the
// hub, the served names known to the ledger while they are served.
#include "core/slots/mailslotregistry.h"
#include "core/slots/mailslotwriter.h"
#include "core/stream/slotsource.h"
#include "core/stream/streamhub.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSlotSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void messagesOfEverySlot();
    void ledgerFollowsTheServedSlots();

private:
    QTemporaryDir m_dir;
};

void TestSlotSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("MAILSLOT_RUNTIME_DIR", m_dir.filePath(QStringLiteral("slots")).toUtf8());
}

void TestSlotSource::messagesOfEverySlot()
{
    MailslotRegistry registry;
    StreamHub hub;
    auto *source = new SlotSource(&registry, hub.ledger());
    hub.addSource(source);
    QCOMPARE(source->state(), StreamSource::State::Live);
    QCOMPARE(source->origin(), RowOrigin::LocalSlot);
    MailslotError error;
    QVERIFY(registry.createSlot(QStringLiteral("src\\one"), {}, &error));
    QVERIFY(registry.createSlot(QStringLiteral("src\\two"), {}, &error));
    QSignalSpy arrived(&hub, &StreamHub::rowsArrived);
    QVERIFY(!registry.send(QStringLiteral("src\\one"), "1"));
    QVERIFY(!registry.send(QStringLiteral("src\\two"), "2"));
    StreamRowList all;
    QTRY_VERIFY([&] {
        all.clear();
        for (const QList<QVariant> &args : std::as_const(arrived))
            all += args.at(0).value<StreamRowList>();
        return all.size() == 2;
    }());
    QStringList slotsSeen;
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(all[i].sequence, quint64(i + 1));
        QCOMPARE(all[i].sourceId, source->id());
        QCOMPARE(all[i].origin, RowOrigin::LocalSlot);
        slotsSeen.append(all[i].slot);
    }
    slotsSeen.sort();
    QCOMPARE(slotsSeen, (QStringList{QStringLiteral("\\\\.\\mailslot\\src\\one"), QStringLiteral("\\\\.\\mailslot\\src\\two")}));
    QCOMPARE(source->counters().rows, quint64(2));
    QCOMPARE(source->counters().bytes, quint64(2));
}

void TestSlotSource::ledgerFollowsTheServedSlots()
{
    MailslotRegistry registry;
    MailslotError error;
    QVERIFY(registry.createSlot(QStringLiteral("before"), {}, &error)); // served before the source existed
    StreamHub hub;
    hub.addSource(new SlotSource(&registry, hub.ledger()));
    const std::shared_ptr<DeliveryLedger> ledger = hub.ledger();
    QVERIFY(ledger->isServed(QStringLiteral("\\\\.\\mailslot\\before")));
    QVERIFY(registry.createSlot(QStringLiteral("After"), {}, &error));
    QVERIFY(ledger->isServed(QStringLiteral("\\\\.\\mailslot\\after"))); // canonical, as the bridge names it
    QVERIFY(registry.closeSlot(QStringLiteral("after")));
    QVERIFY(!ledger->isServed(QStringLiteral("\\\\.\\mailslot\\after")));
}

QTEST_GUILESS_MAIN(TestSlotSource)
#include "tst_slotsource.moc"
