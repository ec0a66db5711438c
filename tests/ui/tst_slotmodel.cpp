#include "core/slots/mailslotregistry.h"
#include "tests/common/windowsdeviation.h"
#include "core/slots/mailslotwriter.h"
#include "ui/slots/slotmodel.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QDir>

class TestSlotModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }
    void rowsFollowTheNamespace();
    void heldSlotCountsRise();
    void readTimeoutAndSizes();
    void slotOfAnotherRegistryIsListed();
    void servedSlotRemovedFromNamespace();

private:
    QTemporaryDir m_dir;
};

void TestSlotModel::rowsFollowTheNamespace()
{
    MailslotRegistry registry;
    SlotModel model(&registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    MailslotError error;
    QVERIFY(registry.createSlot(QStringLiteral("model\\b"), {}, &error));
    QVERIFY(registry.createSlot(QStringLiteral("model\\a"), {}, &error));
    QVERIFY(registry.createSlot(QStringLiteral("model\\c"), {}, &error));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.nameAt(0), QStringLiteral("\\\\.\\mailslot\\model\\a"));
    QCOMPARE(model.stateAt(0), SlotModel::State::ServedHere);
    QCOMPARE(model.index(0, SlotModel::StateColumn).data().toString(), SlotModel::stateText(SlotModel::State::ServedHere));
    QVERIFY(registry.closeSlot(QStringLiteral("model\\b")));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("\\\\.\\mailslot\\model\\b")), -1);
    QCOMPARE(model.rowOf(QStringLiteral("\\\\.\\mailslot\\model\\c")), 1);
    registry.closeAll();
    QCOMPARE(model.rowCount(), 0);
}

void TestSlotModel::heldSlotCountsRise()
{
    MailslotRegistry registry;
    SlotModel model(&registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MailslotServer::Options options;
    options.hold = true;
    MailslotError error;
    MailslotServer *server = registry.createSlot(QStringLiteral("model\\held"), options, &error);
    QVERIFY(server);
    const int row = model.rowOf(server->name());
    QCOMPARE(model.stateAt(row), SlotModel::State::Held);
    auto writer = MailslotWriter::open(server->name(), &error);
    QVERIFY(writer);
    QVERIFY(!writer->write("12345"));
    QVERIFY(!writer->write("1234567890"));
    // Live: the registry's infoChanged updates the row without waiting for the timer.
    QTRY_COMPARE(model.infoAt(model.rowOf(server->name())).messageCount, 2u);
    QCOMPARE(model.index(model.rowOf(server->name()), SlotModel::NextSizeColumn).data().toString(), QStringLiteral("5"));
    server->setHold(false);
    QTRY_COMPARE(model.stateAt(model.rowOf(server->name())), SlotModel::State::ServedHere);
    QTRY_COMPARE(model.infoAt(model.rowOf(server->name())).messageCount, 0u);
    QCOMPARE(model.infoAt(model.rowOf(server->name())).totalMessages, quint64(2));
}

void TestSlotModel::readTimeoutAndSizes()
{
    MailslotRegistry registry;
    SlotModel model(&registry);
    MailslotServer::Options options;
    options.slot.maxMessageSize = 400;
    options.slot.readTimeout = MailslotInfo::kWaitForever;
    MailslotError error;
    MailslotServer *server = registry.createSlot(QStringLiteral("model\\sizes"), options, &error);
    QVERIFY(server);
    const int row = model.rowOf(server->name());
    QCOMPARE(model.index(row, SlotModel::ReadTimeoutColumn).data().toString(), SlotModel::timeoutText(MailslotInfo::kWaitForever));
    QCOMPARE(model.index(row, SlotModel::MaxSizeColumn).data(SlotModel::SortRole).toUInt(), 400u);
    QCOMPARE(model.index(row, SlotModel::NextSizeColumn).data().toString(), SlotModel::sizeText(MailslotInfo::kNoMessage, false));
    server->setReadTimeout(250);
    QTRY_COMPARE(model.infoAt(model.rowOf(server->name())).readTimeout, 250u);
}

void TestSlotModel::slotOfAnotherRegistryIsListed()
{
    MailslotRegistry mine;
    MailslotRegistry other;
    SlotModel model(&mine);
    MailslotError error;
    QVERIFY(other.createSlot(QStringLiteral("model\\elsewhere"), {}, &error));
    model.refresh();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.nameAt(0), QStringLiteral("\\\\.\\mailslot\\model\\elsewhere"));
    other.closeAll();
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
}

void TestSlotModel::servedSlotRemovedFromNamespace()
{
    MAILSLOT_SKIP_ON_WINDOWS("the runtime directory");
    // The runtime directory removed under a slot served here: the row stays (so it can be
    // closed) and says that nothing can reach it; closing it removes the row.
    MailslotRegistry registry;
    SlotModel model(&registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MailslotError error;
    QVERIFY(registry.createSlot(QStringLiteral("model\\gone"), {}, &error));
    const QString name = QStringLiteral("\\\\.\\mailslot\\model\\gone");
    QCOMPARE(model.stateAt(model.rowOf(name)), SlotModel::State::ServedHere);
    const QString runtime = QString::fromLocal8Bit(qgetenv("MAILSLOT_RUNTIME_DIR"));
    QVERIFY(!runtime.isEmpty());
    QVERIFY(QDir(runtime).removeRecursively());
    model.refresh();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.stateAt(0), SlotModel::State::Unreachable);
    QCOMPARE(model.index(0, SlotModel::StateColumn).data().toString(), SlotModel::stateText(SlotModel::State::Unreachable));
    QVERIFY(registry.closeSlot(name));
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
    // The name can be served again, reachable.
    QVERIFY(registry.createSlot(QStringLiteral("model\\gone"), {}, &error));
    QCOMPARE(model.stateAt(model.rowOf(name)), SlotModel::State::ServedHere);
    registry.closeAll();
}

QTEST_MAIN(TestSlotModel)
#include "tst_slotmodel.moc"
