// The main window with the network side: the bridge on a loopback port, datagrams in the stream,
// the decoded tree, slots seen on the network, compose to network targets, capture files and
// exports. Nothing is ever sent to an address other than 127.0.0.1.
#include "core/stream/capturesource.h"
#include "tests/common/windowsdeviation.h"
#include "core/stream/streamhub.h"
#include "ui/compose/composedock.h"
#include "ui/stream/detailpane.h"
#include "core/slots/mailslotregistry.h"
#include "ui/window/mainwindow.h"
#include "ui/stream/messagefilterproxy.h"
#include "ui/stream/messagemodel.h"
#include "ui/stream/messagestreamwidget.h"
#include "core/capture/capturedecoder.h"
#include "ui/network/networkdock.h"
#include "ui/slots/slotmodel.h"
#include "ui/slots/slotsdock.h"
#include "ui/statistics/statisticsdock.h"
#include "core/text/translations.h"
#include "mainwindowparts.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>

using uitest::child;

class TestNetworkMonitor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void datagramInStreamAndDecodedTree();
    void slotsSeenOnTheNetwork();
    void deliveredMessageIsOneRow();
    void composeNeedsTheNetwork();
    void composeSendsWhenOn();
    void openSharedCapture();
    void badCaptureIsReported();
    void exportFilteredRows();
    void exportFailureIsReported();
    void messageColumnIsReadable();
    void networkComesBackOn();

private:
    // Turns the network on, on 127.0.0.1 only, on a free high port; returns the port.
    quint16 networkOnLoopback(MainWindow &window);
    QTemporaryDir m_dir;
};

void TestNetworkMonitor::initTestCase()
{
    uitest::isolate(m_dir);
    QCoreApplication::setOrganizationName(QStringLiteral("MailslotMonitorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_networkmonitor"));
}

void TestNetworkMonitor::cleanup()
{
    QSettings().clear();
}

quint16 TestNetworkMonitor::networkOnLoopback(MainWindow &window)
{
    const quint16 port = uitest::freeUdpPort();
    NetworkSettings s;
    s.port = port;
    s.interfaces = {QStringLiteral("lo")};
    s.netbiosName = QStringLiteral("TESTMON");
    s.workgroup = QStringLiteral("TESTGRP");
    s.sendTo = QStringLiteral("127.0.0.1");
    NetworkDock *network = uitest::networkDock(window);
    network->setSettings(s);
    if (!network->setNetworkEnabled(true))
        qWarning("%s", qPrintable(network->problem()));
    return network->isNetworkEnabled() ? port : 0;
}

