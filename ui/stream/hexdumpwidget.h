// A hex + ASCII dump of a byte array, 16 bytes a line. Only the visible lines are laid out and
// painted, so a message of megabytes shows at once and scrolls smoothly.
#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>

class HexDumpWidget : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int kBytesPerLine = 16;

    explicit HexDumpWidget(QWidget *parent = nullptr);

    QByteArray data() const { return m_data; }
    void setData(const QByteArray &data);
    qsizetype lineCount() const;
    // The text of one dump line: "00000010  48 65 ...  |He...|".
    QString lineText(qsizetype line) const;
    // The first line drawn at the top.
    qsizetype firstVisibleLine() const;
    // How many lines the last paint laid out (for tests: proves the layout is lazy).
    int lastPaintedLines() const { return m_lastPaintedLines; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateScrollBars();
    int lineHeight() const;
    int visibleLines() const;

    QByteArray m_data;
    int m_lastPaintedLines = 0;
};
