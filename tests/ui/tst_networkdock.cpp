#include "core/slots/mailslotregistry.h"
#include "tests/common/windowsdeviation.h"
#include "core/stream/bridgesource.h"
#include "ui/network/networkdock.h"
#include "uitesthelpers.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

using uitest::child;

namespace {
// The text of a counter, by its field's object name.
QString counterText(const NetworkDock &dock, const QString &objectName)
{
    return child<QLabel>(&dock, objectName)->text();
}
} // namespace

class TestNetworkDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void offByDefault();
    void onAndOffOnLoopback();
    void datagramsAndCounters();
    void applyRestartsWithNewSettings();
    void badSettingsAreRefused();
    void startFailureText_data();
    void startFailureText();
    void privilegedPortIsExplained();
    void settingsPersist();

private:
    // Loopback only, on a free high port.
    void useLoopback(NetworkDock &dock, quint16 port);
    QTemporaryDir m_dir;
};

void TestNetworkDock::initTestCase()
{
    uitest::isolate(m_dir);
    QCoreApplication::setOrganizationName(QStringLiteral("MailslotMonitorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_networkdock"));
}

void TestNetworkDock::cleanup()
{
    QSettings().clear();
}

void TestNetworkDock::useLoopback(NetworkDock &dock, quint16 port)
{
    NetworkSettings s;
    s.port = port;
    s.interfaces = {QStringLiteral("lo")};
    s.netbiosName = QStringLiteral("TESTMON");
    s.workgroup = QStringLiteral("TESTGRP");
    s.sendTo = QStringLiteral("127.0.0.1");
    dock.setSettings(s);
}

void TestNetworkDock::offByDefault()
{
    MailslotRegistry registry;
    BridgeSource bridge(nullptr);
    NetworkDock dock(&registry, &bridge);
    QVERIFY(!dock.isNetworkEnabled());
    QVERIFY(!registry.isNetworkEnabled());
    QVERIFY(!child<QCheckBox>(&dock, QStringLiteral("networkEnable"))->isChecked());
    QCOMPARE(child<QSpinBox>(&dock, QStringLiteral("networkPort"))->value(), 138);
    QCOMPARE(dock.statusText(), QStringLiteral("Network: off"));
    QVERIFY(!dock.settings().enabled);
    QVERIFY(!NetworkSettings::load(QSettings()).enabled);
    // The identity fields show the system defaults as placeholders.
    const NetworkIdentity system = NetworkIdentity::systemDefault();
    QCOMPARE(child<QLineEdit>(&dock, QStringLiteral("networkName"))->placeholderText(), system.netbiosName());
    QCOMPARE(child<QLineEdit>(&dock, QStringLiteral("networkWorkgroup"))->placeholderText(), system.workgroup());
}

void TestNetworkDock::onAndOffOnLoopback()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_BRIDGE);
    MailslotRegistry registry;
    BridgeSource bridge(nullptr);
    NetworkDock dock(&registry, &bridge);
    const quint16 port = uitest::freeUdpPort();
    QVERIFY(port);
    useLoopback(dock, port);
    QSignalSpy state(&dock, &NetworkDock::networkStateChanged);

    auto *enable = child<QCheckBox>(&dock, QStringLiteral("networkEnable"));
    QTest::mouseClick(enable, Qt::LeftButton, {}, QPoint(4, enable->height() / 2));
    QVERIFY2(dock.isNetworkEnabled(), qPrintable(dock.problem()));
    QCOMPARE(state.count(), 1);
    QCOMPARE(state.takeFirst().at(0).toBool(), true);
    QVERIFY(registry.isNetworkEnabled());
    QCOMPARE(registry.networkOptions().port, port);
    QCOMPARE(registry.networkOptions().to, QStringLiteral("127.0.0.1"));
    QCOMPARE(registry.networkOptions().identity.netbiosName(), QStringLiteral("TESTMON"));
    QCOMPARE(dock.listeningPort(), port);
    QVERIFY(dock.networkAction()->isChecked());
    QVERIFY(dock.statusText().contains(QString::number(port)));
    QVERIFY(dock.statusText().contains(QStringLiteral("lo")));
    QVERIFY(child<QLabel>(&dock, QStringLiteral("networkState"))->text().contains(QStringLiteral("TESTMON")));

    dock.networkAction()->trigger();
    QVERIFY(!dock.isNetworkEnabled());
    QVERIFY(!registry.isNetworkEnabled());
    QVERIFY(!enable->isChecked());
    QCOMPARE(dock.statusText(), QStringLiteral("Network: off"));
    QCOMPARE(state.count(), 1);
    // The port is free again.
    QUdpSocket again;
    QVERIFY(again.bind(QHostAddress::AnyIPv4, port));
}

