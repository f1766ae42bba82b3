// A small top-to-bottom layout over a QPdfWriter: measures wrapped text and lists, keeps the current position, and
// starts a new page when a block does not fit. Units are device pixels; mm() converts from millimetres.
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
class QPdfWriter;

namespace maqa::report {

/** Vertical flow of blocks across the pages of one PDF. */
class PageFlow
{
public:
    /** Flows on @p painter, which paints on @p writer (already begun). */
    PageFlow(QPdfWriter &writer, QPainter &painter);

    /** The printable area of a page. */
    QRectF content() const;
    /** The current top of free space. */
    qreal y() const { return m_y; }
    /** Moves down by @p height. */
    void advance(qreal height) { m_y += height; }
    /** Starts a new page unless @p height fits below y() (or y() is already the top of a page). */
    void ensure(qreal height);
    /** Pages begun so far. */
    int pages() const { return m_pages; }
    /** @p millimetres in device pixels. */
    qreal mm(qreal millimetres) const;

    /** The report's font at @p points, bold or not. */
    QFont font(qreal points, bool bold = false) const;
    /** Height of @p text wrapped at @p width in @p font. */
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    /** Draws @p text wrapped in @p rect; returns the height used. */
    qreal drawText(const QString &text, const QFont &font, const QColor &colour, const QRectF &rect);
    /** Height of a bulleted (or numbered) list at @p width. */
    qreal listHeight(const QStringList &items, const QFont &font, qreal width) const;
    /** Draws a list with "•" (or "1.") markers at (@p x, @p top); returns the height used. */
    qreal drawList(const QStringList &items, const QFont &font, qreal x, qreal top, qreal width, bool numbered);
    /** A section heading with a rule under it, at y(), moving down past it. */
    void heading(const QString &text);
    /** Height heading() uses. */
    qreal headingHeight() const;
    /** A paragraph across the content width at y(), moving down past it. */
    void paragraph(const QString &text, const QFont &font, const QColor &colour);

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    qreal m_y = 0;
    int m_pages = 1;
};

/** The colours every part of the PDF uses. */
namespace colours {
inline const QColor kInk{0x1d, 0x27, 0x33};
inline const QColor kMuted{0x55, 0x60, 0x6b};
inline const QColor kAccent{0x1f, 0x4e, 0x73};
inline const QColor kRule{0x2f, 0x6f, 0x9f};
inline const QColor kBorder{0xd0, 0xd7, 0xde};
inline const QColor kHeader{0xee, 0xf2, 0xf6};
} // namespace colours

} // namespace maqa::report
