// Datagrams to a slot that no one serves here: the bridge remembers the name (one open for a whole
// flood, counted by BridgeCounters::slotOpens), and forgets it when the slot namespace changes, so
// that the first datagram after the slot is created is delivered. Nothing leaves 127.0.0.1.
#include "core/netio/networkbridgecontroller.h"
#include "core/netio/networksender.h"
#include "core/netio/unservedslotcache.h"
#include "core/slots/mailslotserver.h"
#include "core/wire/netbiosdatagram.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <memory>

#include <sys/stat.h>

using namespace mailslot::wire;

class TestUnservedSlots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void floodOpensOnce_data();
    void floodOpensOnce();
    void nextDatagramAfterCreateIsDelivered_data();
    void nextDatagramAfterCreateIsDelivered();
    void cacheForgetsOnChange_data();
    void cacheForgetsOnChange();

private:
    bool startBridge();
    std::unique_ptr<MailslotServer> serve(const QString &name);
    // Sends count datagrams to slot and waits until the bridge reported them all.
    ObservedDatagramList send(const QByteArray &slot, const QByteArray &payload, int count);

    QTemporaryDir m_dir;
    std::unique_ptr<NetworkBridgeController> m_bridge;
};

void TestUnservedSlots::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("MAILSLOT_RUNTIME_DIR", QFile::encodeName(m_dir.path() + QStringLiteral("/ns")));
}

void TestUnservedSlots::cleanup()
{
    m_bridge.reset();
}

bool TestUnservedSlots::startBridge()
{
    NetworkBridge::Options o;
    o.identity = NetworkIdentity(QStringLiteral("BRIDGEHOST"), QStringLiteral("TESTWG"));
    o.bindAddress = QHostAddress::LocalHost;
    o.port = 0;
    m_bridge = std::make_unique<NetworkBridgeController>();
    QString error;
    if (!m_bridge->start(o, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

std::unique_ptr<MailslotServer> TestUnservedSlots::serve(const QString &name)
{
    MailslotError error;
    std::unique_ptr<MailslotServer> server(MailslotServer::create(name, MailslotServer::Options(), &error));
    if (!server)
        qWarning() << error.toString();
    return server;
}

ObservedDatagramList TestUnservedSlots::send(const QByteArray &slot, const QByteArray &payload, int count)
{
    QSignalSpy spy(m_bridge.get(), &NetworkBridgeController::datagramsObserved);
    QUdpSocket socket;
    ObservedDatagramList seen;
    for (int i = 0; i < count; ++i) {
        const QByteArray d = NetworkSender::buildDatagram(NetbiosDatagram::DirectGroup, quint16(i), 0x7F000001, 138,
                                                          NetbiosName("PEER", 0x00), NetbiosName("TESTWG", 0x00),
                                                          "\\MAILSLOT\\" + slot, payload);
        socket.writeDatagram(d, QHostAddress::LocalHost, m_bridge->localPort());
        // A window of 100, so that the socket's queue never overflows.
        while (i + 1 - seen.size() > 100 && (!spy.isEmpty() || spy.wait(5000))) {
            while (!spy.isEmpty())
                seen += spy.takeFirst().at(0).value<ObservedDatagramList>();
        }
    }
    while (seen.size() < count && (!spy.isEmpty() || spy.wait(5000))) {
        while (!spy.isEmpty())
            seen += spy.takeFirst().at(0).value<ObservedDatagramList>();
    }
    return seen;
}

void TestUnservedSlots::floodOpensOnce_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("namespaceExists");
    QTest::newRow("1 datagram") << 1 << true;
    QTest::newRow("100 datagrams") << 100 << true;
    QTest::newRow("2000 datagrams") << 2000 << true;
    QTest::newRow("2000 datagrams, no namespace yet") << 2000 << false;
}

void TestUnservedSlots::floodOpensOnce()
{
    QFETCH(int, count);
    QFETCH(bool, namespaceExists);
    QDir ns(m_dir.path() + QStringLiteral("/ns"));
    QVERIFY(ns.removeRecursively());
    std::unique_ptr<MailslotServer> other;
    if (namespaceExists)
        QVERIFY((other = serve(QStringLiteral("other"))));
    QVERIFY(startBridge());
    const ObservedDatagramList seen = send("nobody", "x", count);
    QCOMPARE(seen.size(), count);
    for (const ObservedDatagram &d : seen)
        QVERIFY(!d.delivered);
    m_bridge->stop();
    QCOMPARE(m_bridge->counters().received, quint64(count));
    QCOMPARE(m_bridge->counters().observed, quint64(count));
    QCOMPARE(m_bridge->counters().slotOpens, quint64(1));
}

void TestUnservedSlots::nextDatagramAfterCreateIsDelivered_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<bool>("servedBefore");
    QTest::newRow("after one datagram") << 1 << false;
    QTest::newRow("after a flood") << 500 << false;
    QTest::newRow("served again after its server left") << 50 << true;
}

void TestUnservedSlots::nextDatagramAfterCreateIsDelivered()
{
    QFETCH(int, before);
    QFETCH(bool, servedBefore);
    std::unique_ptr<MailslotServer> other = serve(QStringLiteral("other")); // the namespace exists
    QVERIFY(other);
    QVERIFY(startBridge());
    if (servedBefore) {
        std::unique_ptr<MailslotServer> first = serve(QStringLiteral("late"));
        QVERIFY(first);
        const ObservedDatagramList seen = send("late", "to the first server", 1);
        QCOMPARE(seen.size(), 1);
        QVERIFY(seen[0].delivered);
    } // its server is gone
    ObservedDatagramList seen = send("late", "nobody yet", before);
    QCOMPARE(seen.size(), before);
    for (const ObservedDatagram &d : std::as_const(seen))
        QVERIFY(!d.delivered);

    std::unique_ptr<MailslotServer> server = serve(QStringLiteral("late"));
    QVERIFY(server);
    QSignalSpy received(server.get(), &MailslotServer::messagesReceived);
    seen = send("late", "the very next one", 1);
    QCOMPARE(seen.size(), 1);
    QVERIFY(seen[0].delivered);
    QCOMPARE(seen[0].deliveredTo(), server->name());
    QVERIFY(received.count() > 0 || received.wait(5000));
    const StreamRowList rows = received.at(0).at(0).value<StreamRowList>();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].payload, QByteArray("the very next one"));
    m_bridge->stop();
    // One open while nobody served it (plus, when it was served before, the one that found its
    // first server), and one for the new server.
    QCOMPARE(m_bridge->counters().slotOpens, quint64(servedBefore ? 3 : 2));
}