void TestNetworkMonitor::datagramInStreamAndDecodedTree()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_BRIDGE);
    MailslotRegistry registry;
    MainWindow window(&registry);
    MessageStreamWidget *stream = uitest::stream(window);
    QTableView *view = child<QTableView>(stream, QStringLiteral("messageView"));
    QAbstractItemModelTester tester(window.messageModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(stream->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QVERIFY(window.networkStatusText().contains(QStringLiteral("off")));
    const quint16 port = networkOnLoopback(window);
    QVERIFY(port);
    QVERIFY(window.networkStatusText().contains(QString::number(port)));

    QVERIFY(uitest::sendToLoopback(port, uitest::mailslotDatagram("\\MAILSLOT\\BROWSE",
                                                                   uitest::hostAnnouncement("PEERHOST", "peer comment"))));
    QVERIFY(uitest::sendToLoopback(port, QByteArray("\x11\x02\x00\x07", 4)));
    QTRY_COMPARE(window.messageModel()->rowCount(), 2);
    MessageModel *model = window.messageModel();
    QCOMPARE(model->index(0, MessageModel::SlotColumn).data().toString(), QStringLiteral("\\\\.\\mailslot\\browse"));
    // IP address (and the UDP port, as it is not 138) and NetBIOS name.
    const QString source = model->index(0, MessageModel::SourceColumn).data().toString();
    QVERIFY2(source.startsWith(QStringLiteral("127.0.0.1:")) && source.endsWith(QStringLiteral(" TESTHOST<00>")), qPrintable(source));
    QCOMPARE(model->index(0, MessageModel::DecodedColumn).data().toString(),
             QStringLiteral("Host announcement: PEERHOST (peer comment)"));
    QVERIFY(model->index(1, MessageModel::DecodedColumn).data().toString().startsWith(QStringLiteral("Malformed: ")));
    QTRY_VERIFY(window.networkStatusText().contains(QStringLiteral("2 received")));
    QVERIFY(window.networkStatusText().contains(QStringLiteral("1 malformed")));
    // The button stays short (the status bar's messages keep their room); the counters are its tooltip.
    const auto *button = window.findChild<QToolButton *>(QStringLiteral("networkStatus"));
    QCOMPARE(button->text(), NetworkDock::tr("Network: UDP %1").arg(port));
    QVERIFY(button->toolTip().contains(QStringLiteral("2 received")));
    QTRY_COMPARE(child<QLabel>(uitest::statisticsDock(window), QStringLiteral("networkMalformed"))->text(), QStringLiteral("1"));

    // The detail pane: header fields and the decoded payload as a tree.
    view->setCurrentIndex(stream->proxy()->index(0, 0));
    DetailPane *detail = uitest::detail(window);
    QVERIFY(detail->message().isNetwork());
    detail->tabs()->setCurrentIndex(DetailPane::DecodedTab);
    const QString tree = detail->decodedText();
    for (const QString &expected : {QStringLiteral("Message type\t0x11 (directGroup)"), QStringLiteral("Source name\tTESTHOST<00>"),
                                    QStringLiteral("Destination name\tTESTGRP<1d>"), QStringLiteral("Class\t2 (unreliable, broadcast)"),
                                    QStringLiteral("Priority\t0"), QStringLiteral("Message\tHost announcement"),
                                    QStringLiteral("Server name\tPEERHOST"), QStringLiteral("Comment\tpeer comment")})
        QVERIFY2(tree.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + tree));
    QVERIFY(detail->decodedTree()->topLevelItemCount() >= 4);
    // Decoded labels are translated when shown: switching the language relabels the tree of a
    // message decoded before the switch.
    Translations::install(QStringLiteral("es"));
    QTRY_VERIFY2(detail->decodedText().contains(QStringLiteral("Nombre del servidor\tPEERHOST")),
                 qPrintable(detail->decodedText()));
    Translations::install(QStringLiteral("en"));
    QTRY_VERIFY(detail->decodedText().contains(QStringLiteral("Server name\tPEERHOST")));

    // The malformed one shows its reason.
    view->setCurrentIndex(stream->proxy()->index(1, 0));
    QVERIFY(detail->decodedText().contains(QStringLiteral("Malformed\t")));

    // The text filter finds rows by their decoded summary.
    stream->setFilter({}, {}, QStringLiteral("PEERHOST"), false);
    QCOMPARE(stream->proxy()->rowCount(), 1);
    stream->setFilter({}, QStringLiteral("TESTHOST"), {}, false);
    QCOMPARE(stream->proxy()->rowCount(), 1);
    uitest::networkDock(window)->setNetworkEnabled(false);
    QVERIFY(window.networkStatusText().contains(QStringLiteral("off")));
}

