// A one-line label that shows as much of its text as fits, cut in the middle ("\\.\mailslot\lo…
// name"), so that both ends of a long mailslot name stay readable; the whole text is in the
// tooltip (plain text) and the accessible description. It never asks for more width than it has.
#pragma once

#include <QLabel>

class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // The whole text (text() is what is shown).
    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_fullText;
};
