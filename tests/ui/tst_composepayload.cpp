// ComposeDock's payload as the user sees it: one report of what is wrong, the encodings named
// as everywhere in the monitor.
#include "ui/compose/composedock.h"

#include "core/slots/mailslotregistry.h"
#include "core/text/payloadtext.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>

using uitest::child;

class TestComposePayload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }
    void invalidPayloadIsReportedOnce_data();
    void invalidPayloadIsReportedOnce();
    void encodingsNamedAsEverywhere();

private:
    QTemporaryDir m_dir;
};

void TestComposePayload::invalidPayloadIsReportedOnce_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("text");
    QTest::newRow("not a digit") << int(ComposeDock::PayloadMode::Hex) << QStringLiteral("48 zz");
    QTest::newRow("odd") << int(ComposeDock::PayloadMode::Hex) << QStringLiteral("48 6");
    QTest::newRow("latin1") << int(ComposeDock::PayloadMode::Text) << QStringLiteral("\u20ac");
}

void TestComposePayload::invalidPayloadIsReportedOnce()
{
    QFETCH(int, mode);
    QFETCH(QString, text);
    MailslotRegistry registry;
    ComposeDock dock(&registry);
    dock.setTargetParts(ComposeTarget::Kind::ThisComputer, {}, QStringLiteral("once"));
    dock.setPayloadMode(ComposeDock::PayloadMode(mode));
    dock.setEncoding(QStringLiteral("latin1"));
    dock.setPayloadText(text);
    dock.show();
    QString error;
    QVERIFY(!dock.payload(&error));
    QVERIFY(!error.isEmpty());
    QStringList saying;
    for (const QLabel *label : dock.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(error))
            saying.append(label->objectName());
    }
    QCOMPARE(saying, QStringList{QStringLiteral("refusal")});
    QVERIFY(!child<QPushButton>(&dock, QStringLiteral("composeSend"))->isEnabled());
}

void TestComposePayload::encodingsNamedAsEverywhere()
{
    // The encoding list says "UTF-8" as the detail pane does, not the CLI's key "utf-8".
    MailslotRegistry registry;
    ComposeDock dock(&registry);
    const auto *box = child<QComboBox>(&dock, QStringLiteral("composeEncoding"));
    QCOMPARE(box->count(), PayloadText::encodings().size());
    for (int i = 0; i < box->count(); ++i) {
        const auto encoding = PayloadText::encodingFromName(box->itemData(i).toString());
        QVERIFY(encoding);
        QVERIFY2(box->itemText(i).startsWith(PayloadText::encodingTitle(*encoding)), qPrintable(box->itemText(i)));
    }
    QVERIFY(box->findText(QStringLiteral("utf-8"), Qt::MatchStartsWith | Qt::MatchCaseSensitive) < 0);
}

QTEST_MAIN(TestComposePayload)
#include "tst_composepayload.moc"
