#include "core/wire/oemcodec.h"

#include <QTest>

using namespace mailslot::wire;

class TestOemCodec : public QObject
{
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("cp");
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii437") << QByteArray("Hello") << int(OemCodePage::Cp437) << QStringLiteral("Hello");
        QTest::newRow("cp437") << QByteArray("\x80\x81\x9b\xe1\xb3\xff") << int(OemCodePage::Cp437)
                               << QString::fromUtf8("Çü¢ß│\u00a0");
        QTest::newRow("cp850") << QByteArray("\x80\x9b\x9d\xb5\xd5\xee") << int(OemCodePage::Cp850)
                               << QString::fromUtf8("ÇøØÁı¯");
        QTest::newRow("latin1") << QByteArray("\xe9\xff") << int(OemCodePage::Latin1) << QString::fromUtf8("éÿ");
        QTest::newRow("utf8") << QByteArray("\xc3\xa9\xe2\x82\xac") << int(OemCodePage::Utf8) << QString::fromUtf8("é€");
    }
    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, cp);
        QFETCH(QString, text);
        QCOMPARE(OemCodec::decode(bytes, OemCodePage(cp)), text);
        QCOMPARE(OemCodec::encode(text, OemCodePage(cp)), bytes);
    }
    void fullTablesRoundTrip()
    {
        QByteArray all;
        for (int b = 0; b < 256; ++b)
            all.append(char(b));
        for (const OemCodePage cp : {OemCodePage::Cp437, OemCodePage::Cp850, OemCodePage::Latin1}) {
            const QString text = OemCodec::decode(all, cp);
            QCOMPARE(text.size(), 256);
            QCOMPARE(OemCodec::encode(text, cp), all);
        }
    }
    void unmappable()
    {
        QCOMPARE(OemCodec::encode(u"€", OemCodePage::Cp437), QByteArray("?"));
        QCOMPARE(OemCodec::encode(u"€", OemCodePage::Latin1), QByteArray("?"));
        QCOMPARE(OemCodec::decode("\xff\xfe", OemCodePage::Utf8).size(), 2); // replacement characters
    }
    void keys()
    {
        for (const OemCodePage cp : OemCodec::allCodePages())
            QCOMPARE(OemCodec::fromKey(OemCodec::key(cp)), std::optional<OemCodePage>(cp));
        QCOMPARE(OemCodec::fromKey(u"CP850"), std::optional<OemCodePage>(OemCodePage::Cp850));
        QCOMPARE(OemCodec::fromKey(u"UTF-8"), std::optional<OemCodePage>(OemCodePage::Utf8));
        QVERIFY(!OemCodec::fromKey(u"cp1252").has_value());
    }
};

QTEST_GUILESS_MAIN(TestOemCodec)
#include "tst_oemcodec.moc"
