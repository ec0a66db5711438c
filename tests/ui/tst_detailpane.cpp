#include "core/stream/observeddatagram.h"
#include "core/text/decodedsummary.h"
#include "core/wire/malformedreason.h"
#include "ui/stream/detailpane.h"
#include "ui/stream/hexdumpwidget.h"
#include "core/text/translations.h"
#include "uitesthelpers.h"

#include <QTreeWidgetItemIterator>

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLocale>
#include <QTreeWidget>
#include <QPlainTextEdit>
#include <QTabWidget>

class TestDetailPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolate(m_dir); }
    void copyFormats();
    void copyAsTextEscapesControls_data();
    void copyAsTextEscapesControls();
    void textInEncoding_data();
    void textInEncoding();
    void megabyteDoesNotFreeze();
    void clear();
    void decodedKindIsTranslatedLabel();
    void serverTypeInHexWithItsBits();
    void fieldNamesAreWhole_data();
    void fieldNamesAreWhole();
    void summaryByteCountInLocale_data();
    void summaryByteCountInLocale();
    void malformedShowsWhatWasRead();

private:
    QTemporaryDir m_dir;
};

void TestDetailPane::copyFormats()
{
    QCOMPARE(DetailPane::toHex(QByteArray("\x00\x01\xff", 3)), QStringLiteral("00 01 ff"));
    QCOMPARE(DetailPane::toHex(QByteArray(17, 'A')).count(QLatin1Char('\n')), 1);
    QCOMPARE(DetailPane::toCArray(QByteArray("AB")),
             QStringLiteral("const unsigned char message[2] = {\n    0x41, 0x42\n};\n"));

    DetailPane pane;
    pane.setMessage(uitest::message(QStringLiteral("\\\\.\\mailslot\\x"), "Hi"));
    pane.copyAsHex();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("48 69"));
    pane.copyAsText();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Hi"));
    pane.copyAsCArray();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("0x48, 0x69")));
}

void TestDetailPane::copyAsTextEscapesControls_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("copied");
    QTest::newRow("NUL") << QByteArray("ab\0cd", 5) << QStringLiteral("ab\\x00cd");
    QTest::newRow("controls") << QByteArray("\x01\x1b[0m\x7f") << QStringLiteral("\\x01\\x1b[0m\\x7f");
    QTest::newRow("lines stay") << QByteArray("one\ttwo\r\nthree\n") << QStringLiteral("one\ttwo\r\nthree\n");
}

void TestDetailPane::copyAsTextEscapesControls()
{
    // Other programs take the clipboard's text up to its first NUL: every control byte but the
    // layout (tab, line breaks) is written as \xNN; Copy as Hex keeps the bytes.
    QFETCH(QByteArray, payload);
    QFETCH(QString, copied);
    DetailPane pane;
    pane.setMessage(uitest::message(QStringLiteral("\\\\.\\mailslot\\x"), payload));
    pane.copyAsText();
    QCOMPARE(QGuiApplication::clipboard()->text(), copied);
    pane.copyAsHex();
    QCOMPARE(QGuiApplication::clipboard()->text(), DetailPane::toHex(payload));
}

void TestDetailPane::textInEncoding_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("text");

    QTest::newRow("utf-8") << QByteArray("ni\xc3\xb1o") << int(PayloadText::Encoding::Utf8) << QStringLiteral("ni\u00f1o");
    QTest::newRow("latin1") << QByteArray("ni\xf1o") << int(PayloadText::Encoding::Latin1) << QStringLiteral("ni\u00f1o");
    QTest::newRow("utf-16le") << QByteArray("h\0i\0", 4) << int(PayloadText::Encoding::Utf16Le) << QStringLiteral("hi");
    QTest::newRow("cp437") << QByteArray("\x82") << int(PayloadText::Encoding::Cp437) << QStringLiteral("\u00e9");
}

void TestDetailPane::textInEncoding()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, encoding);
    QFETCH(QString, text);
    DetailPane pane;
    pane.setEncoding(PayloadText::Encoding(encoding));
    pane.tabs()->setCurrentIndex(1);
    pane.setMessage(uitest::message(QStringLiteral("\\\\.\\mailslot\\x"), payload));
    QCOMPARE(pane.textView()->toPlainText(), text);
    QVERIFY(pane.summaryText().contains(QStringLiteral("\\\\.\\mailslot\\x")));
}

