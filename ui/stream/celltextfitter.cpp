#include "ui/stream/celltextfitter.h"

namespace {
constexpr qreal kUnknown = -2;
constexpr qreal kNotMeasured = -1;
// Room kept free: rounding and the odd kerning pair must not make Qt elide what was cut to fit.
constexpr qreal kSlack = 1;
// Kerning brings pairs closer: a text whose advances add up to a little more than the room may
// still fit once shaped. Within this reach, Qt decides.
constexpr qreal kKerningReach = 1.08;
constexpr qreal kKerningReachPixels = 4;
} // namespace

void CellTextFitter::useFont(const QFont &font)
{
    if (m_haveFont && font == m_font)
        return;
    m_haveFont = true;
    m_font = font;
    m_metrics = QFontMetricsF(font);
    m_ellipsis = m_metrics.horizontalAdvance(QChar(0x2026));
    m_advances.fill(kUnknown);
}

qreal CellTextFitter::advance(char16_t c)
{
    // Printable Latin-1 only: no controls, no soft hyphen (shown or not depending on the line).
    if (c > 0xFF || c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD)
        return kNotMeasured;
    qreal &a = m_advances[c];
    if (a == kUnknown)
        a = m_metrics.horizontalAdvance(QChar(c));
    return a;
}

std::optional<QString> CellTextFitter::fitted(const QString &text, int width, const QFont &font)
{
    useFont(font);
    const qreal room = qreal(width) - kSlack;
    const qreal nearlyFits = qreal(width) * kKerningReach + kKerningReachPixels;
    qreal used = 0;
    qsizetype withEllipsis = 0; // the longest start that fits with "…" after it
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qreal a = advance(text.at(i).unicode());
        if (a < 0)
            return std::nullopt;
        if (used + a + m_ellipsis <= room)
            withEllipsis = i + 1;
        used += a;
        if (used > nearlyFits)
            return text.left(withEllipsis) + QChar(0x2026);
    }
    if (used <= room)
        return text;
    return std::nullopt; // it may fit once kerned: Qt lays it out and elides it if it must
}