void TestUnservedSlots::cacheForgetsOnChange_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("a file created") << "create";
    QTest::newRow("a file touched") << "touch";
    QTest::newRow("a file moved in") << "move";
    QTest::newRow("the directory replaced") << "replace";
}

void TestUnservedSlots::cacheForgetsOnChange()
{
    QFETCH(QString, change);
    const QString dir = m_dir.path() + QStringLiteral("/watched");
    QDir(dir).removeRecursively();
    QVERIFY(QDir().mkpath(dir));
    QFile existing(dir + QStringLiteral("/existing"));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    UnservedSlotCache cache(QFile::encodeName(dir).toStdString());
    QVERIFY(cache.prepare());
    cache.remember(QStringLiteral("a"));
    cache.sync();
    QVERIFY(cache.contains(QStringLiteral("a")));
    if (change == QLatin1String("create")) {
        QFile f(dir + QStringLiteral("/new"));
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (change == QLatin1String("touch")) {
        // What a slot's server does once its slot is ready.
        QVERIFY(existing.open(QIODevice::ReadWrite));
        QCOMPARE(::futimens(existing.handle(), nullptr), 0);
        existing.close();
    } else if (change == QLatin1String("move")) {
        QVERIFY(QFile::rename(existing.fileName(), dir + QStringLiteral("/moved")));
    } else {
        QVERIFY(QDir(dir).removeRecursively());
        QVERIFY(QDir().mkpath(dir));
    }
    cache.sync();
    QVERIFY(!cache.contains(QStringLiteral("a")));
    // Watched again (the new directory, when it was replaced): a name is remembered again.
    QVERIFY(cache.prepare());
    cache.remember(QStringLiteral("a"));
    cache.sync();
    QVERIFY(cache.contains(QStringLiteral("a")));
}

QTEST_GUILESS_MAIN(TestUnservedSlots)
#include "tst_unservedslots.moc"
