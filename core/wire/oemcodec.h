// OEM code pages for names and messenger text (Qt 6.4 QStringDecoder has no CP437/CP850).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace mailslot::wire {

enum class OemCodePage { Cp437, Cp850, Latin1, Utf8 };

// The OEM code page a locale gives as a default, as Windows chooses it (the code page of its
// "language for non-Unicode programs"), and the one of this program's code pages that decodes
// it best: 437 and 850 exactly; 852, 857, 775 and 858 (laid out on 850's pattern) with 850;
// every other (Greek, Cyrillic, Hebrew, Arabic, Thai, East Asian: their letters cannot be
// decoded here) with 437, whose ASCII and box drawing they share.
struct OemLocaleDefault
{
    QString localeName;      // e.g. "es_ES", "C"
    int windowsCodePage = 437; // e.g. 850, 852, 866
    OemCodePage codePage = OemCodePage::Cp437;

    // The code page used is the one Windows uses.
    bool isExact() const;
    // "850, from the locale es_ES"; when not exact, says which code page Windows uses there.
    QString description() const;
};

class OemCodec
{
public:
    static QString decode(QByteArrayView bytes, OemCodePage cp);
    // Characters the code page cannot represent become '?'.
    static QByteArray encode(QStringView text, OemCodePage cp);
    // Like encode(), but fails on the first character the code page cannot represent (*bad).
    static std::optional<QByteArray> encodeExact(QStringView text, OemCodePage cp, QChar *bad = nullptr);
    // "cp437", "cp850", "latin1", "utf8".
    static QString key(OemCodePage cp);
    static std::optional<OemCodePage> fromKey(QStringView key);
    static QList<OemCodePage> allCodePages();
    // 437, 850; 0 for Latin-1 and UTF-8 (not OEM code pages).
    static int number(OemCodePage cp);

    // The default of a locale, and of the user's locale (QLocale::system()).
    static OemLocaleDefault localeDefault(const QLocale &locale);
    static OemLocaleDefault systemDefault();
    // Windows' OEM code page of a locale (LOCALE_IDEFAULTCODEPAGE): 437 for US English and the C
    // locale, 850 for most of Western Europe, 852 Central Europe, 866 Cyrillic, 737 Greek, ...
    static int windowsCodePage(const QLocale &locale);
};

} // namespace mailslot::wire
