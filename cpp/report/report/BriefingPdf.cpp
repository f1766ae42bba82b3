// Laying out the briefing PDF (see BriefingPdf.h): title and key figures, background, the charts in one row,
// worries beside good practice, themes, reflection questions beside links, then the action plan as a table.
#include "report/BriefingPdf.h"

#include "core/domain/Agencies.h"
#include "core/util/Error.h"
#include "report/ChartPainter.h"
#include "report/PageFlow.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace maqa::report {

namespace headings = core::office::headings;
using core::office::ActionItem;
using core::office::BriefingReport;

namespace {

QString qs(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QStringList qsList(const std::vector<std::string> &items)
{
    QStringList out;
    for (const std::string &i : items) {
        out << qs(i);
    }
    return out;
}

QStringList orNone(QStringList items)
{
    return items.isEmpty() ? QStringList{QStringLiteral("None recorded.")} : items;
}

void titleBlock(PageFlow &flow, QPainter &painter, const BriefingReport &report)
{
    const QRectF page = flow.content();
    flow.advance(flow.drawText(qs(report.briefing.title), flow.font(16, true), colours::kAccent,
                               QRectF(page.left(), flow.y(), page.width(), 0)));
    if (!report.briefing.subtitle.empty()) {
        flow.advance(flow.drawText(qs(report.briefing.subtitle), flow.font(9), colours::kMuted,
                                   QRectF(page.left(), flow.y(), page.width(), 0)));
    }
    flow.advance(flow.mm(2));
    if (report.figures.empty()) {
        return;
    }
    const qreal gap = flow.mm(2);
    const qreal width = (page.width() - gap * static_cast<qreal>(report.figures.size() - 1)) /
                        static_cast<qreal>(report.figures.size());
    qreal height = 0;
    for (const core::office::KeyFigure &f : report.figures) {
        height = std::max(height, flow.textHeight(qs(f.value), flow.font(13, true), width) +
                                      flow.textHeight(qs(f.label), flow.font(7.5), width - flow.mm(3)));
    }
    height += flow.mm(2.5);
    for (std::size_t i = 0; i < report.figures.size(); ++i) {
        const QRectF box(page.left() + static_cast<qreal>(i) * (width + gap), flow.y(), width, height);
        painter.setPen(QPen(colours::kBorder, flow.mm(0.3)));
        painter.drawRoundedRect(box, flow.mm(1), flow.mm(1));
        const qreal inset = flow.mm(1.5);
        const qreal valueHeight =
            flow.drawText(qs(report.figures[i].value), flow.font(13, true), colours::kAccent,
                          QRectF(box.left() + inset, box.top() + flow.mm(1), width - 2 * inset, 0));
        flow.drawText(qs(report.figures[i].label), flow.font(7.5), colours::kInk,
                      QRectF(box.left() + inset, box.top() + flow.mm(1) + valueHeight, width - 2 * inset, 0));
    }
    flow.advance(height + flow.mm(1));
}

void backgroundBlock(PageFlow &flow, const core::office::Briefing &b)
{
    flow.ensure(flow.headingHeight() + flow.mm(12));
    flow.heading(qs(headings::kBackground));
    flow.paragraph(qs(b.background.text), flow.font(9), colours::kInk);
    const auto detail = [&](const char *label, const std::vector<std::string> &items) {
        if (!items.empty()) {
            flow.paragraph(QString::fromUtf8(label) + QStringLiteral(": ") + qsList(items).join(QStringLiteral(", ")),
                           flow.font(8.5), colours::kMuted);
        }
    };
    detail("Ages", b.background.ageBands);
    detail("Range of needs", b.background.needs);
    detail("Agencies taking part", b.background.agencies);
}

void chartsBlock(PageFlow &flow, QPainter &painter, const BriefingReport &report)
{
    if (report.charts.empty()) {
        return;
    }
    const QRectF page = flow.content();
    const qreal gap = flow.mm(4);
    const qreal count = static_cast<qreal>(report.charts.size());
    const qreal width = (page.width() - gap * (count - 1)) / count;
    const ChartPainter charts(painter);
    qreal height = 0;
    for (const core::office::Chart &c : report.charts) {
        height = std::max(height, flow.textHeight(qs(c.title), flow.font(8.5, true), width) +
                                      charts.heightFor(c, width) + flow.textHeight(qs(c.caption), flow.font(7), width));
    }
    flow.ensure(height + flow.mm(3));
    flow.advance(flow.mm(3));
    for (std::size_t i = 0; i < report.charts.size(); ++i) {
        const core::office::Chart &c = report.charts[i];
        const qreal x = page.left() + static_cast<qreal>(i) * (width + gap);
        qreal y = flow.y();
        y += flow.drawText(qs(c.title), flow.font(8.5, true), colours::kInk, QRectF(x, y, width, 0));
        y += charts.draw(c, QRectF(x, y, width, charts.heightFor(c, width)));
        flow.drawText(qs(c.caption), flow.font(7), colours::kMuted, QRectF(x, y, width, 0));
    }
    flow.advance(height);
}

/** Two lists side by side under their headings (worries | good practice, reflection | links). */
void twoColumns(PageFlow &flow, QPainter &painter, const QString &leftHeading, const QStringList &left,
                bool leftNumbered, const QString &rightHeading, const QStringList &right)
{
    const QRectF page = flow.content();
    const qreal gap = flow.mm(8);
    const qreal width = (page.width() - gap) / 2;
    const QFont headingFont = flow.font(11, true), body = flow.font(8.5);
    const qreal headingHeight = flow.textHeight(QStringLiteral("Ag"), headingFont, width) + flow.mm(2.5);
    const qreal height =
        headingHeight + std::max(flow.listHeight(left, body, width), flow.listHeight(right, body, width));
    flow.ensure(height + flow.mm(2));
    flow.advance(flow.mm(2));
    const auto column = [&](qreal x, const QString &heading, const QStringList &items, bool numbered) {
        const qreal h = flow.drawText(heading, headingFont, colours::kAccent, QRectF(x, flow.y(), width, 0));
        painter.fillRect(QRectF(x, flow.y() + h + flow.mm(0.4), width, flow.mm(0.5)), colours::kRule);
        flow.drawList(items, body, x, flow.y() + headingHeight, width, numbered);
    };
    column(page.left(), leftHeading, left, leftNumbered);
    column(page.left() + width + gap, rightHeading, right, false);
    flow.advance(height);
}

void themesBlock(PageFlow &flow, const core::office::Briefing &b)
{
    const QRectF page = flow.content();
    const QFont title = flow.font(9.5, true), label = flow.font(8, true), body = flow.font(8.5);
    const auto themeHeight = [&](const core::office::BriefingTheme &t) {
        return flow.textHeight(qs(t.title), title, page.width()) +
               2 * flow.textHeight(QStringLiteral("Ag"), label, page.width()) +
               flow.textHeight(qs(t.whatWeFound), body, page.width()) +
               flow.textHeight(qs(t.whatNeedsToHappen), body, page.width()) + flow.mm(3);
    };
    flow.ensure(flow.headingHeight() + (b.themes.empty() ? flow.mm(6) : themeHeight(b.themes.front())));
    flow.heading(qs(headings::kThemes));
    if (b.themes.empty()) {
        flow.paragraph(QStringLiteral("None recorded."), body, colours::kInk);
    }
    for (const core::office::BriefingTheme &t : b.themes) {
        flow.ensure(themeHeight(t));
        const auto line = [&](const QString &text, const QFont &font, const QColor &colour) {
            flow.advance(flow.drawText(text, font, colour, QRectF(page.left(), flow.y(), page.width(), 0)));
        };
        line(qs(t.title), title, colours::kInk);
        line(qs(headings::kWhatWeFound), label, colours::kMuted);
        line(qs(t.whatWeFound), body, colours::kInk);
        line(qs(headings::kWhatNeedsToHappen), label, colours::kMuted);
        line(qs(t.whatNeedsToHappen), body, colours::kInk);
        flow.advance(flow.mm(3));
    }
}

QColor ragColour(core::office::Rag rag)
{
    switch (rag) {
    case core::office::Rag::Red:
        return QColor(0xf6, 0xd5, 0xd4);
    case core::office::Rag::Amber:
        return QColor(0xfb, 0xe6, 0xc2);
    case core::office::Rag::Green:
        return QColor(0xd6, 0xec, 0xd2);
    case core::office::Rag::Complete:
        return QColor(0xd3, 0xe3, 0xf4);
    }
    return Qt::white;
}

void actionsBlock(PageFlow &flow, QPainter &painter, const std::vector<ActionItem> &actions)
{
    const QRectF page = flow.content();
    flow.ensure(flow.headingHeight() + flow.mm(12));
    flow.heading(qs(headings::kActionPlan));
    const QFont body = flow.font(7.5), head = flow.font(7.5, true);
    if (actions.empty()) {
        flow.paragraph(QStringLiteral("No actions agreed yet."), flow.font(8.5), colours::kInk);
        return;
    }
    static constexpr qreal kShares[] = {0.26, 0.14, 0.11, 0.1, 0.09, 0.07, 0.14, 0.09};
    const QStringList titles = {QStringLiteral("Action"),   QStringLiteral("Linked finding"),
                                QStringLiteral("Owner"),    QStringLiteral("Lead"),
                                QStringLiteral("Due"),      QStringLiteral("RAG"),
                                QStringLiteral("Evidence"), QStringLiteral("Re-audit")};
    const qreal pad = flow.mm(1);
    const auto drawRow = [&](const QStringList &cells, const QFont &font, const QColor &fill, const QColor *ragFill) {
        qreal height = 0;
        for (int c = 0; c < cells.size(); ++c) {
            height = std::max(height, flow.textHeight(cells[c], font, page.width() * kShares[c] - 2 * pad));
        }
        height += 2 * pad;
        flow.ensure(height);
        qreal x = page.left();
        for (int c = 0; c < cells.size(); ++c) {
            const QRectF cell(x, flow.y(), page.width() * kShares[c], height);
            painter.fillRect(cell, c == 5 && ragFill ? *ragFill : fill);
            painter.setPen(QPen(colours::kBorder, flow.mm(0.2)));
            painter.drawRect(cell);
            flow.drawText(cells[c], font, colours::kInk, cell.adjusted(pad, pad, -pad, -pad));
            x += cell.width();
        }
        flow.advance(height);
    };
    drawRow(titles, head, colours::kHeader, nullptr);
    for (const ActionItem &a : actions) {
        const QColor rag = ragColour(a.rag);
        drawRow({qs(a.action), qs(a.finding), qs(std::string(core::agencyName(a.owner))), qs(a.lead), qs(a.dueDate),
                 qs(std::string(core::office::ragLabel(a.rag))), qs(a.evidence), qs(a.reauditDate)},
                body, Qt::white, &rag);
    }
}

int render(const BriefingReport &report, QIODevice &device)
{
    QPdfWriter writer(&device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(qs(report.briefing.title));
    writer.setCreator(QStringLiteral("Maqa"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        throw core::Error(core::ErrorKind::Io, "The PDF could not be started.");
    }
    PageFlow flow(writer, painter);
    painter.setFont(flow.font(9)); // charts take their typeface from the painter
    const core::office::Briefing &b = report.briefing;
    titleBlock(flow, painter, report);
    backgroundBlock(flow, b);
    chartsBlock(flow, painter, report);
    twoColumns(flow, painter, qs(headings::kWorries), orNone(qsList(b.worries)), false, qs(headings::kGoodPractice),
               orNone(qsList(b.goodPractice)));
    themesBlock(flow, b);
    QStringList links;
    for (const core::office::BriefingLink &l : b.links) {
        links << (l.url.empty() ? qs(l.title) : qs(l.title) + QStringLiteral(": ") + qs(l.url));
    }
    twoColumns(flow, painter, qs(headings::kReflection), orNone(qsList(b.reflectionQuestions)), true,
               qs(headings::kLinks), orNone(links));
    actionsBlock(flow, painter, report.actions);
    painter.end();
    return flow.pages();
}

} // namespace

QByteArray briefingPdf(const BriefingReport &report, int *pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const int count = render(report, buffer);
    if (pages) {
        *pages = count;
    }
    return bytes;
}

int writeBriefingPdf(const BriefingReport &report, const QString &path)
{
    int pages = 0;
    const QByteArray bytes = briefingPdf(report, &pages);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush()) {
        throw core::Error(core::ErrorKind::Io, "The briefing could not be written to " + path.toStdString() + ": " +
                                                   file.errorString().toStdString() + ".");
    }
    return pages;
}

} // namespace maqa::report
