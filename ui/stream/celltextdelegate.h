// Draws the stream's cells with their text cut, before Qt lays it out, to what the cell can show.
// Qt shapes a cell's whole text to elide it, then shapes the elided text again: a 200-character
// preview in a 30-character cell, or a long decoded summary, was most of the time a repaint took
// while a flood scrolled the table. Text CellTextFitter measures is cut to fit exactly, so Qt
// shapes only what shows and elides nothing; other text is cut to about what the cell can show
// and left to Qt's elision at the exact width. A cut text ends with "…" (or starts with it, for a
// cell that keeps its end), as Qt's own would.
//
// A table's cell whose text was fitted exactly, on one line at the left or the right, is painted
// in two steps: the style draws the cell without its text (background, selection), then the text
// is drawn as one line where the style would put it. The style would otherwise lay the text out
// four times per cell (three to place it, once to draw it); the pixels are the same
// (tst_ui_celltextdelegate).
#pragma once

#include "ui/stream/celltextfitter.h"

#include <QStyledItemDelegate>

class QFontMetrics;

class CellTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // ElideLeft keeps a text's end ("…\\app\\status": the end of a slot name tells slots apart).
    explicit CellTextDelegate(QObject *parent = nullptr, Qt::TextElideMode elideMode = Qt::ElideRight);

    // text, or its start that more than fills width (at the narrowest common glyph: a space, a
    // period, an i) followed by "…".
    static QString clipped(const QString &text, int width, const QFontMetrics &metrics);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // Cuts option's text to its cell; true when it was measured exactly (it then fits whole).
    bool cutText(QStyleOptionViewItem *option) const;
    // The width the style gives a cell's text: the cell less its text margins.
    static int textWidth(const QStyleOptionViewItem &option);
    // Whether a cell whose text was fitted exactly can have that text drawn here, as one line.
    static bool drawsTextItself(const QStyleOptionViewItem &option);
    // Draws text as QCommonStyle draws an item's single line: its pen, its margins, centred.
    static void drawLine(QPainter *painter, const QStyleOptionViewItem &option, const QString &text);

    Qt::TextElideMode m_elideMode;
    mutable CellTextFitter m_fitter; // advances of the view's font, kept between paints
};
