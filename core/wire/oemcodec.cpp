#include "core/wire/oemcodec.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <iterator>

namespace mailslot::wire {

namespace {
// Unicode code points of bytes 0x80..0xFF (bytes 0x00..0x7F are ASCII in both code pages).
constexpr char16_t kCp437[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7,
    0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192,
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA,
    0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556,
    0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510,
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567,
    0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B,
    0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4,
    0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229,
    0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,
    0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,
};
constexpr char16_t kCp850[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7,
    0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192,
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA,
    0x00BF, 0x00AE, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00C1, 0x00C2, 0x00C0,
    0x00A9, 0x2563, 0x2551, 0x2557, 0x255D, 0x00A2, 0x00A5, 0x2510,
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x00A4,
    0x00F0, 0x00D0, 0x00CA, 0x00CB, 0x00C8, 0x0131, 0x00CD, 0x00CE,
    0x00CF, 0x2518, 0x250C, 0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580,
    0x00D3, 0x00DF, 0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE,
    0x00DE, 0x00DA, 0x00DB, 0x00D9, 0x00FD, 0x00DD, 0x00AF, 0x00B4,
    0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6, 0x00A7, 0x00F7, 0x00B8,
    0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0,
};

// Windows' OEM code page by language (LOCALE_IDEFAULTCODEPAGE); English, Serbian, Bosnian,
// Azerbaijani, Uzbek and Chinese depend on the territory or script (windowsCodePage()); a
// language not listed gets 437, as the C locale does.
struct LanguageCodePage
{
    QLocale::Language language;
    int codePage;
};
constexpr LanguageCodePage kLanguageCodePages[] = {
    {QLocale::Afrikaans, 850}, {QLocale::Basque, 850}, {QLocale::Breton, 850}, {QLocale::Catalan, 850},
    {QLocale::Corsican, 850}, {QLocale::Danish, 850}, {QLocale::Dutch, 850}, {QLocale::Faroese, 850},
    {QLocale::Finnish, 850}, {QLocale::French, 850}, {QLocale::WesternFrisian, 850}, {QLocale::Galician, 850},
    {QLocale::German, 850}, {QLocale::SwissGerman, 850}, {QLocale::Icelandic, 850}, {QLocale::Indonesian, 850},
    {QLocale::Irish, 850}, {QLocale::Italian, 850}, {QLocale::Luxembourgish, 850}, {QLocale::Malay, 850},
    {QLocale::Maltese, 850}, {QLocale::NorwegianBokmal, 850}, {QLocale::NorwegianNynorsk, 850},
    {QLocale::Occitan, 850}, {QLocale::Portuguese, 850}, {QLocale::Quechua, 850}, {QLocale::Romansh, 850},
    {QLocale::Spanish, 850}, {QLocale::Swedish, 850}, {QLocale::Welsh, 850},
    {QLocale::Albanian, 852}, {QLocale::Croatian, 852}, {QLocale::Czech, 852}, {QLocale::Hungarian, 852},
    {QLocale::Polish, 852}, {QLocale::Romanian, 852}, {QLocale::Slovak, 852}, {QLocale::Slovenian, 852},
    {QLocale::LowerSorbian, 852}, {QLocale::UpperSorbian, 852}, {QLocale::Turkmen, 852},
    {QLocale::Estonian, 775}, {QLocale::Latvian, 775}, {QLocale::Lithuanian, 775},
    {QLocale::Russian, 866}, {QLocale::Ukrainian, 866}, {QLocale::Belarusian, 866}, {QLocale::Bulgarian, 866},
    {QLocale::Kazakh, 866}, {QLocale::Kyrgyz, 866}, {QLocale::Tatar, 866}, {QLocale::Bashkir, 866},
    {QLocale::Mongolian, 866}, {QLocale::Sakha, 866}, {QLocale::Tajik, 866}, {QLocale::Macedonian, 866},
    {QLocale::Turkish, 857}, {QLocale::Greek, 737}, {QLocale::Hebrew, 862},
    {QLocale::Arabic, 720}, {QLocale::Persian, 720}, {QLocale::Urdu, 720}, {QLocale::Uyghur, 720},
    {QLocale::Thai, 874}, {QLocale::Japanese, 932}, {QLocale::Korean, 949}, {QLocale::Vietnamese, 1258},
};

const char16_t *tableFor(OemCodePage cp)
{
    switch (cp) {
    case OemCodePage::Cp437: return kCp437;
    case OemCodePage::Cp850: return kCp850;
    default: return nullptr;
    }
}
} // namespace

QString OemCodec::decode(QByteArrayView bytes, OemCodePage cp)
{
    if (cp == OemCodePage::Utf8) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        return decoder.decode(bytes);
    }
    if (cp == OemCodePage::Latin1)
        return QString::fromLatin1(bytes);
    const char16_t *table = tableFor(cp);
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = quint8(c);
        out.append(b < 0x80 ? QChar(b) : QChar(table[b - 0x80]));
    }
    return out;
}

