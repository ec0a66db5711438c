// The colour of error text (a refused name, a message that cannot be sent): red that reads well
// on the widget's own background, light or dark, never the grey of placeholder text.
#pragma once

#include <QColor>
#include <QPalette>
#include <QWidget>

class ErrorPalette
{
public:
    static QColor errorColor(const QPalette &palette)
    {
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    }
    // Gives widget's text the error colour for the background of reference (the palette of the
    // window or dock it is in: call again when that palette changes).
    static void apply(QWidget *widget, const QPalette &reference)
    {
        QPalette palette = widget->palette();
        palette.setColor(QPalette::WindowText, errorColor(reference));
        widget->setPalette(palette);
    }
};
