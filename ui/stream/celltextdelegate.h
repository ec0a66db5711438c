// Draws the stream's cells with their text cut, before Qt lays it out, to about the characters
// the cell can show. Qt shapes a cell's whole text to elide it: a 200-character preview in a
// 30-character cell, or a long decoded summary, was most of the time a repaint took while a flood
// scrolled the table. The cut text ends with "…", as Qt's own elision would; what is left is still
// elided by Qt at the exact width.
#pragma once

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
};