void TestNetworkMonitor::slotsSeenOnTheNetwork()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_BRIDGE);
    MailslotRegistry registry;
    MainWindow window(&registry);
    QAbstractItemModelTester tester(window.slotModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window.startDefaultSlot());
    const quint16 port = networkOnLoopback(window);
    QVERIFY(port);
    // One slot only on the network, one that this monitor serves (delivered, so listed as local).
    QVERIFY(uitest::sendToLoopback(port, uitest::mailslotDatagram("\\MAILSLOT\\NET\\NETLOGON", "x")));
    QVERIFY(uitest::sendToLoopback(port, uitest::mailslotDatagram("\\MAILSLOT\\MAILSLOT_MONITOR", "to the monitor",
                                                                   "TESTHOST", "TESTMON", 0x00)));
    SlotModel *slotList = window.slotModel();
    // Written as every other slot (not \\MAILSLOT\\NET\\NETLOGON as on the wire).
    QTRY_VERIFY(slotList->rowOf(QStringLiteral("\\\\.\\mailslot\\net\\netlogon")) >= 0);
    const int row = slotList->rowOf(QStringLiteral("\\\\.\\mailslot\\net\\netlogon"));
    QCOMPARE(slotList->stateAt(row), SlotModel::State::SeenOnNetwork);
    QCOMPARE(slotList->index(row, SlotModel::StateColumn).data().toString(), QStringLiteral("Seen on the network"));
    QCOMPARE(slotList->index(row, SlotModel::WaitingColumn).data().toString(), QStringLiteral("\u2014"));
    QTRY_COMPARE(slotList->index(row, SlotModel::ReceivedColumn).data().toString(), QStringLiteral("1"));
    QVERIFY(slotList->index(row, SlotModel::NameColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("TESTHOST")));
    // The served slot is not listed twice; the message was delivered into it.
    QTRY_COMPARE(slotList->networkSlotCount(), 2);
    for (int r = 0; r < slotList->rowCount(); ++r)
        QVERIFY(!slotList->index(r, SlotModel::NameColumn).data().toString().startsWith(QStringLiteral("\\MAILSLOT")));
    // 2 datagrams; the delivered message is the second datagram's row, not a row of its own.
    QTRY_COMPARE(window.hub()->mergedDeliveries(), quint64(1));
    window.messageModel()->flush();
    QCOMPARE(window.messageModel()->rowCount(), 2);
    // "Send to this slot" on a network slot targets every computer.
    uitest::slotsDock(window)->selectSlot(QStringLiteral("\\\\.\\mailslot\\net\\netlogon"));
    child<QAction>(uitest::slotsDock(window), QStringLiteral("sendToSlotAction"))->trigger();
    QCOMPARE(uitest::composeDock(window)->targetText(), QStringLiteral("\\\\*\\mailslot\\net\\netlogon"));
    uitest::networkDock(window)->setNetworkEnabled(false);
    registry.closeAll();
}

void TestNetworkMonitor::deliveredMessageIsOneRow()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_BRIDGE);
    // A datagram the bridge delivers into a slot served here is one row (the datagram, marked
    // delivered, in the local slot), shown and exported once.
    MailslotRegistry registry;
    MainWindow window(&registry);
    QAbstractItemModelTester tester(window.messageModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window.startDefaultSlot());
    const quint16 port = networkOnLoopback(window);
    QVERIFY(port);
    QVERIFY(!registry.send(MainWindow::defaultSlotName(), "local before"));
    QTRY_COMPARE(window.messageModel()->rowCount(), 1);
    QVERIFY(uitest::sendToLoopback(port, uitest::mailslotDatagram("\\MAILSLOT\\MAILSLOT_MONITOR", "delivered",
                                                                   "TESTHOST", "TESTMON", 0x00)));
    // Its local copy (read from the slot) and its datagram (reported by the bridge) reach the
    // hub from two threads, in either order: one row.
    QTRY_COMPARE(window.hub()->mergedDeliveries(), quint64(1));
    QTRY_COMPARE(window.messageModel()->rowCount(), 2);
    QVERIFY(!registry.send(MainWindow::defaultSlotName(), "local after"));
    QTRY_COMPARE(window.messageModel()->rowCount(), 3);
    window.messageModel()->flush();
    QCOMPARE(window.messageModel()->rowCount(), 3);
    const StreamRow &delivered = window.messageModel()->row(1);
    QCOMPARE(delivered.payload, QByteArray("delivered"));
    QVERIFY(delivered.datagram);
    QVERIFY(delivered.datagram->delivered);
    QCOMPARE(delivered.slot, MainWindow::defaultSlotName());
    QCOMPARE(window.messageModel()->row(2).payload, QByteArray("local after"));
    QCOMPARE(window.hub()->ledger()->pending(), std::size_t(0));
    // Numbered in arrival order, one number each.
    for (int row = 1; row < 3; ++row)
        QCOMPARE(window.messageModel()->row(row).sequence, window.messageModel()->row(row - 1).sequence + 1);

    const QString json = m_dir.filePath(QStringLiteral("delivered.json"));
    const MessageExporter::Result result = window.exportMessages(json, MessageExporter::Format::Json, false);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.written, qint64(3));
    uitest::networkDock(window)->setNetworkEnabled(false);
    registry.closeAll();
}

