// ComposeDock offscreen: its widgets found by object name, runs through its SendJob.
#include "ui/compose/composedock.h"

#include "core/slots/mailslotregistry.h"
#include "core/text/translations.h"
#include "tests/common/windowsdeviation.h"
#include "tests/netio/loopbackoptions.h"
#include "ui/common/plaintooltip.h"
#include "ui/compose/elidedlabel.h"
#include "uitesthelpers.h"
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QNetworkDatagram>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextDocument>

using uitest::child;
using uitest::waitForCount;

namespace {
QPushButton *sendButton(const ComposeDock &dock)
{
    return child<QPushButton>(&dock, QStringLiteral("composeSend"));
}
QPlainTextEdit *outcomeLog(const ComposeDock &dock)
{
    return child<QPlainTextEdit>(&dock, QStringLiteral("composeLog"));
}
// Network sends of registry go to receiver, bound here on 127.0.0.1.
bool enableLoopbackNetwork(MailslotRegistry &registry, QUdpSocket &receiver)
{
    if (!receiver.bind(QHostAddress::LocalHost, 0))
        return false;
    registry.enableNetwork(
        testnet::loopbackOptions(receiver.localPort(), QStringLiteral("TESTHOST"), QStringLiteral("TESTGRP")));
    return true;
}
} // namespace

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
    void failedSendIsNotRemembered();
    void domainGoesAsGroupDatagram_data();
    void domainGoesAsGroupDatagram();
    void ctrlReturnSends_data();
    void ctrlReturnSends();
    void repeatCountIsPlural_data();
    void repeatCountIsPlural();
    void refusalReadsOnDarkPalette_data();
    void refusalReadsOnDarkPalette();
    void fileIsReadOnceAndOnSend();
    void nameTooltipIsPlainText();
    void longNameIsElided();
    void everyFieldHasItsLabel();
    void stopMidRun();
    void networkTurnedOffMidRun();

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
    QVERIFY(sendButton(dock)->isEnabled());
    QTest::mouseClick(sendButton(dock), Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(received.count() > 0 || received.wait(5000));
    const auto messages = received.at(0).at(0).value<StreamRowList>();
    QCOMPARE(messages.first().payload, QByteArray("hello from compose"));
    QVERIFY(outcomeLog(dock)->toPlainText().contains(QStringLiteral("\\\\.\\mailslot\\compose\\in")));
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
    QVERIFY(child<QLabel>(&dock, QStringLiteral("composeByteCount"))->text().contains(QString::number(bytes.size())));
}

void TestComposeDock::repeat()
{
    MailslotRegistry registry;
    MailslotError error;
    QVERIFY(registry.createSlot(QStringLiteral("compose\\repeat"), {}, &error));
    int count = 0;
    connect(&registry, &MailslotRegistry::messagesReceived, this,
            [&](const StreamRowList &list) { count += int(list.size()); });
    ComposeDock dock(&registry);
    QSignalSpy finished(&dock, &ComposeDock::sendFinished);
    dock.setTarget(QStringLiteral("compose\\repeat"));
    dock.setPayloadText(QStringLiteral("r"));
    dock.setRepeat(5, 10);
    QVERIFY(dock.send());
    QVERIFY(dock.isSending());
    QVERIFY(!sendButton(dock)->isEnabled());
    QVERIFY(!dock.send()); // one run at a time
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(sendButton(dock)->isEnabled());
    QTRY_COMPARE(count, 5);
    dock.setRepeat(1000, 0);
    QVERIFY(dock.send());
    QVERIFY(waitForCount(finished, 2));
    QVERIFY(finished.at(1).at(0).toBool());
    QTRY_COMPARE(count, 1005);
}

void TestComposeDock::errorIsShownWithWin32Name()
{
    MailslotRegistry registry;
    ComposeDock dock(&registry);
    QSignalSpy finished(&dock, &ComposeDock::sendFinished);
    dock.setTarget(QStringLiteral("compose\\nobody_serves_this"));
    QVERIFY(dock.send());
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("ERROR_FILE_NOT_FOUND")));
    QVERIFY(outcomeLog(dock)->toPlainText().contains(QStringLiteral("ERROR_FILE_NOT_FOUND")));
}

void TestComposeDock::networkTargetsAreRefused_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("mentionsLimit");

#ifndef Q_OS_WIN // (refused with the network off; on Windows the system writes them: ComposeTarget::isNetworkLimited)
    QTest::newRow("computer, small") << int(ComposeTarget::Kind::Computer) << QStringLiteral("HOST") << 10 << false;
    QTest::newRow("computer, 425") << int(ComposeTarget::Kind::Computer) << QStringLiteral("HOST") << 425 << true;
    QTest::newRow("domain, 424") << int(ComposeTarget::Kind::Domain) << QStringLiteral("WORKGROUP") << 424 << false;
