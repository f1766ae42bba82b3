// Draws the briefing's bar charts with QPainter, from the same Chart data the HTML export draws as SVG, so the PDF
// and the web page show the same figures in the same colours.
#pragma once

#include "core/office/export/Report.h"

#include <QRectF>

class QPainter;

namespace maqa::report {

/** Draws @p chart (horizontal, stacked bars; legend below) into @p area's width, from its top. */
class ChartPainter
{
public:
    /** A painter for charts whose text is @p pointSize points on @p painter's device. */
    ChartPainter(QPainter &painter, qreal pointSize = 7);
    /** The height @p chart needs at @p width. */
    qreal heightFor(const core::office::Chart &chart, qreal width) const;
    /** Draws @p chart in @p area (its height should be heightFor()); returns the height used. */
    qreal draw(const core::office::Chart &chart, const QRectF &area) const;

private:
    qreal rowHeight() const;
    QPainter &m_painter;
    qreal m_pointSize;
};

} // namespace maqa::report