void TestNetworkMonitor::composeNeedsTheNetwork()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_BRIDGE);
    MailslotRegistry registry;
    MainWindow window(&registry);
    window.show();
    ComposeDock *compose = uitest::composeDock(window);
    compose->setTarget(QStringLiteral("\\\\*\\mailslot\\mon"));
    compose->setPayloadText(QStringLiteral("hello network"));
    QVERIFY(!compose->canSend());
    QVERIFY(!child<QPushButton>(compose, QStringLiteral("composeSend"))->isEnabled());
    QVERIFY2(compose->refusal().contains(QStringLiteral("network")), qPrintable(compose->refusal()));
    QVERIFY(child<QPushButton>(compose, QStringLiteral("networkSettingsButton"))->isVisibleTo(compose));
    QVERIFY(!compose->send());
    QVERIFY(child<QPlainTextEdit>(compose, QStringLiteral("composeLog"))->toPlainText().contains(QStringLiteral("Not sent")));
    // The button leads to the network settings.
    uitest::networkDock(window)->hide();
    QTest::mouseClick(child<QPushButton>(compose, QStringLiteral("networkSettingsButton")), Qt::LeftButton);
    QVERIFY(uitest::networkDock(window)->isVisible());
    // Over the limit: the size is the reason, network or not.
    compose->setPayloadText(QString(425, QLatin1Char('x')));
    QVERIFY(compose->refusal().contains(QStringLiteral("424")));
    QVERIFY(!child<QPushButton>(compose, QStringLiteral("networkSettingsButton"))->isVisibleTo(compose));
}

void TestNetworkMonitor::composeSendsWhenOn()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_BRIDGE);
    MailslotRegistry registry;
    MainWindow window(&registry);
    window.show();
    ComposeDock *compose = uitest::composeDock(window);
    compose->setTarget(QStringLiteral("\\\\*\\mailslot\\monitor_test"));
    compose->setPayloadText(QStringLiteral("hello network"));
    QVERIFY(!compose->canSend());
    const quint16 port = networkOnLoopback(window);
    QVERIFY(port);
    QVERIFY2(compose->canSend(), qPrintable(compose->refusal())); // re-checked when the network came on
    QVERIFY(!child<QPushButton>(compose, QStringLiteral("networkSettingsButton"))->isVisibleTo(compose));
    compose->setRepeat(3, 0);
    QSignalSpy finished(compose, &ComposeDock::sendFinished);
    QTest::mouseClick(child<QPushButton>(compose, QStringLiteral("composeSend")), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    const QString outcome = finished.at(0).at(1).toString();
    QVERIFY2(outcome.contains(QStringLiteral("in 3 datagram")) && outcome.contains(QStringLiteral("127.0.0.1"))
                 && outcome.contains(QStringLiteral("TESTGRP<00>")),
             qPrintable(outcome));
    // Sent to our own bridge on loopback: they come back into the stream, from TESTMON.
    QTRY_COMPARE(window.messageModel()->rowCount(), 3);
    const StreamRow m = window.messageModel()->row(0);
    QCOMPARE(m.payload, QByteArray("hello network"));
    QCOMPARE(m.slot, QStringLiteral("\\\\.\\mailslot\\monitor_test")); // as local slots are written
    QCOMPARE(m.datagram->parsed().sourceName.toDisplayString(), QStringLiteral("TESTMON<00>"));
    QCOMPARE(m.datagram->parsed().destinationName.toDisplayString(), QStringLiteral("TESTGRP<00>"));

    // With an interval: one datagram per tick.
    compose->setRepeat(2, 50);
    finished.clear();
    QVERIFY(compose->send());
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.at(0).at(0).toBool());
    QTRY_COMPARE(window.messageModel()->rowCount(), 5);
    uitest::networkDock(window)->setNetworkEnabled(false);
    QVERIFY(!compose->canSend());
}

