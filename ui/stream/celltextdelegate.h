// Draws the stream's cells with their text cut, before Qt lays it out, to what the cell can show.
// Qt shapes a cell's whole text to elide it, then shapes the elided text again: a 200-character
// preview in a 30-character cell, or a long decoded summary, was most of the time a repaint took
// while a flood scrolled the table. Printable Latin-1 text is cut to fit exactly (CellTextFitter),
// so Qt shapes only what shows and elides nothing; other text is cut to about what the cell can
// show and left to Qt's elision at the exact width. A cut text ends with "…", as Qt's own would.
#pragma once

#include "ui/stream/celltextfitter.h"

#include <QStyledItemDelegate>

class QFontMetrics;

class CellTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // text, or its start that more than fills width (at the narrowest common glyph: a space, a
    // period, an i) followed by "…".
    static QString clipped(const QString &text, int width, const QFontMetrics &metrics);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // The width the style gives a cell's text: the cell less its text margins.
    static int textWidth(const QStyleOptionViewItem &option);

    mutable CellTextFitter m_fitter; // advances of the view's font, kept between paints
};