void TestDetailPane::megabyteDoesNotFreeze()
{
    DetailPane pane;
    pane.resize(800, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QByteArray payload;
    for (int i = 0; payload.size() < 1024 * 1024; ++i)
        payload += "line " + QByteArray::number(i) + " of a large message\n";
    // Bounded work, not timed (speed belongs to bench/): the hex view lays out visible lines only
    // and the text tab holds at most kTextViewLimit characters.
    pane.setMessage(uitest::message(QStringLiteral("\\\\.\\mailslot\\big"), payload));
    pane.repaint();
    QVERIFY(pane.hexView()->lastPaintedLines() < 100);
    pane.tabs()->setCurrentIndex(1);
    pane.repaint();
    QCOMPARE(pane.hexView()->lineCount(), (payload.size() + 15) / 16);
    QVERIFY(pane.textView()->toPlainText().size() <= DetailPane::kTextViewLimit);
}

void TestDetailPane::clear()
{
    DetailPane pane;
    pane.setMessage(uitest::message(QStringLiteral("\\\\.\\mailslot\\x"), "abc"));
    QVERIFY(pane.hasMessage());
    pane.clearMessage();
    QVERIFY(!pane.hasMessage());
    QCOMPARE(pane.hexView()->lineCount(), qsizetype(0));
}

void TestDetailPane::decodedKindIsTranslatedLabel()
{
    DetailPane pane;
    const StreamRow m = uitest::datagramRow(
        uitest::mailslotDatagram("\\MAILSLOT\\BROWSE", uitest::hostAnnouncement("PEER", "c"), "PEER", "GRP"), 0x0A000001);
    const QString kind = QStringLiteral("browse.hostAnnouncement");
    QCOMPARE(m.datagram->decoded()->kind(), kind);
    pane.setMessage(m);
    QTreeWidgetItem *top = pane.decodedTree()->topLevelItem(0);
    QVERIFY(top);
    QCOMPARE(top->text(1), DecodedSummary::kindTitle(kind)); // "Host announcement"
    QVERIFY(top->text(1) != kind);
    for (int i = 0; i < pane.decodedTree()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = pane.decodedTree()->topLevelItem(i);
        QVERIFY2(!item->text(0).contains(QStringLiteral("browse.")) && !item->text(1).contains(QStringLiteral("browse.")),
                 qPrintable(item->text(0) + QLatin1Char('=') + item->text(1)));
    }
}

void TestDetailPane::serverTypeInHexWithItsBits()
{
    DetailPane pane;
    pane.setMessage(uitest::datagramRow(
        uitest::mailslotDatagram("\\MAILSLOT\\BROWSE", uitest::hostAnnouncement("PEER", "c"), "PEER", "GRP")));
    const QString text = pane.decodedText();
    QVERIFY2(text.contains(QStringLiteral("0x00011003 (WORKSTATION, SERVER, NT, POTENTIAL_BROWSER)")), qPrintable(text));
    QVERIFY2(!text.contains(QString::number(0x00011003)), qPrintable(text)); // not in decimal
}

void TestDetailPane::fieldNamesAreWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("it") << QStringLiteral("it");
}

void TestDetailPane::fieldNamesAreWhole()
{
    // "Número de actualizaciones" whole, not "Número de actualiz...".
    QFETCH(QString, language);
    Translations::install(language);
    DetailPane pane;
    pane.resize(700, 400);
    pane.tabs()->setCurrentIndex(DetailPane::DecodedTab);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setMessage(uitest::datagramRow(
        uitest::mailslotDatagram("\\MAILSLOT\\BROWSE", uitest::hostAnnouncement("PEER", "c"), "PEER", "GRP")));
    QTreeWidget *tree = pane.decodedTree();
    QTreeWidgetItemIterator it(tree);
    for (; *it; ++it) {
        const QModelIndex index = tree->indexFromItem(*it, 0);
        const QRect cell = tree->visualRect(index);
        const int needed = tree->fontMetrics().horizontalAdvance((*it)->text(0)) + 6; // the text margins
        QVERIFY2(cell.width() >= needed, qPrintable(QStringLiteral("%1: %2 px for %3 px").arg((*it)->text(0)).arg(cell.width()).arg(needed)));
    }
    Translations::install(QStringLiteral("en"));
}

void TestDetailPane::summaryByteCountInLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("en") << QStringLiteral("en_US");
    QTest::newRow("es") << QStringLiteral("es_ES");
    QTest::newRow("it") << QStringLiteral("it_IT");
}

void TestDetailPane::summaryByteCountInLocale()
{
    QFETCH(QString, locale);
    QLocale::setDefault(QLocale(locale));
    const QString figure = QLocale().toString(1024 * 1024); // grouped, as the locale groups
    QVERIFY(figure.size() > 7);
    DetailPane pane;
    pane.setMessage(uitest::message(QStringLiteral("\\\\.\\mailslot\\x"), QByteArray(1024 * 1024, 'x')));
    QVERIFY2(pane.summaryText().contains(figure), qPrintable(pane.summaryText()));
    QLocale::setDefault(QLocale::c());
}

// A flawed datagram decoded as far as it parses: its reason, and the slot, the payload and the
// decoded message that could still be read.
void TestDetailPane::malformedShowsWhatWasRead()
{
    const QByteArray payload = uitest::hostAnnouncement("PEER", "c");
    QByteArray bytes = uitest::mailslotDatagram("\\MAILSLOT\\BROWSE", payload);
    bytes[15] = 'e'; // a lower-case letter in the source name: badly encoded
    const auto d = std::make_shared<const ObservedDatagram>(
        ObservedDatagram::fromUdp(bytes, 0, 0x0A000001, 138, 0x0A0000FF, 138));
    QCOMPARE(d->parsed().malformed, mailslot::wire::MalformedReason::BadName);
    DetailPane pane;
    pane.setMessage(StreamRow::fromDatagram(*d, RowOrigin::Network));
    const QString text = pane.decodedText();
    QVERIFY2(text.contains(QStringLiteral("Malformed\t") + mailslot::wire::malformedReasonText(d->parsed().malformed)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Message\t") + DecodedSummary::kindTitle(QStringLiteral("browse.hostAnnouncement"))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Slot\t\\MAILSLOT\\BROWSE")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Class\t")), qPrintable(text));
    QCOMPARE(pane.hexView()->lineCount(), (payload.size() + HexDumpWidget::kBytesPerLine - 1) / HexDumpWidget::kBytesPerLine);
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