void TestNetworkMonitor::openSharedCapture()
{
    if (!QFile::exists(uitest::sharedCapture()))
        QSKIP("the shared capture nmbd-browse.pcapng is not here");
    MailslotRegistry registry;
    MainWindow window(&registry);
    QAbstractItemModelTester tester(window.messageModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // As mailslot-monitor starts: language, default slot, window, then the capture.
    QVERIFY(window.startDefaultSlot());
    window.show();
    QVERIFY(window.openCapture(uitest::sharedCapture()));
    QSignalSpy finished(window.capture(), &CaptureSource::finished);
    QVERIFY(!child<QAction>(&window, QStringLiteral("openCaptureAction"))->isEnabled());
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.at(0).at(0).toBool());
    QTRY_COMPARE(uitest::stream(window)->proxy()->rowCount(), 23);
    QVERIFY(child<QAction>(&window, QStringLiteral("openCaptureAction"))->isEnabled());
    // The outcome is in the status bar, over (not beside) the slot hint.
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("nmbd-browse.pcapng")),
             qPrintable(window.statusBar()->currentMessage()));
    QTest::qWait(1500);
    // (The figures on the right changed meanwhile: the hint stays under the message.)
    QVERIFY2(!window.findChild<QLabel *>(QStringLiteral("slotStatus"))->isVisible(), qPrintable(window.statusBar()->currentMessage()));
    window.statusBar()->clearMessage();
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("slotStatus"))->isVisible());
    // A capture is not received traffic: its rows are counted apart.
    QCOMPARE(window.messageModel()->totalCaptured(), quint64(23));
    QCOMPARE(window.messageModel()->totalNetwork(), quint64(0));
    QVERIFY2(window.countStatusText().contains(QStringLiteral("23 from capture files")), qPrintable(window.countStatusText()));
    // Every row is decoded; the first one is nmbd's host announcement.
    int hostAnnouncements = 0;
    for (int row = 0; row < 23; ++row) {
        const QString decoded = window.messageModel()->index(row, MessageModel::DecodedColumn).data().toString();
        QVERIFY2(!decoded.isEmpty(), qPrintable(QString::number(row)));
        if (decoded.startsWith(QStringLiteral("Host announcement: NMBDPEER")))
            ++hostAnnouncements;
    }
    QVERIFY(hostAnnouncements > 0);
    // Captured rows are not "seen on the network" now: the slot list is live only.
    QCOMPARE(window.slotModel()->networkSlotCount(), 0);
}

void TestNetworkMonitor::badCaptureIsReported()
{
    const QString path = m_dir.filePath(QStringLiteral("garbage.pcap"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(64, 'z'));
    file.close();
    MailslotRegistry registry;
    MainWindow window(&registry);
    window.show();
    QVERIFY(window.openCapture(path));
    QSignalSpy finished(window.capture(), &CaptureSource::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.at(0).at(0).toBool());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("problemBox"))) != nullptr);
    QVERIFY2(box->text().contains(path) && box->text().contains(QStringLiteral("offset")), qPrintable(box->text()));
    QCOMPARE(box->textFormat(), Qt::PlainText);
    box->close();
}

void TestNetworkMonitor::exportFilteredRows()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_BRIDGE);
    MailslotRegistry registry;
    MainWindow window(&registry);
    QVERIFY(window.startDefaultSlot());
    const quint16 port = networkOnLoopback(window);
    QVERIFY(port);
    QVERIFY(!registry.send(MainWindow::defaultSlotName(), "a local message"));
    QVERIFY(uitest::sendToLoopback(port, uitest::mailslotDatagram("\\MAILSLOT\\BROWSE", uitest::hostAnnouncement("ONE", "first"))));
    QVERIFY(uitest::sendToLoopback(port, uitest::mailslotDatagram("\\MAILSLOT\\BROWSE", uitest::hostAnnouncement("TWO", "second"))));
    QTRY_COMPARE(window.messageModel()->rowCount(), 3);
    uitest::stream(window)->setFilter(QStringLiteral("browse"), {}, {}, false);
    QCOMPARE(uitest::stream(window)->proxy()->rowCount(), 2);

    const QString json = m_dir.filePath(QStringLiteral("shown.json"));
    MessageExporter::Result result = window.exportMessages(json, MessageExporter::Format::Json, true);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.written, qint64(2));
    QFile in(json);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(in.readAll()).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("decoded")).toObject().value(QStringLiteral("serverName")).toString(),
             QStringLiteral("ONE"));
    int firstNetworkRow = 0;
    while (!window.messageModel()->row(firstNetworkRow).datagram)
        ++firstNetworkRow;
    QCOMPARE(array.at(0).toObject(), window.messageModel()->row(firstNetworkRow).datagram->toJson());

    const QString pcapng = m_dir.filePath(QStringLiteral("all.pcapng"));
    result = window.exportMessages(pcapng, MessageExporter::Format::Pcapng, false, MessageExporter::LocalMessages::AsLoopbackUdp);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.written, qint64(3));
    // The local message went as a datagram to port 138; the network ones keep their real ports
    // (the bridge's test port).
    QStringList slotNames;
    for (const quint16 decodePort : {quint16(138), port}) {
        CaptureDecoder decoder(decodePort);
        QVERIFY(decoder.decodeFile(pcapng, [&slotNames](const ObservedDatagram &d) {
            slotNames.append(QString::fromLatin1(d.parsed().slotName));
            return true;
        }));
        QCOMPARE(decoder.stats().frames, qint64(3));
    }
    QCOMPARE(slotNames, (QStringList{QStringLiteral("\\MAILSLOT\\mailslot_monitor"), QStringLiteral("\\MAILSLOT\\BROWSE"),
                                      QStringLiteral("\\MAILSLOT\\BROWSE")}));
    uitest::networkDock(window)->setNetworkEnabled(false);
    registry.closeAll();
}

