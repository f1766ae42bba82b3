// The PDF's flow layout (see PageFlow.h). Text is measured with QPainter::boundingRect on the PDF device itself,
// so what is measured is what is drawn.
#include "report/PageFlow.h"

#include <QPainter>
#include <QPdfWriter>

namespace maqa::report {

namespace {
constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
}

PageFlow::PageFlow(QPdfWriter &writer, QPainter &painter)
    : m_writer(writer)
    , m_painter(painter)
    , m_y(content().top())
{}

QRectF PageFlow::content() const
{
    return QRectF(0, 0, m_writer.width(), m_writer.height());
}

qreal PageFlow::mm(qreal millimetres) const
{
    return millimetres * m_writer.resolution() / 25.4;
}

void PageFlow::ensure(qreal height)
{
    if (m_y > content().top() && m_y + height > content().bottom()) {
        m_writer.newPage();
        ++m_pages;
        m_y = content().top();
    }
}

QFont PageFlow::font(qreal points, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    // No ligatures: "fi" must stay two letters, or text extracted from the PDF no longer matches a search.
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

qreal PageFlow::textHeight(const QString &text, const QFont &font, qreal width) const
{
    m_painter.save();
    m_painter.setFont(font);
    const QRectF bounds = m_painter.boundingRect(QRectF(0, 0, width, 1e6), kWrap, text);
    m_painter.restore();
    return bounds.height();
}

qreal PageFlow::drawText(const QString &text, const QFont &font, const QColor &colour, const QRectF &rect)
{
    m_painter.save();
    m_painter.setFont(font);
    m_painter.setPen(colour);
    QRectF used;
    m_painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), 1e6), kWrap, text, &used);
    m_painter.restore();
    return used.height();
}

qreal PageFlow::listHeight(const QStringList &items, const QFont &font, qreal width) const
{
    const qreal indent = mm(4);
    qreal height = 0;
    for (const QString &item : items) {
        height += textHeight(item, font, width - indent) + mm(0.8);
    }
    return height;
}

qreal PageFlow::drawList(const QStringList &items, const QFont &font, qreal x, qreal top, qreal width, bool numbered)
{
    const qreal indent = mm(4);
    qreal y = top;
    for (int i = 0; i < items.size(); ++i) {
        const QString marker = numbered ? QString::number(i + 1) + QLatin1Char('.') : QStringLiteral("\u2022");
        drawText(marker, font, colours::kAccent, QRectF(x, y, indent, 0));
        y += drawText(items[i], font, colours::kInk, QRectF(x + indent, y, width - indent, 0)) + mm(0.8);
    }
    return y - top;
}

qreal PageFlow::headingHeight() const
{
    return textHeight(QStringLiteral("Ag"), font(11, true), content().width()) + mm(4.5);
}

void PageFlow::heading(const QString &text)
{
    m_y += mm(2);
    const qreal height =
        drawText(text, font(11, true), colours::kAccent, QRectF(content().left(), m_y, content().width(), 0));
    m_y += height + mm(0.4);
    m_painter.fillRect(QRectF(content().left(), m_y, content().width(), mm(0.5)), colours::kRule);
    m_y += mm(1.6);
}

void PageFlow::paragraph(const QString &text, const QFont &font, const QColor &colour)
{
    const qreal height = textHeight(text, font, content().width());
    ensure(height);
    drawText(text, font, colour, QRectF(content().left(), m_y, content().width(), 0));
    m_y += height + mm(1);
}

} // namespace maqa::report
