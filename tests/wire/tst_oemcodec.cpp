#include "core/wire/oemcodec.h"

#include <QLocale>
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

    // The default OEM code page of a locale: Windows' own (LOCALE_IDEFAULTCODEPAGE), and the one
    // of ours that decodes it best.
    void localeDefault_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("windows");
        QTest::addColumn<int>("used");
        QTest::newRow("C") << QStringLiteral("C") << 437 << 437;
        QTest::newRow("en_US") << QStringLiteral("en_US") << 437 << 437;
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << 850 << 850;
        QTest::newRow("en_IE") << QStringLiteral("en_IE") << 850 << 850;
        QTest::newRow("en_ZA") << QStringLiteral("en_ZA") << 437 << 437;
        QTest::newRow("es_ES") << QStringLiteral("es_ES") << 850 << 850;
        QTest::newRow("es_MX") << QStringLiteral("es_MX") << 850 << 850;
        QTest::newRow("it_IT") << QStringLiteral("it_IT") << 850 << 850;
        QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << 850 << 850;
        QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << 850 << 850;
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << 850 << 850;
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << 850 << 850;
        QTest::newRow("pt_PT") << QStringLiteral("pt_PT") << 850 << 850;
        QTest::newRow("nl_NL") << QStringLiteral("nl_NL") << 850 << 850;
        QTest::newRow("sv_SE") << QStringLiteral("sv_SE") << 850 << 850;
        QTest::newRow("nb_NO") << QStringLiteral("nb_NO") << 850 << 850;
        QTest::newRow("ca_ES") << QStringLiteral("ca_ES") << 850 << 850;
        QTest::newRow("pl_PL") << QStringLiteral("pl_PL") << 852 << 850;
        QTest::newRow("cs_CZ") << QStringLiteral("cs_CZ") << 852 << 850;
        QTest::newRow("hu_HU") << QStringLiteral("hu_HU") << 852 << 850;
        QTest::newRow("hr_HR") << QStringLiteral("hr_HR") << 852 << 850;
        QTest::newRow("sr_Latn_RS") << QStringLiteral("sr_Latn_RS") << 852 << 850;
        QTest::newRow("sr_Cyrl_RS") << QStringLiteral("sr_Cyrl_RS") << 855 << 437;
        QTest::newRow("tr_TR") << QStringLiteral("tr_TR") << 857 << 850;
        QTest::newRow("lt_LT") << QStringLiteral("lt_LT") << 775 << 850;
        QTest::newRow("ru_RU") << QStringLiteral("ru_RU") << 866 << 437;
        QTest::newRow("uk_UA") << QStringLiteral("uk_UA") << 866 << 437;
        QTest::newRow("bg_BG") << QStringLiteral("bg_BG") << 866 << 437;
        QTest::newRow("el_GR") << QStringLiteral("el_GR") << 737 << 437;
        QTest::newRow("he_IL") << QStringLiteral("he_IL") << 862 << 437;
        QTest::newRow("ar_SA") << QStringLiteral("ar_SA") << 720 << 437;
        QTest::newRow("fa_IR") << QStringLiteral("fa_IR") << 720 << 437;
        QTest::newRow("th_TH") << QStringLiteral("th_TH") << 874 << 437;
        QTest::newRow("ja_JP") << QStringLiteral("ja_JP") << 932 << 437;
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << 936 << 437;
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << 950 << 437;
        QTest::newRow("ko_KR") << QStringLiteral("ko_KR") << 949 << 437;
        QTest::newRow("vi_VN") << QStringLiteral("vi_VN") << 1258 << 437;
        QTest::newRow("hi_IN") << QStringLiteral("hi_IN") << 437 << 437; // Unicode-only on Windows
    }
    void localeDefault()
    {
        QFETCH(QString, locale);
        QFETCH(int, windows);
        QFETCH(int, used);
        const OemLocaleDefault d = OemCodec::localeDefault(QLocale(locale));
        QCOMPARE(d.windowsCodePage, windows);
        QCOMPARE(OemCodec::number(d.codePage), used);
        QCOMPARE(d.isExact(), windows == used);
        QCOMPARE(d.localeName, QLocale(locale).name());
        const QString start = QStringLiteral("%1, from the locale %2").arg(used).arg(d.localeName);
        QVERIFY2(d.description().startsWith(start), qPrintable(d.description()));
        if (!d.isExact())
            QVERIFY2(d.description().contains(QString::number(windows)), qPrintable(d.description()));
        else
            QCOMPARE(d.description(), start);
    }
};

QTEST_GUILESS_MAIN(TestOemCodec)
#include "tst_oemcodec.moc"
