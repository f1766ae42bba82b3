// The briefing as an A4 PDF: the same sections, figures and charts as the HTML export, laid out with QPainter on a
// QPdfWriter (text stays text, so it can be searched and extracted). Needs a QGuiApplication; the offscreen
// platform is enough, so the CLI can print headless.
#pragma once

#include "core/office/export/Report.h"

#include <QByteArray>
#include <QString>

namespace maqa::report {

/** Renders @p report as PDF bytes; @p pages (if given) receives the page count, which should be one or two. */
QByteArray briefingPdf(const core::office::BriefingReport &report, int *pages = nullptr);

/**
 * Writes @p report as a PDF to @p path and returns its page count. Throws core::Error(Io) when the file cannot be
 * written.
 */
int writeBriefingPdf(const core::office::BriefingReport &report, const QString &path);

} // namespace maqa::report