#endif
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
    QVERIFY(!sendButton(dock)->isEnabled());
    QCOMPARE(sendButton(dock)->toolTip(), PlainToolTip::fromText(dock.refusal()));
    QCOMPARE(dock.refusal().contains(QStringLiteral("424")), mentionsLimit);
    QVERIFY(child<QLabel>(&dock, QStringLiteral("composeByteCount"))->text().contains(QStringLiteral("424")));
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
    QSignalSpy finished(&dock, &ComposeDock::sendFinished);
    dock.setTarget(QStringLiteral("compose\\r1"));
    QVERIFY(dock.send());
    QVERIFY(waitForCount(finished, 1));
    dock.setTarget(QStringLiteral("compose\\r2"));
    QVERIFY(dock.send());
    QVERIFY(waitForCount(finished, 2));
    dock.setTarget(QStringLiteral("compose\\r1"));
    QVERIFY(dock.send());
    QVERIFY(waitForCount(finished, 3));
    QCOMPARE(dock.recentTargets(), (QStringList{QStringLiteral("\\\\.\\mailslot\\compose\\r1"),
                                                QStringLiteral("\\\\.\\mailslot\\compose\\r2")}));
}

void TestComposeDock::failedSendIsNotRemembered()
{
    MailslotRegistry registry;
    ComposeDock dock(&registry);
    QSignalSpy finished(&dock, &ComposeDock::sendFinished);
    dock.setTarget(QStringLiteral("compose\\nobody_serves_this_either"));
    QVERIFY(dock.send()); // a run that fails: ERROR_FILE_NOT_FOUND
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(dock.recentTargets().isEmpty());
    QVERIFY(!child<QComboBox>(&dock, QStringLiteral("composeRecentTargets"))->isEnabled());
}

void TestComposeDock::domainGoesAsGroupDatagram_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("msgType");
    // [MS-MAIL]/RFC 1002: 0x10 DIRECT_UNIQUE to a computer, 0x11 DIRECT_GROUP to a group name.
    QTest::newRow("a computer") << int(ComposeTarget::Kind::Computer) << 0x10;
    QTest::newRow("a workgroup or domain") << int(ComposeTarget::Kind::Domain) << 0x11;
}

void TestComposeDock::domainGoesAsGroupDatagram()
{
    QFETCH(int, kind);
    QFETCH(int, msgType);
    MAILSLOT_SKIP_ON_WINDOWS("our datagram sender (on Windows the system writes to other computers)");
    QUdpSocket receiver;
    MailslotRegistry registry;
    QVERIFY(enableLoopbackNetwork(registry, receiver));
    ComposeDock dock(&registry);
    QSignalSpy finished(&dock, &ComposeDock::sendFinished);
    // OTHERDOM is not our workgroup: only the kind says that it is a group.
    dock.setTargetParts(ComposeTarget::Kind(kind), QStringLiteral("OTHERDOM"), QStringLiteral("messngr"));
    dock.setPayloadText(QStringLiteral("hi"));
    QVERIFY2(dock.canSend(), qPrintable(dock.refusal()));
    QVERIFY(dock.send());
    QVERIFY(finished.wait(5000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QTRY_VERIFY(receiver.hasPendingDatagrams());
    const QByteArray datagram = receiver.receiveDatagram().data();
    QVERIFY(!datagram.isEmpty());
    QCOMPARE(int(quint8(datagram.at(0))), msgType);

    // The recent target comes back as the same kind.
    QCOMPARE(dock.recentTargets(), QStringList{QStringLiteral("\\\\OTHERDOM\\mailslot\\messngr")});
    dock.setTargetParts(ComposeTarget::Kind::ThisComputer, {}, QStringLiteral("other"));
    emit child<QComboBox>(&dock, QStringLiteral("composeRecentTargets"))->activated(1);
    QCOMPARE(dock.target().kind(), ComposeTarget::Kind(kind));
    QCOMPARE(dock.target().server(), QStringLiteral("OTHERDOM"));

    // ...also after the list went through the settings.
    ComposeDock restored(&registry);
    restored.setRecentTargets(dock.recentTargets(), dock.recentDomainTargets());
    emit child<QComboBox>(&restored, QStringLiteral("composeRecentTargets"))->activated(1);
    QCOMPARE(restored.target().kind(), ComposeTarget::Kind(kind));
}

void TestComposeDock::ctrlReturnSends_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Ctrl+Return") << int(Qt::Key_Return) << int(Qt::ControlModifier);
    QTest::newRow("Ctrl+Enter") << int(Qt::Key_Enter) << int(Qt::ControlModifier | Qt::KeypadModifier);
}

void TestComposeDock::ctrlReturnSends()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    MailslotRegistry registry;
    MailslotError error;
    QVERIFY(registry.createSlot(QStringLiteral("compose\\keys"), {}, &error));
    QSignalSpy received(&registry, &MailslotRegistry::messagesReceived);
    ComposeDock dock(&registry);
    QSignalSpy finished(&dock, &ComposeDock::sendFinished);
    dock.setTarget(QStringLiteral("compose\\keys"));
    dock.show();
    QVERIFY(QTest::qWaitForWindowActive(&dock));
    QWidget *editor = child<QPlainTextEdit>(&dock, QStringLiteral("composePayload"));
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(received.count() > 0 || received.wait(5000));
    QCOMPARE(dock.payload().value_or(QByteArray()), QByteArray("hello")); // no line break typed
    QVERIFY(sendButton(dock)->toolTip().contains(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
}

void TestComposeDock::repeatCountIsPlural_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("shown");
    QTest::newRow("en 1") << QStringLiteral("en") << 1 << QStringLiteral("1 time");
    QTest::newRow("en 3") << QStringLiteral("en") << 3 << QStringLiteral("3 times");
    QTest::newRow("es 1") << QStringLiteral("es") << 1 << QStringLiteral("1 vez");
    QTest::newRow("es 3") << QStringLiteral("es") << 3 << QStringLiteral("3 veces");
    QTest::newRow("it 1") << QStringLiteral("it") << 1 << QStringLiteral("1 volta");
    QTest::newRow("it 3") << QStringLiteral("it") << 3 << QStringLiteral("3 volte");
}

void TestComposeDock::repeatCountIsPlural()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, shown);
    Translations::install(language);
    MailslotRegistry registry;
    ComposeDock dock(&registry);
    dock.setRepeat(count, 0);
    QCOMPARE(child<QSpinBox>(&dock, QStringLiteral("composeRepeat"))->text(), shown);
    Translations::install(QStringLiteral("en"));
}

