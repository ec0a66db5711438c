#include "capi/src/apiname.h"

namespace mailslot::capi {

namespace {

bool isSeparator(QChar c)
{
    return c == QLatin1Char('\\') || c == QLatin1Char('/');
}

// Whether text is \\<server>\mailslot\<something>, in any case, with either separator.
bool hasMailslotPrefix(const QString &text)
{
    if (text.size() < 3 || !isSeparator(text[0]) || !isSeparator(text[1]))
        return false;
    qsizetype i = 2;
    while (i < text.size() && !isSeparator(text[i]))
        ++i;
    if (i == 2)
        return false;
    const QString rest = text.mid(i + 1);
    return rest.startsWith(QLatin1String("mailslot"), Qt::CaseInsensitive) && rest.size() > 8 && isSeparator(rest[8]);
}

} // namespace

ApiName ApiName::fromAnsi(const char *text)
{
    return classify(text ? QString::fromUtf8(text) : QString());
}

ApiName ApiName::fromWide(const char16_t *text)
{
    return classify(text ? QString::fromUtf16(text) : QString());
}

ApiName ApiName::classify(const QString &text)
{
    ApiName result;
    if (text.isEmpty())
        return result;
    if (!hasMailslotPrefix(text)) {
        result.m_kind = Kind::NotMailslot;
        return result;
    }
    result.m_name = MailslotName::parse(text);
    if (!result.m_name.isValid())
        result.m_kind = Kind::Invalid;
    else
        result.m_kind = result.m_name.isLocal() ? Kind::Local : Kind::Remote;
    return result;
}

} // namespace mailslot::capi
