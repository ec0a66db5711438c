#include "ui/stream/celltextfitter.h"

namespace {
constexpr qreal kUnknown = -2;
constexpr qreal kNotMeasured = -1;
// Room kept free: rounding and the odd kerning pair must not make Qt elide what was cut to fit.
constexpr qreal kSlack = 1;
// Kerning brings pairs closer: a text whose advances add up to a little more than the room may
// still fit once shaped. Within this reach, the shaped text decides, as it does for Qt.
constexpr qreal kKerningReach = 1.08;
constexpr qreal kKerningReachPixels = 4;

// A character whose glyph sits in line after the one before it, as wide alone as in any text:
// not a mark, control, format or separator character; left to right or neutral (no reordering);
// of a script that shaping does not join (Latin, Greek, Cyrillic and the common punctuation and
// symbols). Whether the font has it is asked separately.
bool simpleCharacter(QChar c)
{
    if (c.isSurrogate())
        return false;
    switch (c.category()) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        break;
    }
    switch (c.direction()) {
    case QChar::DirL:
    case QChar::DirEN:
    case QChar::DirES:
    case QChar::DirET:
    case QChar::DirCS:
    case QChar::DirWS:
    case QChar::DirON:
        break;
    default:
        return false;
    }
    switch (c.script()) {
    case QChar::Script_Common:
    case QChar::Script_Latin:
    case QChar::Script_Greek:
    case QChar::Script_Cyrillic:
        return true;
    default:
        return false;
    }
}

} // namespace

void CellTextFitter::useFont(const QFont &font)
{
    if (m_haveFont && font == m_font)
        return;
    m_haveFont = true;
    m_font = font;
    m_metrics = QFontMetricsF(font);
    m_ellipsis = m_metrics.horizontalAdvance(QChar(0x2026));
    m_ellipsisInFont = m_metrics.inFont(QChar(0x2026)); // (else another font's, another line height)
    m_advances.fill(kUnknown);
    m_wideAdvances.clear();
}

qreal CellTextFitter::measure(char16_t c) const
{
    const QChar ch(c);
    // (The soft hyphen shows or not depending on where the line ends.)
    if (c == 0xAD || !simpleCharacter(ch) || !m_metrics.inFont(ch))
        return kNotMeasured; // another font's glyph would change the line's height too
    return m_metrics.horizontalAdvance(ch);
}

qreal CellTextFitter::advance(char16_t c)
{
    if (c <= 0xFF) {
        qreal &a = m_advances[c];
        if (a == kUnknown)
            a = measure(c);
        return a;
    }
    const auto known = m_wideAdvances.constFind(c);
    if (known != m_wideAdvances.cend())
        return *known;
    if (m_wideAdvances.size() >= kMaxWideAdvances)
        m_wideAdvances.clear(); // a text of many scripts: start over rather than grow
    return *m_wideAdvances.insert(c, measure(c));
}

std::optional<QString> CellTextFitter::fitted(const QString &text, int width, const QFont &font, Qt::TextElideMode mode)
{
    if (mode != Qt::ElideRight && mode != Qt::ElideLeft)
        return std::nullopt;
    useFont(font);
    if (!m_ellipsisInFont)
        return std::nullopt;
    const bool fromEnd = mode == Qt::ElideLeft; // keep the end, "…" before it
    const qreal room = qreal(width) - kSlack;
    const qreal nearlyFits = qreal(width) * kKerningReach + kKerningReachPixels;
    qreal used = 0;
    qsizetype withEllipsis = 0; // the longest start (or end) that fits with "…" beside it
    const qsizetype size = text.size();
    for (qsizetype k = 0; k < size; ++k) {
        const qreal a = advance(text.at(fromEnd ? size - 1 - k : k).unicode());
        if (a < 0)
            return std::nullopt;
        if (used + a + m_ellipsis <= room)
            withEllipsis = k + 1;
        used += a;
        if (used > nearlyFits)
            return fromEnd ? QChar(0x2026) + text.right(withEllipsis) : text.left(withEllipsis) + QChar(0x2026);
    }
    if (used <= room || text.isEmpty())
        return text;
    return nearlyFitting(text, width, mode);
}

std::optional<QString> CellTextFitter::nearlyFitting(const QString &text, int width, Qt::TextElideMode mode) const
{
    // Kerning may make it fit: decided as Qt decides, from the shaped text. (A line leaves its
    // trailing spaces out when it measures itself: that text is left to Qt.)
    if (text.back().isSpace())
        return std::nullopt;
    if (m_metrics.horizontalAdvance(text) <= width)
        return text;
    return m_metrics.elidedText(text, mode, width);
}