void TestNetworkDock::datagramsAndCounters()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_BRIDGE);
    MailslotRegistry registry;
    BridgeSource bridge(nullptr);
    NetworkDock dock(&registry, &bridge);
    const quint16 port = uitest::freeUdpPort();
    useLoopback(dock, port);
    QVERIFY2(dock.setNetworkEnabled(true), qPrintable(dock.problem()));
    QSignalSpy observed(&bridge, &BridgeSource::rowsReady);
    QSignalSpy counters(&dock, &NetworkDock::countersChanged);

    QVERIFY(uitest::sendToLoopback(port, uitest::mailslotDatagram("\\MAILSLOT\\BROWSE", uitest::hostAnnouncement("PEER1", "first"))));
    QVERIFY(uitest::sendToLoopback(port, QByteArray("\x11\x02\x00", 3))); // malformed
    QTRY_VERIFY(observed.count() >= 1);
    StreamRowList all;
    QTRY_VERIFY([&] {
        all.clear();
        for (const QList<QVariant> &args : std::as_const(observed))
            all += args.at(0).value<StreamRowList>();
        return all.size() >= 2;
    }());
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).origin, RowOrigin::Network);
    QVERIFY(all.at(0).datagram->decoded().has_value());
    QVERIFY(!all.at(1).datagram->parsed().isMailslotWrite());
    QCOMPARE(bridge.counters().rows, quint64(2));
    QCOMPARE(bridge.state(), StreamSource::State::Live);
    QTRY_COMPARE(dock.counters().received, quint64(2));
    QTRY_COMPARE(dock.counters().malformed, quint64(1));
    QVERIFY(dock.statusText().contains(QStringLiteral("2 received")));
    QVERIFY(dock.statusText().contains(QStringLiteral("1 malformed")));
    // The dock is not shown (as behind another dock's tab): its labels wait, and show the
    // counters as soon as it is shown; shown, they follow.
    QVERIFY(counterText(dock, QStringLiteral("received")) != QStringLiteral("2"));
    dock.show();
    QCOMPARE(counterText(dock, QStringLiteral("received")), QStringLiteral("2"));
    QCOMPARE(counterText(dock, QStringLiteral("malformed")), QStringLiteral("1"));
    QVERIFY(uitest::sendToLoopback(port, QByteArray("\x11\x02\x00", 3)));
    QTRY_COMPARE(counterText(dock, QStringLiteral("malformed")), QStringLiteral("2"));
    QCOMPARE(counterText(dock, QStringLiteral("received")), QStringLiteral("3"));
    dock.setNetworkEnabled(false);
}

void TestNetworkDock::applyRestartsWithNewSettings()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_BRIDGE);
    MailslotRegistry registry;
    BridgeSource bridge(nullptr);
    NetworkDock dock(&registry, &bridge);
    auto *apply = child<QPushButton>(&dock, QStringLiteral("networkApply"));
    useLoopback(dock, uitest::freeUdpPort());
    QVERIFY(!apply->isEnabled());
    QVERIFY2(dock.setNetworkEnabled(true), qPrintable(dock.problem()));
    QVERIFY(!apply->isEnabled());
    const quint16 second = uitest::freeUdpPort();
    child<QSpinBox>(&dock, QStringLiteral("networkPort"))->setValue(second);
    child<QCheckBox>(&dock, QStringLiteral("networkDeduplicate"))->setChecked(true);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(dock.isNetworkEnabled());
    QCOMPARE(dock.listeningPort(), second);
    QCOMPARE(registry.networkOptions().port, second);
    QVERIFY(!apply->isEnabled());

    // Duplicate suppression is on now: the same datagram twice counts once.
    QSignalSpy counters(&dock, &NetworkDock::countersChanged);
    const QByteArray udp = uitest::mailslotDatagram("\\MAILSLOT\\BROWSE", uitest::hostAnnouncement("PEER1", "dup"));
    QUdpSocket socket; // one sender (address and port), one datagram ID, one payload: a duplicate
    QCOMPARE(socket.writeDatagram(udp, QHostAddress::LocalHost, second), qint64(udp.size()));
    QCOMPARE(socket.writeDatagram(udp, QHostAddress::LocalHost, second), qint64(udp.size()));
    QTRY_COMPARE(dock.counters().received, quint64(2));
    QTRY_COMPARE(dock.counters().duplicates, quint64(1));
    dock.setNetworkEnabled(false);
}

