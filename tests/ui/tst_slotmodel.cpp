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
    void networkRowsAreTallied_data();
    void networkRowsAreTallied();

private:
    QTemporaryDir m_dir;
};

namespace {

// A network row from a short spec: "A" a well-formed write to \MAILSLOT\A from host HOSTA (the
// payload is the spec), "A!" the same cut short (malformed), "A@" the same from host OTHER,
// "L:A" a local slot's message to \\.\mailslot\a, "bad" a write to a name with an empty component.
StreamRow specRow(const QString &spec)
{
    if (spec.startsWith(QLatin1String("L:"))) {
        StreamRow row;
        row.origin = RowOrigin::LocalSlot;
        row.slot = QStringLiteral("\\\\.\\mailslot\\") + spec.mid(2).toLower();
        row.payload = "local";
        return row;
    }
    if (spec == QLatin1String("bad"))
        return uitest::datagramRow(uitest::mailslotDatagram("\\MAILSLOT\\a\\\\b", "x"));
    const QByteArray slot = "\\MAILSLOT\\" + spec.left(1).toLatin1();
    const QByteArray host = spec.endsWith(QLatin1Char('@')) ? "OTHER" : "HOST" + spec.left(1).toLatin1();
    QByteArray udp = uitest::mailslotDatagram(slot, spec.toLatin1(), host);
    if (spec.endsWith(QLatin1Char('!')))
        udp.chop(1);
    return uitest::datagramRow(udp);
}

} // namespace

void TestSlotModel::networkRowsAreTallied_data()
{
    // Batches of rows (specs, one list per noteRows call), and per slot listed: "name=count/bytes/last host".
    QTest::addColumn<QList<QStringList>>("batches");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("one slot") << QList<QStringList>{{"A", "A", "A"}} << QStringList{"a=3/3/HOSTA"};
    QTest::newRow("interleaved") << QList<QStringList>{{"A", "B", "A", "B", "A@"}}
                                 << QStringList{"a=3/4/OTHER", "b=2/2/HOSTB"};
    QTest::newRow("malformed not counted") << QList<QStringList>{{"A", "A!", "A!"}} << QStringList{"a=1/1/HOSTA"};
    QTest::newRow("only malformed") << QList<QStringList>{{"A!", "B"}} << QStringList{"b=1/1/HOSTB"};
    QTest::newRow("two batches add up") << QList<QStringList>{{"A", "B"}, {"B@", "A", "A"}}
                                        << QStringList{"a=3/3/HOSTA", "b=2/3/OTHER"};
    QTest::newRow("local rows are not tallied") << QList<QStringList>{{"L:C", "A", "L:A"}}
                                                << QStringList{"a=1/1/HOSTA"};
    QTest::newRow("not a mailslot name") << QList<QStringList>{{"bad", "A", "bad"}} << QStringList{"a=1/1/HOSTA"};
    QTest::newRow("empty batch") << QList<QStringList>{{}} << QStringList{};
}

void TestSlotModel::networkRowsAreTallied()
{
    QFETCH(QList<QStringList>, batches);
    QFETCH(QStringList, expected);
    MailslotRegistry registry;
    SlotModel model(&registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const QStringList &specs : batches) {
        StreamRowList rows;
        for (const QString &spec : specs)
            rows.append(specRow(spec));
        model.noteRows(rows);
    }
    model.refresh();
    QStringList listed;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.stateAt(row) != SlotModel::State::SeenOnNetwork)
            continue;
        const MailslotInfo info = model.infoAt(row);
        const QString tip = model.index(row, SlotModel::NameColumn).data(Qt::ToolTipRole).toString();
        const QString host = tip.contains(QLatin1String("from OTHER")) ? QStringLiteral("OTHER")
                           : tip.contains(QLatin1String("from HOST")) ? tip.mid(tip.indexOf(QLatin1String("from HOST")) + 5, 5)
                                                                       : QStringLiteral("?");
        QVERIFY2(tip.contains(QLatin1String("(\\MAILSLOT\\")), qPrintable(tip)); // the name as first seen on the wire
        listed.append(QStringLiteral("%1=%2/%3/%4")
                          .arg(model.nameAt(row).section(QLatin1Char('\\'), -1))
                          .arg(info.totalMessages)
                          .arg(info.totalBytes)
                          .arg(host));
    }
    QCOMPARE(listed, expected);
    QCOMPARE(model.networkSlotCount(), int(expected.size()));
}

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
