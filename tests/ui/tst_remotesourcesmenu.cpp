// The monitor's remote sources: File > Add Remote Source (the dialog's checks), several hosts at
// once, rows in the stream with their host (the Host column, shown while there are remote
// sources), the filter to one host, each source's state in the status bar (live; lost with
// ssh's words, reconnecting in N s), Remove. The "ssh" here is a script standing in for it: it
// writes a stream, or fails as ssh does (RemoteSource against a real sshd: tests/remote).
#include "core/remote/streamformat.h"
#include "tests/common/windowsdeviation.h"
#include "core/slots/mailslotregistry.h"
#include "ui/network/remotesourcedialog.h"
#include "ui/network/remotesourcesmenu.h"
#include "ui/stream/messagefilterproxy.h"
#include "ui/stream/messagemodel.h"
#include "ui/stream/messagestreamwidget.h"
#include "ui/window/mainwindow.h"
#include "uitesthelpers.h"

#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestRemoteSourcesMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void dialogChecksWhatIsTyped_data();
    void dialogChecksWhatIsTyped();
    void fileMenuHasTheAction();
    void hostsStreamTaggedAndFiltered();
    void lostSourceSaysWhyAndRetries();
    void hostColumnHiddenAfterRestart();

private:
    // A stand-in for ssh: writes a stream (header, one message with this text) and waits, or fails.
    QString fakeSsh(const QString &name, const QByteArray &body);
    static RemoteSource::Options options(const QString &target, const QString &ssh);

    QTemporaryDir m_dir;
};

void TestRemoteSourcesMenu::initTestCase()
{
    uitest::isolate(m_dir);
    QCoreApplication::setOrganizationName(QStringLiteral("MailslotMonitorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_remotesourcesmenu"));
}

void TestRemoteSourcesMenu::cleanup()
{
    QSettings().clear(); // each test starts from the default layout
}

QString TestRemoteSourcesMenu::fakeSsh(const QString &name, const QByteArray &body)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\n" + body) < 0)
        return {};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

RemoteSource::Options TestRemoteSourcesMenu::options(const QString &target, const QString &ssh)
{
    RemoteSource::Options o;
    o.target = target;
    o.command = {QStringLiteral("serve"), QStringLiteral("demo")};
    o.sshProgram = ssh;
    return o;
}

void TestRemoteSourcesMenu::dialogChecksWhatIsTyped_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("watch"); // empty: the bridge; serve: a slot served there; tap: slots watched there
    QTest::addColumn<QString>("slot");
    QTest::addColumn<QString>("problem");
    QTest::newRow("bridge") << "admin@pc7" << "" << "" << "";
    QTest::newRow("slot") << "pc7" << "serve" << "app\\events" << "";
    QTest::newRow("no host") << "" << "" << "" << "Type the host";
    QTest::newRow("option as host") << "-oProxyCommand=x" << "" << "" << "is not a host";
    QTest::newRow("space") << "pc 7" << "" << "" << "is not a host";
    QTest::newRow("bad slot") << "pc7" << "serve" << QString(300, QLatin1Char('a')) << "slot name is not valid";
    QTest::newRow("network slot") << "pc7" << "serve" << "\\\\*\\mailslot\\x" << "Name a slot of that host";
    QTest::newRow("tap every slot") << "pc7" << "tap" << "*" << "";
    QTest::newRow("tap a pattern") << "pc7" << "tap" << "\\\\.\\mailslot\\app\\*" << "";
    QTest::newRow("tap one slot") << "pc7" << "tap" << "app/orders" << "";
    QTest::newRow("tap a remote name") << "pc7" << "tap" << "\\\\pc1\\mailslot\\x" << "slots to watch are not valid";
    QTest::newRow("tap nothing") << "pc7" << "tap" << "" << "slots to watch are not valid";
}

void TestRemoteSourcesMenu::dialogChecksWhatIsTyped()
{
    QFETCH(QString, host);
    QFETCH(QString, watch);
    QFETCH(QString, slot);
    QFETCH(QString, problem);
    RemoteSourceDialog dialog;
    dialog.setTarget(host);
    if (watch == QLatin1String("serve"))
        dialog.setSlot(slot);
    else if (watch == QLatin1String("tap"))
        dialog.setTapped(slot);
    QCOMPARE(dialog.isAcceptable(), problem.isEmpty());
    QVERIFY2(dialog.problem().contains(problem), qPrintable(dialog.problem()));
    if (problem.isEmpty()) {
        QCOMPARE(dialog.target(), host);
        QCOMPARE(dialog.command(), watch.isEmpty() ? QStringList{QStringLiteral("bridge")} : QStringList({watch, slot}));
    }
}

void TestRemoteSourcesMenu::fileMenuHasTheAction()
{
    MailslotRegistry registry;
    MainWindow window(&registry);
    window.show();
    const auto *menu = window.findChild<RemoteSourcesMenu *>(QStringLiteral("remoteSourcesMenu"));
    QVERIFY(menu);
    QMenu *file = window.menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(menu->addSourceAction()));
    QVERIFY(file->actions().contains(menu->menuAction()));
    QVERIFY(!menu->isEnabled()); // nothing to remove yet
    const auto *stream = window.findChild<MessageStreamWidget *>(QStringLiteral("messageStream"));
    QVERIFY(stream->view()->isColumnHidden(MessageModel::HostColumn));
}

