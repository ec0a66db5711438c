// MailslotRegistry: the facade the GUI and the CLI share.
#include "core/slots/mailslotregistry.h"
#include "tests/common/windowsdeviation.h"
#include "core/platform/win32error.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mailslot::platform;

class TestMailslotRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createSendReceive_data();
    void createSendReceive();
    void closeSlot();
    void listsServedSlots();
    void closeAllOnDestruction();
    void sendErrors_data();
    void sendErrors();
    void listedSlotWithoutFigures();

private:
    QTemporaryDir m_dir;
};

void TestMailslotRegistry::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("MAILSLOT_RUNTIME_DIR", (m_dir.path() + QStringLiteral("/ns")).toLocal8Bit());
}

void TestMailslotRegistry::createSendReceive_data()
{
    QTest::addColumn<QString>("create");
    QTest::addColumn<QString>("sendTo");
    QTest::newRow("same form") << R"(\\.\mailslot\reg\a)" << R"(\\.\mailslot\reg\a)";
    QTest::newRow("short and upper") << "reg/b" << R"(\\.\MAILSLOT\REG\B)";
}

void TestMailslotRegistry::createSendReceive()
{
    QFETCH(QString, create);
    QFETCH(QString, sendTo);
    MailslotRegistry registry;
    QSignalSpy created(&registry, &MailslotRegistry::slotCreated);
    QSignalSpy received(&registry, &MailslotRegistry::messagesReceived);
    MailslotError error;
    MailslotServer *server = registry.createSlot(create, {}, &error);
    QVERIFY2(server, qPrintable(error.toString()));
    QCOMPARE(created.size(), 1);
    QCOMPARE(registry.server(sendTo), server);
    QVERIFY(!registry.send(sendTo, "via registry"));
    QVERIFY(received.wait(5000));
    const auto messages = received.first().at(0).value<StreamRowList>();
    QCOMPARE(messages.first().payload, QByteArray("via registry"));
    QCOMPARE(messages.first().slot, server->name());
}

void TestMailslotRegistry::closeSlot()
{
    MailslotRegistry registry;
    QSignalSpy closed(&registry, &MailslotRegistry::slotClosed);
    MailslotError error;
    QVERIFY(registry.createSlot(QStringLiteral("reg/close"), {}, &error));
    QVERIFY(registry.closeSlot(QStringLiteral("REG\\CLOSE")));
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.first().at(0).toString(), QStringLiteral(R"(\\.\mailslot\reg\close)"));
    QVERIFY(!registry.closeSlot(QStringLiteral("reg/close")));
    QCOMPARE(registry.send(QStringLiteral("reg/close"), "x").code(), quint32(kErrorFileNotFound));
}

void TestMailslotRegistry::listsServedSlots()
{
    MAILSLOT_SKIP_UNDER_WINE(MAILSLOT_REASON_NO_LISTING);
    MailslotRegistry registry;
    MailslotError error;
    QVERIFY(registry.createSlot(QStringLiteral("reg/list1"), {}, &error));
    QVERIFY(registry.createSlot(QStringLiteral("reg/list2"), {}, &error));
    QCOMPARE(registry.servers().size(), 2);
    QStringList names;
    for (const MailslotInfo &info : registry.listAll(&error))
        names << info.name;
    QVERIFY(!error);
    QVERIFY(names.contains(QStringLiteral(R"(\\.\mailslot\reg\list1)")));
    QVERIFY(names.contains(QStringLiteral(R"(\\.\mailslot\reg\list2)")));
}

void TestMailslotRegistry::closeAllOnDestruction()
{
    {
        MailslotRegistry registry;
        MailslotError error;
        QVERIFY(registry.createSlot(QStringLiteral("reg/temp"), {}, &error));
    }
    MailslotError error;
    MailslotRegistry().query(QStringLiteral("reg/temp"), &error);
    QCOMPARE(error.code(), quint32(kErrorFileNotFound));
}

void TestMailslotRegistry::sendErrors_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<quint32>("code");
    QTest::newRow("missing") << "reg/none" << quint32(kErrorFileNotFound);
    QTest::newRow("invalid") << "reg/../x" << quint32(kErrorInvalidName);
    QTest::newRow("remote without bridge") << R"(\\host\mailslot\x)" << quint32(kErrorBadNetpath);
}

void TestMailslotRegistry::sendErrors()
{
    QFETCH(QString, target);
    QFETCH(quint32, code);
    if (code == kErrorBadNetpath)
        MAILSLOT_SKIP_UNDER_WINE("there are no remote mailslots (ERROR_PATH_NOT_FOUND)");
    QCOMPARE(MailslotRegistry().send(target, "x").code(), code);
}

// A slot listed without figures (Windows: the system reports them to its server only) carries
// why, into MailslotInfo and the `list --json` object; a slot with figures has no "error".
void TestMailslotRegistry::listedSlotWithoutFigures()
{
    mailslot::platform::SlotStatus status;
    status.name = "\\\\.\\mailslot\\other";
    status.error = {mailslot::platform::kErrorAccessDenied, "NtQueryInformationFile: 0xC0000022"};
    const MailslotInfo info = MailslotInfo::fromStatus(status);
    QCOMPARE(info.error.code(), quint32(mailslot::platform::kErrorAccessDenied));
    QVERIFY(info.error.message().contains(QStringLiteral("0xC0000022")));
    const QJsonObject error = info.toJson().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("name")).toString(), QStringLiteral("ERROR_ACCESS_DENIED"));
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), 5);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());

    mailslot::platform::SlotStatus fine;
    fine.name = status.name;
    QVERIFY(!MailslotInfo::fromStatus(fine).error);
    QVERIFY(!MailslotInfo::fromStatus(fine).toJson().contains(QStringLiteral("error")));
}

QTEST_GUILESS_MAIN(TestMailslotRegistry)
#include "tst_mailslotregistry.moc"