QByteArray OemCodec::encode(QStringView text, OemCodePage cp)
{
    if (cp == OemCodePage::Utf8)
        return text.toUtf8();
    QByteArray out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (from < text.size()) {
        QChar bad;
        const auto part = encodeExact(text.mid(from), cp, &bad);
        if (part) {
            out += *part;
            break;
        }
        // Keep what encoded before the bad character, then a '?' for it.
        const qsizetype at = text.indexOf(bad, from);
        out += *encodeExact(text.mid(from, at - from), cp);
        out += '?';
        from = at + 1;
    }
    return out;
}

std::optional<QByteArray> OemCodec::encodeExact(QStringView text, OemCodePage cp, QChar *bad)
{
    if (cp == OemCodePage::Utf8)
        return text.toUtf8();
    QByteArray out;
    out.reserve(text.size());
    const char16_t *table = tableFor(cp);
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        int mapped = u < 0x80 ? int(u) : -1;
        if (mapped < 0 && cp == OemCodePage::Latin1 && u <= 0xFF)
            mapped = u;
        for (int i = 0; mapped < 0 && table && i < 128; ++i) {
            if (table[i] == u)
                mapped = 0x80 + i;
        }
        if (mapped < 0) {
            if (bad)
                *bad = ch;
            return std::nullopt;
        }
        out.append(char(mapped));
    }
    return out;
}

QString OemCodec::key(OemCodePage cp)
{
    switch (cp) {
    case OemCodePage::Cp437: return QStringLiteral("cp437");
    case OemCodePage::Cp850: return QStringLiteral("cp850");
    case OemCodePage::Latin1: return QStringLiteral("latin1");
    case OemCodePage::Utf8: return QStringLiteral("utf8");
    }
    return {};
}

std::optional<OemCodePage> OemCodec::fromKey(QStringView key)
{
    for (const OemCodePage cp : allCodePages())
        if (key.compare(OemCodec::key(cp), Qt::CaseInsensitive) == 0)
            return cp;
    if (key.compare(QLatin1StringView("utf-8"), Qt::CaseInsensitive) == 0)
        return OemCodePage::Utf8;
    if (key.compare(QLatin1StringView("iso-8859-1"), Qt::CaseInsensitive) == 0)
        return OemCodePage::Latin1;
    return std::nullopt;
}

QList<OemCodePage> OemCodec::allCodePages()
{
    return {OemCodePage::Cp437, OemCodePage::Cp850, OemCodePage::Latin1, OemCodePage::Utf8};
}

int OemCodec::number(OemCodePage cp)
{
    switch (cp) {
    case OemCodePage::Cp437: return 437;
    case OemCodePage::Cp850: return 850;
    default: return 0;
    }
}

int OemCodec::windowsCodePage(const QLocale &locale)
{
    const bool cyrillic = locale.script() == QLocale::CyrillicScript;
    switch (locale.language()) {
    case QLocale::English: {
        constexpr QLocale::Territory k850[] = {QLocale::UnitedKingdom, QLocale::Ireland, QLocale::Australia,
                                               QLocale::NewZealand, QLocale::Canada, QLocale::Belize,
                                               QLocale::Jamaica, QLocale::TrinidadAndTobago};
        return std::find(std::begin(k850), std::end(k850), locale.territory()) != std::end(k850) ? 850 : 437;
    }
    case QLocale::Serbian:
    case QLocale::Bosnian:
        return cyrillic ? 855 : 852;
    case QLocale::Azerbaijani:
    case QLocale::Uzbek:
        return cyrillic ? 866 : 857;
    case QLocale::Chinese:
        return locale.script() == QLocale::TraditionalHanScript ? 950 : 936;
    default:
        break;
    }
    for (const LanguageCodePage &entry : kLanguageCodePages)
        if (entry.language == locale.language())
            return entry.codePage;
    return 437;
}

OemLocaleDefault OemCodec::localeDefault(const QLocale &locale)
{
    OemLocaleDefault d;
    d.localeName = locale.name();
    d.windowsCodePage = windowsCodePage(locale);
    switch (d.windowsCodePage) {
    case 850: // Latin scripts laid out on 850's pattern: its letters where they share them
    case 852:
    case 857:
    case 858:
    case 775:
        d.codePage = OemCodePage::Cp850;
        break;
    default: // 437, and scripts this program cannot decode: the ASCII and box drawing they share with 437
        d.codePage = OemCodePage::Cp437;
        break;
    }
    return d;
}

OemLocaleDefault OemCodec::systemDefault()
{
    return localeDefault(QLocale::system());
}

bool OemLocaleDefault::isExact() const
{
    return OemCodec::number(codePage) == windowsCodePage;
}

QString OemLocaleDefault::description() const
{
    const int used = OemCodec::number(codePage);
    if (isExact())
        return QCoreApplication::translate("OemCodec", "%1, from the locale %2").arg(used).arg(localeName);
    return QCoreApplication::translate("OemCodec",
                                       "%1, from the locale %2; Windows uses %3 there, which is not decoded "
                                       "here, and %1 is the nearest")
        .arg(used)
        .arg(localeName)
        .arg(windowsCodePage);
}

} // namespace mailslot::wire
