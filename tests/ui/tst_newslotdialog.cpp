#include "newslotdialog.h"
#include "uitesthelpers.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

class TestNewSlotDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }
    void validation_data();
    void validation();
    void options();

private:
    QTemporaryDir m_dir;
};

void TestNewSlotDialog::validation_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("short form") << QStringLiteral("demo") << QStringLiteral("\\\\.\\mailslot\\demo");
    QTest::newRow("path, mixed case") << QStringLiteral("Demo\\Events") << QStringLiteral("\\\\.\\mailslot\\demo\\events");
    QTest::newRow("full local") << QStringLiteral("\\\\.\\mailslot\\x") << QStringLiteral("\\\\.\\mailslot\\x");
    QTest::newRow("slashes") << QStringLiteral("//./mailslot/y") << QStringLiteral("\\\\.\\mailslot\\y");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("remote cannot be created") << QStringLiteral("\\\\HOST\\mailslot\\x") << QString();
    QTest::newRow("broadcast cannot be created") << QStringLiteral("\\\\*\\mailslot\\x") << QString();
    QTest::newRow("not a mailslot path") << QStringLiteral("\\\\.\\pipe\\x") << QString();
}

void TestNewSlotDialog::validation()
{
    QFETCH(QString, typed);
    QFETCH(QString, canonical);

    NewSlotDialog dialog;
    auto *edit = dialog.findChild<QLineEdit *>();
    QVERIFY(edit);
    QTest::keyClicks(edit, typed); // live, as typed
    QCOMPARE(dialog.canonicalName(), canonical);
    QCOMPARE(dialog.isAcceptable(), !canonical.isEmpty());
    QCOMPARE(dialog.validationText().isEmpty(), !canonical.isEmpty());
    QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled(), !canonical.isEmpty());
}

void TestNewSlotDialog::options()
{
    NewSlotDialog dialog;
    dialog.setSlotName(QStringLiteral("x"));
    const MailslotServer::Options defaults = dialog.options();
    QCOMPARE(defaults.slot.maxMessageSize, 0u);
    QCOMPARE(defaults.slot.readTimeout, 0u);
    QVERIFY(!defaults.hold);
}

QTEST_MAIN(TestNewSlotDialog)
#include "tst_newslotdialog.moc"
