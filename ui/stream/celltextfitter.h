// Cuts a cell's text to what the cell shows, measured the cheap way: the sum of each character's
// advance, kept per font for the characters that shaping never joins, reorders or kerns apart much
// (printable Latin, Greek, Cyrillic, punctuation and symbols that the font itself has). A cut text
// ends with "…" (or starts with it, to keep the end) and fits, so Qt lays out only what it shows
// and has nothing left to elide. A text so close to fitting that kerning may decide is measured
// shaped, as Qt measures it. A text with any other character is not cut here (the caller falls
// back to Qt's own elision).
#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QString>

#include <array>
#include <optional>

class CellTextFitter
{
public:
    // text whole when it fits in width pixels, else its longest start that fits with "…" after it
    // (ElideRight), or its longest end with "…" before it (ElideLeft); nullopt when text has a
    // character this does not measure before the cut, or nearly fits with trailing spaces, or for
    // another mode.
    std::optional<QString> fitted(const QString &text, int width, const QFont &font,
                                  Qt::TextElideMode mode = Qt::ElideRight);

private:
    void useFont(const QFont &font);
    // The advance of c, or a negative value for a character that is not measured.
    qreal advance(char16_t c);
    qreal measure(char16_t c) const;
    std::optional<QString> nearlyFitting(const QString &text, int width, Qt::TextElideMode mode) const;

    static constexpr qsizetype kMaxWideAdvances = 4096;

    bool m_haveFont = false;
    QFont m_font;
    QFontMetricsF m_metrics{QFont()};
    qreal m_ellipsis = 0;
    bool m_ellipsisInFont = false;
    std::array<qreal, 256> m_advances{}; // kUnknown until asked for
    QHash<char16_t, qreal> m_wideAdvances; // the characters past Latin-1 asked for
};
