#include "ui/statistics/rategraph.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

RateGraph::RateGraph(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void RateGraph::addSample(double value)
{
    m_samples.append(std::max(0.0, value));
    while (m_samples.size() > m_maxSamples)
        m_samples.removeFirst();
    update();
}

void RateGraph::clear()
{
    m_samples.clear();
    update();
}

void RateGraph::setMaxSamples(int count)
{
    m_maxSamples = std::max(2, count);
    while (m_samples.size() > m_maxSamples)
        m_samples.removeFirst();
    update();
}

double RateGraph::scaleMaximum() const
{
    const double peak = m_samples.isEmpty() ? 0.0 : *std::max_element(m_samples.cbegin(), m_samples.cend());
    if (peak <= 1.0)
        return 1.0;
    // 1, 2, 5 x 10^k
    const double magnitude = std::pow(10.0, std::floor(std::log10(peak)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (peak <= step * magnitude)
            return step * magnitude;
    }
    return 10.0 * magnitude;
}

QSize RateGraph::sizeHint() const
{
    return {240, fontMetrics().height() * 5};
}

QSize RateGraph::minimumSizeHint() const
{
    return {80, fontMetrics().height() * 3};
}

void RateGraph::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(2, fontMetrics().height() + 2, -2, -2);
    const QColor grid = palette().color(QPalette::Mid);
    painter.setPen(QPen(grid, 1, Qt::DotLine));
    for (int i = 0; i <= 2; ++i) {
        const double y = area.top() + area.height() * i / 2.0;
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    const double top = scaleMaximum();
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRectF(rect()).adjusted(4, 1, -4, 0), Qt::AlignLeft | Qt::AlignTop,
                     tr("%1/s", "rate graph scale").arg(QLocale().toString(top, 'g', 6)));
    if (m_samples.size() < 2)
        return;
    const double dx = area.width() / double(m_maxSamples - 1);
    const double x0 = area.right() - dx * double(m_samples.size() - 1);
    QPainterPath line;
    for (int i = 0; i < m_samples.size(); ++i) {
        const QPointF p(x0 + dx * i, area.bottom() - area.height() * std::min(1.0, m_samples[i] / top));
        if (i == 0)
            line.moveTo(p);
        else
            line.lineTo(p);
    }
    QPainterPath fill = line;
    fill.lineTo(area.right(), area.bottom());
    fill.lineTo(x0, area.bottom());
    fill.closeSubpath();
    QColor fillColor = palette().color(QPalette::Highlight);
    fillColor.setAlpha(60);
    painter.fillPath(fill, fillColor);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    painter.drawPath(line);
}