void TestComposeDock::refusalReadsOnDarkPalette_data()
{
    QTest::addColumn<QColor>("window");
    QTest::newRow("light") << QColor(Qt::white);
    QTest::newRow("dark") << QColor(0x20, 0x20, 0x20);
}

void TestComposeDock::refusalReadsOnDarkPalette()
{
    QFETCH(QColor, window);
    MailslotRegistry registry;
    ComposeDock dock(&registry);
    QPalette palette = dock.palette();
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, window.lightness() < 128 ? Qt::white : Qt::black);
    palette.setColor(QPalette::PlaceholderText, Qt::gray);
    dock.setPalette(palette);
    dock.setTargetParts(ComposeTarget::Kind::Computer, {}, QStringLiteral("x")); // refused: no computer name
    QVERIFY(!dock.canSend());
    const QColor text = child<QLabel>(&dock, QStringLiteral("refusal"))->palette().color(QPalette::WindowText);
    QVERIFY(text != child<QLabel>(&dock, QStringLiteral("refusal"))->palette().color(QPalette::PlaceholderText));
    QVERIFY(text.red() > text.green() && text.red() > text.blue()); // red
    QVERIFY2(qAbs(text.lightness() - window.lightness()) >= 90, qPrintable(text.name()));
}

void TestComposeDock::fileIsReadOnceAndOnSend()
{
    MailslotRegistry registry;
    MailslotError error;
    QVERIFY(registry.createSlot(QStringLiteral("compose\\file"), {}, &error));
    QSignalSpy received(&registry, &MailslotRegistry::messagesReceived);
    const QString path = m_dir.filePath(QStringLiteral("payload.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("12345");
    file.close();
    ComposeDock dock(&registry);
    dock.setTarget(QStringLiteral("compose\\file"));
    dock.setPayloadMode(ComposeDock::PayloadMode::File);
    dock.setFilePath(path);
    QVERIFY(child<QLabel>(&dock, QStringLiteral("composeByteCount"))->text().contains(QStringLiteral("5")));
    // The file grows: validating (another target) does not read it again...
    QVERIFY(file.open(QIODevice::Append));
    file.write("67890");
    file.close();
    dock.setTarget(QStringLiteral("compose\\file"));
    QVERIFY(child<QLabel>(&dock, QStringLiteral("composeByteCount"))->text().contains(QStringLiteral("5")));
    QVERIFY(!child<QLabel>(&dock, QStringLiteral("composeByteCount"))->text().contains(QStringLiteral("10")));
    // ...sending does: what the file holds now goes.
    QVERIFY(dock.send());
    QVERIFY(received.wait(5000));
    QCOMPARE(received.at(0).at(0).value<StreamRowList>().first().payload, QByteArray("1234567890"));
    QVERIFY(child<QLabel>(&dock, QStringLiteral("composeByteCount"))->text().contains(QStringLiteral("10")));
}

void TestComposeDock::nameTooltipIsPlainText()
{
    MailslotRegistry registry;
    ComposeDock dock(&registry);
    const QString path = QStringLiteral("say \"<b>hi\" & go");
    dock.setTargetParts(ComposeTarget::Kind::ThisComputer, {}, path);
    const auto *name = child<ElidedLabel>(&dock, QStringLiteral("resultingName"));
    const QString tip = name->toolTip();
    // A tooltip is rich text when Qt::mightBeRichText says so: then the escaped text reads as typed.
    QVERIFY(Qt::mightBeRichText(tip));
    QTextDocument document;
    document.setHtml(tip);
    QVERIFY2(document.toPlainText().contains(path), qPrintable(document.toPlainText()));
    QCOMPARE(tip, PlainToolTip::fromText(name->fullText()));
}

void TestComposeDock::longNameIsElided()
{
    MailslotRegistry registry;
    ComposeDock dock(&registry);
    const QString path = QStringLiteral("compose\\") + QString(120, QLatin1Char('a')) + QStringLiteral("\\the_end");
    dock.setTargetParts(ComposeTarget::Kind::ThisComputer, {}, path);
    dock.resize(260, 700);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    // The end of the name shows, with an ellipsis for what does not fit; the tooltip has it all.
    const auto *name = child<ElidedLabel>(&dock, QStringLiteral("resultingName"));
    QVERIFY2(name->text().endsWith(QStringLiteral("the_end")) && name->text().contains(QChar(0x2026)),
             qPrintable(name->text()));
    QVERIFY(name->width() <= dock.width());
    QTextDocument document;
    document.setHtml(name->toolTip());
    QCOMPARE(document.toPlainText(), QStringLiteral("\\\\.\\mailslot\\") + path.toLower());
}

void TestComposeDock::everyFieldHasItsLabel()
{
    MailslotRegistry registry;
    ComposeDock dock(&registry);
    const auto *form = dock.findChild<QFormLayout *>();
    QVERIFY(form);
    QCOMPARE(form->rowCount(), 9);
    for (int row = 0; row < form->rowCount(); ++row) {
        QWidget *field = form->itemAt(row, QFormLayout::FieldRole)->widget();
        const QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
        const auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
        QVERIFY2(label && label->text().endsWith(QLatin1Char(':')), qPrintable(field->objectName()));
        QCOMPARE(label->buddy(), field);
    }
}

void TestComposeDock::stopMidRun()
{
    MailslotRegistry registry;
    MailslotError error;
    MailslotServer *server = registry.createSlot(QStringLiteral("compose\\stop"), {}, &error);
    QVERIFY(server);
    QSignalSpy received(&registry, &MailslotRegistry::messagesReceived);
    ComposeDock dock(&registry);
    QSignalSpy finished(&dock, &ComposeDock::sendFinished);
    dock.setTarget(QStringLiteral("compose\\stop"));
    dock.setRepeat(1000000, 20);
    QVERIFY(dock.send());
    auto *stop = child<QPushButton>(&dock, QStringLiteral("composeStop"));
    QVERIFY(stop->isEnabled());
    QVERIFY(received.wait(5000)); // under way
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(!stop->isEnabled());
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.at(0).at(0).toBool());
    const QString text = finished.at(0).at(1).toString();
    QVERIFY2(text.startsWith(QStringLiteral("Stopped after "))
                 && text.endsWith(QStringLiteral("\\\\.\\mailslot\\compose\\stop")),
             qPrintable(text));
    QVERIFY(outcomeLog(dock)->toPlainText().contains(text));
    QVERIFY(!dock.isSending());
    QVERIFY(sendButton(dock)->isEnabled());
}

void TestComposeDock::networkTurnedOffMidRun()
{
    MAILSLOT_SKIP_ON_WINDOWS(MAILSLOT_REASON_BRIDGE);
    QUdpSocket receiver;
    MailslotRegistry registry;
    QVERIFY(enableLoopbackNetwork(registry, receiver));
    ComposeDock dock(&registry);
    QSignalSpy finished(&dock, &ComposeDock::sendFinished);
    dock.setTargetParts(ComposeTarget::Kind::Everyone, {}, QStringLiteral("messngr"));
    dock.setRepeat(1000000, 20);
    QVERIFY2(dock.send(), qPrintable(dock.refusal()));
    QVERIFY(receiver.waitForReadyRead(5000)); // under way
    registry.disableNetwork();
    dock.networkStateChanged();
    QVERIFY(finished.wait(5000));
    const QString text = finished.at(0).at(1).toString();
    QVERIFY2(text.endsWith(QStringLiteral(": the network was turned off")), qPrintable(text));
    QVERIFY(!dock.canSend());
}

QTEST_MAIN(TestComposeDock)
#include "tst_composedock.moc"