void TestRemoteSourcesMenu::hostsStreamTaggedAndFiltered()
{
#ifdef Q_OS_WIN
    QSKIP("a POSIX shell script stands in for ssh here");
#endif
    MailslotRegistry registry;
    MainWindow window(&registry);
    window.show();
    auto *menu = window.findChild<RemoteSourcesMenu *>(QStringLiteral("remoteSourcesMenu"));
    auto *stream = window.findChild<MessageStreamWidget *>(QStringLiteral("messageStream"));
    const QByteArray header = StreamFormat::headerLine(StreamFormat::localHeader({QStringLiteral("serve")}));
    const auto script = [&header](const char *text) {
        return "printf '%s\\n' '" + header + "' '{\"slot\":\"\\\\\\\\.\\\\mailslot\\\\demo\",\"time\":"
               "\"2026-01-01T00:00:00.000Z\",\"size\":2,\"hex\":\"" + QByteArray(text).toHex() + "\",\"source\":\"local\"}'\n"
               "exec tail -f /dev/null\n";
    };
    menu->addSource(options(QStringLiteral("admin@pc7"), fakeSsh(QStringLiteral("ssh7"), script("p7"))));
    menu->addSource(options(QStringLiteral("pc8"), fakeSsh(QStringLiteral("ssh8"), script("p8"))));
    QTRY_COMPARE(stream->proxy()->rowCount(), 2);
    QVERIFY(!stream->view()->isColumnHidden(MessageModel::HostColumn));
    QStringList hosts;
    for (int row = 0; row < 2; ++row)
        hosts.append(stream->proxy()->index(row, MessageModel::HostColumn).data().toString());
    hosts.sort();
    QCOMPARE(hosts, QStringList({QStringLiteral("pc7"), QStringLiteral("pc8")}));
    QTRY_COMPARE(menu->statusText(), QStringLiteral("pc7: live · pc8: live"));
    const auto *label = window.findChild<QLabel *>(QStringLiteral("remoteSourcesStatus"));
    QVERIFY(label->isVisible());
    // Show Only pc8, from the menu; Show All (clearFilter) shows both again.
    const QList<QAction *> actions = menu->actions();
    const auto only = std::find_if(actions.begin(), actions.end(),
                                   [](QAction *a) { return a->text() == QStringLiteral("Show Only pc8"); });
    QVERIFY(only != actions.end());
    (*only)->trigger();
    QCOMPARE(stream->proxy()->rowCount(), 1);
    QCOMPARE(stream->proxy()->index(0, MessageModel::HostColumn).data().toString(), QStringLiteral("pc8"));
    stream->proxy()->clearFilter();
    QCOMPARE(stream->proxy()->rowCount(), 2);
    // Remove both: the Host column goes, the rows stay.
    const QList<RemoteSource *> sources = menu->sources();
    for (RemoteSource *source : sources)
        menu->removeSource(source);
    QVERIFY(menu->sources().isEmpty());
    QVERIFY(stream->view()->isColumnHidden(MessageModel::HostColumn));
    QVERIFY(!label->isVisible());
    QCOMPARE(stream->proxy()->rowCount(), 2);
}

void TestRemoteSourcesMenu::lostSourceSaysWhyAndRetries()
{
#ifdef Q_OS_WIN
    QSKIP("a POSIX shell script stands in for ssh here");
#endif
    MailslotRegistry registry;
    MainWindow window(&registry);
    window.show();
    auto *menu = window.findChild<RemoteSourcesMenu *>(QStringLiteral("remoteSourcesMenu"));
    const QString ssh = fakeSsh(QStringLiteral("refused"),
                                "echo 'ssh: connect to host far port 22: Connection refused' >&2\nexit 255\n");
    RemoteSource *source = menu->addSource(options(QStringLiteral("far"), ssh));
    QTRY_VERIFY(menu->statusText().startsWith(QStringLiteral("far: lost, reconnecting in ")));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Connection refused")),
             qPrintable(window.statusBar()->currentMessage()));
    const auto *label = window.findChild<QLabel *>(QStringLiteral("remoteSourcesStatus"));
    QVERIFY(label->toolTip().contains(QStringLiteral("Connection refused")));
    QVERIFY(source->retryDelayMs() >= 1000);
    menu->removeSource(source);
}

void TestRemoteSourcesMenu::hostColumnHiddenAfterRestart()
{
    MailslotRegistry registry;
    {
        MainWindow window(&registry);
        window.show();
        auto *menu = window.findChild<RemoteSourcesMenu *>(QStringLiteral("remoteSourcesMenu"));
        menu->addSource(options(QStringLiteral("pc9"), fakeSsh(QStringLiteral("ssh9"), "exec tail -f /dev/null\n")));
        QVERIFY(!window.findChild<MessageStreamWidget *>()->view()->isColumnHidden(MessageModel::HostColumn));
        window.close(); // saves the stream's columns, Host shown
    }
    MainWindow restored(&registry);
    restored.show();
    // No remote source in this session: no Host column, whatever the saved layout says.
    QVERIFY(restored.findChild<MessageStreamWidget *>()->view()->isColumnHidden(MessageModel::HostColumn));
}

QTEST_MAIN(TestRemoteSourcesMenu)
#include "tst_remotesourcesmenu.moc"
