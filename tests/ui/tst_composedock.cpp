#include "composedock.h"
#include "mailslotregistry.h"
#include "uitesthelpers.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

class TestComposeDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }
    void sendsToLocalSlot();
    void payloadModes_data();
    void payloadModes();
    void repeat();
    void errorIsShownWithWin32Name();
    void networkTargetsAreRefused_data();
    void networkTargetsAreRefused();
    void recentTargets();

private:
    QTemporaryDir m_dir;
};

void TestComposeDock::sendsToLocalSlot()
{
    MailslotRegistry registry;
    MailslotError error;
    QVERIFY(registry.createSlot(QStringLiteral("compose\\in"), {}, &error));
    QSignalSpy received(&registry, &MailslotRegistry::messagesReceived);
    ComposeDock dock(&registry);
    QSignalSpy finished(&dock, &ComposeDock::sendFinished);
    dock.setTargetParts(ComposeTarget::Kind::ThisComputer, {}, QStringLiteral("compose\\in"));
    dock.setPayloadText(QStringLiteral("hello from compose"));
    QVERIFY(dock.canSend());
    QVERIFY(dock.sendButton()->isEnabled());
    QTest::mouseClick(dock.sendButton(), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(received.wait(5000));
    const auto messages = received.at(0).at(0).value<MailslotMessageList>();
    QCOMPARE(messages.first().payload, QByteArray("hello from compose"));
    QVERIFY(dock.log()->toPlainText().contains(QStringLiteral("\\\\.\\mailslot\\compose\\in")));
}

void TestComposeDock::payloadModes_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("utf-8") << int(ComposeDock::PayloadMode::Text) << QStringLiteral("utf-8") << QStringLiteral("\u00f1") << QByteArray("\xc3\xb1");
    QTest::newRow("latin1") << int(ComposeDock::PayloadMode::Text) << QStringLiteral("latin1") << QStringLiteral("\u00f1") << QByteArray("\xf1");
    QTest::newRow("utf-16le") << int(ComposeDock::PayloadMode::Text) << QStringLiteral("utf-16le") << QStringLiteral("A") << QByteArray("A\0", 2);
    QTest::newRow("hex") << int(ComposeDock::PayloadMode::Hex) << QString() << QStringLiteral("48 65 00") << QByteArray("He\0", 3);
}

void TestComposeDock::payloadModes()
{
    QFETCH(int, mode);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    MailslotRegistry registry;
    ComposeDock dock(&registry);
    dock.setPayloadMode(ComposeDock::PayloadMode(mode));
    if (!encoding.isEmpty())
        dock.setEncoding(encoding);
    dock.setPayloadText(text);
    QString error;
    const auto payload = dock.payload(&error);
    QVERIFY2(payload.has_value(), qPrintable(error));
    QCOMPARE(*payload, bytes);
    QVERIFY(dock.byteCountLabel()->text().contains(QString::number(bytes.size())));
}

void TestComposeDock::repeat()
{
    MailslotRegistry registry;
    MailslotError error;
    QVERIFY(registry.createSlot(QStringLiteral("compose\\repeat"), {}, &error));
    int count = 0;
    connect(&registry, &MailslotRegistry::messagesReceived, this,
            [&](const MailslotMessageList &list) { count += int(list.size()); });
    ComposeDock dock(&registry);
    QSignalSpy finished(&dock, &ComposeDock::sendFinished);
    dock.setTarget(QStringLiteral("compose\\repeat"));
    dock.setPayloadText(QStringLiteral("r"));
    dock.setRepeat(5, 10);
    QVERIFY(dock.send());
    QVERIFY(dock.isSending());
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.at(0).at(0).toBool());
    QTRY_COMPARE(count, 5);
    dock.setRepeat(1000, 0);
    QVERIFY(dock.send());
    QTRY_COMPARE(finished.count(), 2);
    QTRY_COMPARE(count, 1005);
}

void TestComposeDock::errorIsShownWithWin32Name()
{
    MailslotRegistry registry;
    ComposeDock dock(&registry);
    QSignalSpy finished(&dock, &ComposeDock::sendFinished);
    dock.setTarget(QStringLiteral("compose\\nobody_serves_this"));
    QVERIFY(dock.send());
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("ERROR_FILE_NOT_FOUND")));
    QVERIFY(dock.log()->toPlainText().contains(QStringLiteral("ERROR_FILE_NOT_FOUND")));
}

void TestComposeDock::networkTargetsAreRefused_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("mentionsLimit");

    QTest::newRow("computer, small") << int(ComposeTarget::Kind::Computer) << QStringLiteral("HOST") << 10 << false;
    QTest::newRow("computer, 425") << int(ComposeTarget::Kind::Computer) << QStringLiteral("HOST") << 425 << true;
    QTest::newRow("domain, 424") << int(ComposeTarget::Kind::Domain) << QStringLiteral("WORKGROUP") << 424 << false;
    QTest::newRow("everyone, 2000") << int(ComposeTarget::Kind::Everyone) << QString() << 2000 << true;
}

void TestComposeDock::networkTargetsAreRefused()
{
    QFETCH(int, kind);
    QFETCH(QString, server);
    QFETCH(int, size);
    QFETCH(bool, mentionsLimit);
    MailslotRegistry registry;
    ComposeDock dock(&registry);
    QSignalSpy finished(&dock, &ComposeDock::sendFinished);
    dock.setTargetParts(ComposeTarget::Kind(kind), server, QStringLiteral("messngr"));
    dock.setPayloadText(QString(size, QLatin1Char('x')));
    QVERIFY(!dock.canSend());
    QVERIFY(!dock.sendButton()->isEnabled());
    QCOMPARE(dock.sendButton()->toolTip(), dock.refusal());
    QCOMPARE(dock.refusal().contains(QStringLiteral("424")), mentionsLimit);
    QVERIFY(dock.byteCountLabel()->text().contains(QStringLiteral("424")));
    QVERIFY(!dock.send()); // refused, never a fake success
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
}

void TestComposeDock::recentTargets()
{
    MailslotRegistry registry;
    MailslotError error;
    QVERIFY(registry.createSlot(QStringLiteral("compose\\r1"), {}, &error));
    QVERIFY(registry.createSlot(QStringLiteral("compose\\r2"), {}, &error));
    ComposeDock dock(&registry);
    dock.setTarget(QStringLiteral("compose\\r1"));
    QVERIFY(dock.send());
    dock.setTarget(QStringLiteral("compose\\r2"));
    QVERIFY(dock.send());
    dock.setTarget(QStringLiteral("compose\\r1"));
    QVERIFY(dock.send());
    QCOMPARE(dock.recentTargets(), (QStringList{QStringLiteral("\\\\.\\mailslot\\compose\\r1"),
                                                QStringLiteral("\\\\.\\mailslot\\compose\\r2")}));
}

QTEST_MAIN(TestComposeDock)
#include "tst_composedock.moc"
