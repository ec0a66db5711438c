// PayloadText: encodings, previews, hex parsing.
#include "core/text/payloadtext.h"

#include <QTest>

class TestPayloadText : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void unencodable_data();
    void unencodable();
    void encodingNames_data();
    void encodingNames();
    void preview_data();
    void preview();
    void parseHex_data();
    void parseHex();
    void jsonTextIsLossyUtf8();
};

void TestPayloadText::roundTrip_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("utf-8") << "utf-8" << QString::fromUtf8("h\xc3\xa9") << QByteArray("h\xc3\xa9");
    QTest::newRow("utf-16le") << "utf-16le" << QStringLiteral("hi") << QByteArray("h\0i\0", 4);
    QTest::newRow("latin1") << "latin1" << QString::fromUtf8("\xc3\xa9") << QByteArray("\xe9");
    QTest::newRow("cp437 e acute") << "cp437" << QString::fromUtf8("\xc3\xa9") << QByteArray("\x82");
    QTest::newRow("cp437 box") << "cp437" << QString::fromUtf8("\xe2\x95\x94") << QByteArray("\xc9");
    QTest::newRow("cp850 e acute") << "cp850" << QString::fromUtf8("\xc3\xa9") << QByteArray("\x82");
    QTest::newRow("cp850 A acute") << "cp850" << QString::fromUtf8("\xc3\x81") << QByteArray("\xb5");
    QTest::newRow("ascii") << "cp850" << QStringLiteral("net send") << QByteArray("net send");
    QTest::newRow("empty") << "utf-8" << QString() << QByteArray();
}

void TestPayloadText::roundTrip()
{
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    const auto e = PayloadText::encodingFromName(encoding);
    QVERIFY(e);
    const auto encoded = PayloadText::encode(text, *e);
    QVERIFY(encoded);
    QCOMPARE(*encoded, bytes);
    QCOMPARE(PayloadText::decode(bytes, *e), text);
}

void TestPayloadText::unencodable_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::newRow("euro in latin1") << "latin1" << QString::fromUtf8("\xe2\x82\xac");
    QTest::newRow("euro in cp437") << "cp437" << QString::fromUtf8("1\xe2\x82\xac");
    QTest::newRow("greek in cp850") << "cp850" << QString::fromUtf8("\xce\xa9");
}

void TestPayloadText::unencodable()
{
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QString error;
    QVERIFY(!PayloadText::encode(text, *PayloadText::encodingFromName(encoding), &error));
    QVERIFY(error.contains(encoding));
    QVERIFY(error.contains(QStringLiteral("U+")));
}

void TestPayloadText::encodingNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::newRow("UTF-8") << "UTF-8" << true;
    QTest::newRow("utf8") << "utf8" << true;
    QTest::newRow("UTF-16LE") << "UTF-16LE" << true;
    QTest::newRow("ISO-8859-1") << "ISO-8859-1" << true;
    QTest::newRow("ibm850") << "ibm850" << true;
    QTest::newRow("koi8") << "koi8-r" << false;
    QTest::newRow("empty") << "" << false;
}

void TestPayloadText::encodingNames()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QCOMPARE(PayloadText::encodingFromName(name).has_value(), known);
    for (const QString &n : PayloadText::encodingNames())
        QCOMPARE(PayloadText::encodingName(*PayloadText::encodingFromName(n)), n);
}

void TestPayloadText::preview_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QByteArray("hello") << 200 << "hello";
    QTest::newRow("newline tab") << QByteArray("a\nb\tc\r") << 200 << "a\\nb\\tc\\r";
    QTest::newRow("nul") << QByteArray("a\0b", 3) << 200 << "a\\x00b";
    QTest::newRow("markup stays text") << QByteArray("<b>x</b>") << 200 << "<b>x</b>";
    QTest::newRow("truncated") << QByteArray("abcdef") << 3 << QString::fromUtf8("abc\xe2\x80\xa6");
    QTest::newRow("bidi override escaped") << QByteArray("\xe2\x80\xae") << 200 << "\\x202e";
    // A mark with nothing to sit on (de ad is U+07AD, a Thaana sign) is escaped: shown, it took
    // the escapes after it into its script and drew them as boxes (de ad be ef 00 41 read
    // three boxes and "x00A", the backslash lost).
    QTest::newRow("lone mark") << QByteArray::fromHex("deadbeef0041") << 200
                               << QStringLiteral("\\x07ad\uFFFD\uFFFD\\x00A");
    QTest::newRow("mark on a letter stays") << QByteArray("e\xcc\x81") << 200 << QStringLiteral("e\u0301");
    QTest::newRow("mark after an escape") << QByteArray("\n\xcc\x81") << 200 << QStringLiteral("\\n\\x0301");
    // Right-to-left text is isolated as a left-to-right run: the escapes stay where they are,
    // in tooltips and labels too.
    QTest::newRow("right to left") << QByteArray("\xd7\xa9\xd7\x9c\n1") << 200
                                   << QStringLiteral("\u2066\u05e9\u05dc\\n1\u2069");
    QTest::newRow("arabic") << QByteArray("\xd8\xb3\t") << 200 << QStringLiteral("\u2066\u0633\\t\u2069");
}

void TestPayloadText::preview()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, max);
    QFETCH(QString, expected);
    QCOMPARE(PayloadText::preview(bytes, max), expected);
}

void TestPayloadText::parseHex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("spaced") << "48 65 6c" << true << QByteArray("Hel");
    QTest::newRow("packed") << "48656C" << true << QByteArray("Hel");
    QTest::newRow("c style") << "0x48, 0x65,0x6c" << true << QByteArray("Hel");
    QTest::newRow("empty") << "" << true << QByteArray();
    QTest::newRow("odd") << "486" << false << QByteArray();
    QTest::newRow("not hex") << "4g" << false << QByteArray();
}

void TestPayloadText::parseHex()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, bytes);
    QString error;
    const auto parsed = PayloadText::parseHex(text, &error);
    QCOMPARE(parsed.has_value(), ok);
    if (ok)
        QCOMPARE(*parsed, bytes);
    else
        QVERIFY(!error.isEmpty());
}

void TestPayloadText::jsonTextIsLossyUtf8()
{
    QCOMPARE(PayloadText::jsonText("ok"), QStringLiteral("ok"));
    QCOMPARE(PayloadText::jsonText("\xff"), QString(QChar(0xFFFD)));
}

QTEST_GUILESS_MAIN(TestPayloadText)
#include "tst_payloadtext.moc"