void TestNetworkMonitor::exportFailureIsReported()
{
    MailslotRegistry registry;
    MainWindow window(&registry);
    const QString file = m_dir.filePath(QStringLiteral("missing-folder/out.csv"));
    const MessageExporter::Result result = window.exportMessages(file, MessageExporter::Format::Csv, false);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(file));
    QVERIFY(!QFile::exists(file));
}

void TestNetworkMonitor::messageColumnIsReadable()
{
    MAILSLOT_SKIP_UNDER_WINE("the tests' font there (DejaVu Sans, from QT_QPA_FONTDIR) is wider than Windows' own UI "
                             "font: the column widths in characters are checked with Linux's fonts");
    MailslotRegistry registry;
    MainWindow window(&registry);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50); // the first-start layout
    const QTableView *view = child<QTableView>(uitest::stream(window), QStringLiteral("messageView"));
    const int chars = view->columnWidth(MessageModel::PreviewColumn) / view->fontMetrics().averageCharWidth();
    QVERIFY2(chars >= 28, qPrintable(QString::number(chars)));
    // The preview column starts on screen, with room for its text.
    const int x = view->horizontalHeader()->sectionViewportPosition(MessageModel::PreviewColumn);
    QVERIFY2(x + view->fontMetrics().averageCharWidth() * 25 <= view->viewport()->width(),
             qPrintable(QStringLiteral("%1 of %2").arg(x).arg(view->viewport()->width())));
    // And the Decoded column after it has room for a short summary.
    const int decoded = view->horizontalHeader()->sectionViewportPosition(MessageModel::DecodedColumn);
    QVERIFY2(decoded + view->fontMetrics().averageCharWidth() * 25 <= view->viewport()->width(),
             qPrintable(QStringLiteral("%1 of %2").arg(decoded).arg(view->viewport()->width())));
}

void TestNetworkMonitor::networkComesBackOn()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_BRIDGE);
    const quint16 port = uitest::freeUdpPort();
    {
        MailslotRegistry registry;
        MainWindow window(&registry);
        NetworkSettings s;
        s.port = port;
        s.interfaces = {QStringLiteral("lo")};
        s.sendTo = QStringLiteral("127.0.0.1");
        uitest::networkDock(window)->setSettings(s);
        QVERIFY(uitest::networkDock(window)->setNetworkEnabled(true));
        window.close();
    }
    MailslotRegistry registry;
    MainWindow restored(&registry);
    QTRY_VERIFY(uitest::networkDock(restored)->isNetworkEnabled());
    QCOMPARE(uitest::networkDock(restored)->listeningPort(), port);
    QVERIFY(registry.isNetworkEnabled());
    uitest::networkDock(restored)->setNetworkEnabled(false);
}

QTEST_MAIN(TestNetworkMonitor)
#include "tst_networkmonitor.moc"
