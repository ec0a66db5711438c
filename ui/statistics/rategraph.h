// A small line graph of the last samples of a rate (messages per second), painted with QPainter in
// the palette's colours so that light and dark themes both work.
#pragma once

#include <QList>
#include <QWidget>

class RateGraph : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDefaultSamples = 120;

    explicit RateGraph(QWidget *parent = nullptr);

    void addSample(double value);
    void clear();
    QList<double> samples() const { return m_samples; }
    int maxSamples() const { return m_maxSamples; }
    void setMaxSamples(int count);
    // The value the top of the graph stands for (a "nice" number above the largest sample).
    double scaleMaximum() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_samples;
    int m_maxSamples = kDefaultSamples;
};
