// DeliveryLedger: notes only for served slots, withdrawn on a failed write, bounded, and safe
// between the bridge's thread and the hub's.
#include "core/stream/deliveryledger.h"

#include <QTest>

#include <atomic>
#include <thread>

class TestDeliveryLedger : public QObject
{
    Q_OBJECT

private slots:
    void servedOnly();
    void withdraw();
    void closingTheSlotForgets();
    void bounded();
    void acrossThreads();
};

namespace {
const QString kSlot = QStringLiteral("\\\\.\\mailslot\\a");
}

void TestDeliveryLedger::servedOnly()
{
    DeliveryLedger ledger;
    QVERIFY(!ledger.expect(kSlot, "x"));
    QCOMPARE(ledger.pending(), std::size_t(0));
    QVERIFY(!ledger.take(kSlot, "x"));
    ledger.setServed(kSlot, true);
    QVERIFY(ledger.isServed(kSlot));
    QVERIFY(ledger.expect(kSlot, "x"));
    QCOMPARE(ledger.pending(), std::size_t(1));
    QVERIFY(!ledger.take(kSlot, "y"));
    QVERIFY(!ledger.take(QStringLiteral("\\\\.\\mailslot\\b"), "x"));
    QVERIFY(ledger.take(kSlot, "x"));
    QVERIFY(!ledger.take(kSlot, "x")); // used up
    QCOMPARE(ledger.pending(), std::size_t(0));
}

void TestDeliveryLedger::withdraw()
{
    DeliveryLedger ledger;
    ledger.setServed(kSlot, true);
    QVERIFY(ledger.expect(kSlot, "failed write"));
    ledger.withdraw(kSlot, "failed write");
    QCOMPARE(ledger.pending(), std::size_t(0));
    QVERIFY(!ledger.take(kSlot, "failed write")); // a message of that text from elsewhere stays
}

void TestDeliveryLedger::closingTheSlotForgets()
{
    DeliveryLedger ledger;
    ledger.setServed(kSlot, true);
    QVERIFY(ledger.expect(kSlot, "1"));
    QVERIFY(ledger.expect(kSlot, "2"));
    ledger.setServed(kSlot, false);
    QCOMPARE(ledger.pending(), std::size_t(0));
    QVERIFY(!ledger.isServed(kSlot));
}

void TestDeliveryLedger::bounded()
{
    DeliveryLedger ledger;
    ledger.setServed(kSlot, true);
    for (std::size_t i = 0; i < DeliveryLedger::kMaxNotesPerSlot + 10; ++i)
        QVERIFY(ledger.expect(kSlot, QByteArray::number(qulonglong(i))));
    QCOMPARE(ledger.pending(), DeliveryLedger::kMaxNotesPerSlot);
    QVERIFY(!ledger.take(kSlot, "0")); // the oldest were forgotten
    QVERIFY(ledger.take(kSlot, QByteArray::number(qulonglong(DeliveryLedger::kMaxNotesPerSlot + 9))));
}

void TestDeliveryLedger::acrossThreads()
{
    // The bridge notes, then the message is read and taken elsewhere: every note is taken once.
    DeliveryLedger ledger;
    ledger.setServed(kSlot, true);
    constexpr int kCount = 20000;
    std::atomic<int> written{0};
    std::thread bridge([&] {
        for (int i = 0; i < kCount; ++i) {
            ledger.expect(kSlot, QByteArray::number(i));
            written.store(i + 1, std::memory_order_release); // "the write"
        }
    });
    int taken = 0;
    for (int i = 0; i < kCount; ++i) {
        while (written.load(std::memory_order_acquire) <= i)
            std::this_thread::yield(); // "the read" follows the write
        taken += ledger.take(kSlot, QByteArray::number(i)) ? 1 : 0;
    }
    bridge.join();
    QCOMPARE(taken, kCount);
    QCOMPARE(ledger.pending(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestDeliveryLedger)
#include "tst_deliveryledger.moc"