void TestNetworkDock::badSettingsAreRefused()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_BRIDGE);
    MailslotRegistry registry;
    BridgeSource bridge(nullptr);
    NetworkDock dock(&registry, &bridge);
    useLoopback(dock, uitest::freeUdpPort());
    child<QLineEdit>(&dock, QStringLiteral("networkName"))->setText(QStringLiteral("BAD*NAME"));
    QSignalSpy failed(&dock, &NetworkDock::startFailed);
    QVERIFY(!dock.setNetworkEnabled(true));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().startsWith(QStringLiteral("NetBIOS name")));
    QVERIFY(!dock.isNetworkEnabled());
    QVERIFY(!registry.isNetworkEnabled());
    QVERIFY(!child<QCheckBox>(&dock, QStringLiteral("networkEnable"))->isChecked());
    QCOMPARE(child<QLabel>(&dock, QStringLiteral("networkState"))->text(), dock.problem());
    QCOMPARE(dock.statusText(), QStringLiteral("Network: off (could not start)"));

    // A missing interface: the bridge says so.
    child<QLineEdit>(&dock, QStringLiteral("networkName"))->clear();
    NetworkSettings s = dock.settings();
    s.interfaces = {QStringLiteral("nosuchif0")};
    dock.setSettings(s);
    QVERIFY(!dock.setNetworkEnabled(true));
    QVERIFY2(dock.problem().contains(QStringLiteral("nosuchif0")), qPrintable(dock.problem()));
}

void TestNetworkDock::startFailureText_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("probe");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("138, no permission") << 138 << int(QAbstractSocket::SocketAccessError)
                                        << QStringList{QStringLiteral("sudo setcap cap_net_bind_service=+ep /opt/mm/mailslot-monitor"),
                                                       QStringLiteral("CAP_NET_BIND_SERVICE"), QStringLiteral("1024"),
                                                       QStringLiteral("138")};
    QTest::newRow("in use") << 138 << int(QAbstractSocket::AddressInUseError)
                            << QStringList{QStringLiteral("another program"), QStringLiteral("bridge says")};
    QTest::newRow("other") << 5000 << int(QAbstractSocket::UnknownSocketError)
                           << QStringList{QStringLiteral("bridge says")};
}

void TestNetworkDock::startFailureText()
{
    QFETCH(int, port);
    QFETCH(int, probe);
    QFETCH(QStringList, mentions);
    const QString text = NetworkDock::startFailureText(quint16(port), QStringLiteral("bridge says"),
                                                       QAbstractSocket::SocketError(probe),
                                                       QStringLiteral("/opt/mm/mailslot-monitor"));
    for (const QString &m : std::as_const(mentions))
        QVERIFY2(text.contains(m), qPrintable(text));
}

void TestNetworkDock::privilegedPortIsExplained()
{
    if (NetworkDock::probeBind(138) != QAbstractSocket::SocketAccessError)
        QSKIP("this process may bind UDP port 138 (root or CAP_NET_BIND_SERVICE)");
    MailslotRegistry registry;
    BridgeSource bridge(nullptr);
    NetworkDock dock(&registry, &bridge);
    NetworkSettings s;
    s.interfaces = {QStringLiteral("lo")};
    dock.setSettings(s);
    QSignalSpy failed(&dock, &NetworkDock::startFailed);
    QVERIFY(!dock.setNetworkEnabled(true));
    QCOMPARE(failed.count(), 1);
    QVERIFY(dock.problem().contains(QStringLiteral("setcap cap_net_bind_service=+ep")));
    QVERIFY(dock.problem().contains(QCoreApplication::applicationFilePath()));
    QVERIFY(!registry.isNetworkEnabled());
}

void TestNetworkDock::settingsPersist()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_BRIDGE);
    const quint16 port = uitest::freeUdpPort();
    {
        MailslotRegistry registry;
        BridgeSource bridge(nullptr);
        NetworkDock dock(&registry, &bridge);
        useLoopback(dock, port);
        child<QCheckBox>(&dock, QStringLiteral("networkDeduplicate"))->setChecked(true);
        QVERIFY(dock.setNetworkEnabled(true));
        QSettings settings;
        dock.saveSettings(settings);
    }
    const NetworkSettings saved = NetworkSettings::load(QSettings());
    QVERIFY(saved.enabled);
    QCOMPARE(saved.port, port);
    QCOMPARE(saved.interfaces, QStringList{QStringLiteral("lo")});
    QCOMPARE(saved.netbiosName, QStringLiteral("TESTMON"));
    QCOMPARE(saved.workgroup, QStringLiteral("TESTGRP"));
    QCOMPARE(saved.sendTo, QStringLiteral("127.0.0.1"));
    QVERIFY(saved.deduplicate);
    MailslotRegistry registry;
    BridgeSource restoredBridge(nullptr);
    NetworkDock restored(&registry, &restoredBridge);
    restored.loadSettings(QSettings());
    QCOMPARE(child<QSpinBox>(&restored, QStringLiteral("networkPort"))->value(), int(port));
    QVERIFY(child<QCheckBox>(&restored, QStringLiteral("networkDeduplicate"))->isChecked());
    QCOMPARE(restored.settings().interfaces, QStringList{QStringLiteral("lo")});
    QVERIFY(!restored.isNetworkEnabled()); // loading fills the fields; the window turns it on
}

QTEST_MAIN(TestNetworkDock)
#include "tst_networkdock.moc"
