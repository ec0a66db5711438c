// Tooltips of plain text (payloads, slot names, messages with quotes or '<'): a tooltip is rich
// text whenever Qt::mightBeRichText() says so, so plain text is escaped and wrapped in a paragraph
// that keeps its line breaks. Every tooltip that shows text not written by us goes through here.
#pragma once

#include <QString>

class PlainToolTip
{
public:
    static QString fromText(const QString &text)
    {
        if (text.isEmpty())
            return {};
        return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
    }
};
