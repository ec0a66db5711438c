#include "ui/slots/newslotdialog.h"
#include "uitesthelpers.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using uitest::child;

class TestNewSlotDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }
    void validation_data();
    void validation();
    void options();
    void errorColourReadsOnEveryPalette_data();
    void errorColourReadsOnEveryPalette();

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
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("slotNameEdit")), typed); // live, as typed
    QCOMPARE(dialog.canonicalName(), canonical);
    QCOMPARE(dialog.isAcceptable(), !canonical.isEmpty());
    QCOMPARE(child<QLabel>(&dialog, QStringLiteral("nameError"))->text().isEmpty(), !canonical.isEmpty());
    const auto *buttons = child<QDialogButtonBox>(&dialog, QStringLiteral("dialogButtons"));
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->isEnabled(), !canonical.isEmpty());
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

void TestNewSlotDialog::errorColourReadsOnEveryPalette_data()
{
    QTest::addColumn<QColor>("window");
    QTest::newRow("light") << QColor(0xf0, 0xf0, 0xf0);
    QTest::newRow("dark") << QColor(0x2a, 0x2a, 0x2a);
}

void TestNewSlotDialog::errorColourReadsOnEveryPalette()
{
    QFETCH(QColor, window);
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::PlaceholderText, Qt::gray);
    QApplication::setPalette(palette);
    NewSlotDialog dialog;
    const auto *error = child<QLabel>(&dialog, QStringLiteral("nameError"));
    const QColor text = error->palette().color(QPalette::WindowText);
    QVERIFY(text != error->palette().color(QPalette::PlaceholderText));
    QVERIFY(text.red() > text.green() && text.red() > text.blue());
    QVERIFY2(qAbs(text.lightness() - window.lightness()) >= 90, qPrintable(text.name()));
    QApplication::setPalette(QPalette());
}

QTEST_MAIN(TestNewSlotDialog)
#include "tst_newslotdialog.moc"
