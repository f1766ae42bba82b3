// Bar charts with QPainter (see ChartPainter.h). Sizes follow the font: a row is 1.6 lines, the label column a
// third of the width, so the chart scales with the page's resolution without any pixel constants.
#include "report/ChartPainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace maqa::report {

namespace {

QString qs(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/** Legend entries laid out left to right, wrapping; returns each entry's top-left and the total height. */
std::vector<QPointF> legendLayout(const core::office::Chart &chart, const QFontMetricsF &metrics, qreal width,
                                  qreal *height)
{
    std::vector<QPointF> at;
    const qreal swatch = metrics.height() * 0.8, gap = metrics.height() * 0.6, line = metrics.height() * 1.3;
    qreal x = 0, y = 0;
    for (const core::office::ChartSeries &s : chart.series) {
        const qreal w = swatch + gap / 2 + metrics.horizontalAdvance(qs(s.label)) + gap;
        if (x > 0 && x + w > width) {
            x = 0;
            y += line;
        }
        at.emplace_back(x, y);
        x += w;
    }
    *height = chart.series.size() > 1 ? y + line : 0;
    return at;
}

} // namespace

ChartPainter::ChartPainter(QPainter &painter, qreal pointSize)
    : m_painter(painter)
    , m_pointSize(pointSize)
{}

qreal ChartPainter::rowHeight() const
{
    QFont font = m_painter.font();
    font.setPointSizeF(m_pointSize);
    return QFontMetricsF(font, m_painter.device()).height() * 1.6;
}

qreal ChartPainter::heightFor(const core::office::Chart &chart, qreal width) const
{
    QFont font = m_painter.font();
    font.setPointSizeF(m_pointSize);
    const QFontMetricsF metrics(font, m_painter.device());
    qreal legend = 0;
    legendLayout(chart, metrics, width, &legend);
    return std::max<std::size_t>(chart.categories.size(), 1) * rowHeight() + legend + metrics.height() * 0.4;
}

qreal ChartPainter::draw(const core::office::Chart &chart, const QRectF &area) const
{
    m_painter.save();
    QFont font = m_painter.font();
    font.setPointSizeF(m_pointSize);
    m_painter.setFont(font);
    const QFontMetricsF metrics(font, m_painter.device());
    const qreal row = rowHeight(), bar = row * 0.62;
    const qreal labelWidth = area.width() * 0.36, valueRoom = metrics.horizontalAdvance(QStringLiteral("0000"));
    const qreal barArea = std::max<qreal>(area.width() - labelWidth - valueRoom, area.width() * 0.2);
    const qreal scale = barArea / chart.maxTotal();
    const QColor ink(QStringLiteral("#1d2733"));
    if (chart.categories.empty()) {
        m_painter.setPen(QColor(QStringLiteral("#55606b")));
        m_painter.drawText(QRectF(area.left(), area.top(), area.width(), row), Qt::AlignVCenter | Qt::AlignLeft,
                           QStringLiteral("Nothing to show yet."));
    }
    for (std::size_t i = 0; i < chart.categories.size(); ++i) {
        const qreal y = area.top() + static_cast<qreal>(i) * row;
        const QRectF label(area.left(), y, labelWidth - metrics.averageCharWidth(), row);
        m_painter.setPen(ink);
        m_painter.drawText(label, Qt::AlignVCenter | Qt::AlignRight,
                           metrics.elidedText(qs(chart.categories[i]), Qt::ElideRight, label.width()));
        qreal x = area.left() + labelWidth;
        const auto &values = chart.values[i];
        for (std::size_t s = 0; s < values.size() && s < chart.series.size(); ++s) {
            if (values[s] <= 0) {
                continue;
            }
            const qreal w = values[s] * scale;
            m_painter.fillRect(QRectF(x, y + (row - bar) / 2, w, bar), QColor(qs(chart.series[s].colour)));
            x += w;
        }
        m_painter.setPen(ink);
        m_painter.drawText(QRectF(x + metrics.averageCharWidth() * 0.5, y, valueRoom, row),
                           Qt::AlignVCenter | Qt::AlignLeft, QString::number(chart.total(i)));
    }
    qreal legendHeight = 0;
    const std::vector<QPointF> legend = legendLayout(chart, metrics, area.width(), &legendHeight);
    const qreal legendTop =
        area.top() + std::max<std::size_t>(chart.categories.size(), 1) * row + metrics.height() * 0.4;
    const qreal swatch = metrics.height() * 0.8, gap = metrics.height() * 0.6;
    for (std::size_t s = 0; legendHeight > 0 && s < chart.series.size(); ++s) {
        const QPointF p = area.topLeft() + QPointF(legend[s].x(), legendTop - area.top() + legend[s].y());
        m_painter.fillRect(QRectF(p.x(), p.y() + (metrics.height() - swatch) / 2, swatch, swatch),
                           QColor(qs(chart.series[s].colour)));
        m_painter.setPen(ink);
        m_painter.drawText(QPointF(p.x() + swatch + gap / 2, p.y() + metrics.ascent()), qs(chart.series[s].label));
    }
    m_painter.restore();
    return heightFor(chart, area.width());
}

} // namespace maqa::report
