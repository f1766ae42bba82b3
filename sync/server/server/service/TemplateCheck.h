// The server's check of a template before it hands it out. The seam for the full loader: today it checks what the
// server itself relies on (a JSON object with a slug `id` and an integer `version`); see checkTemplate.
#pragma once

#include "protocol/Assignment.h"

#include <string_view>

namespace maqa::server {

/**
 * Checks @p bytes and returns the template's reference (id, version, sha256 and size of the exact bytes). Throws
 * ApiError(400, "invalid_template") saying what is wrong.
 *
 * Seam: when cpp/core/template's loader (loadTemplate(jsonText, sourceName)) is available, call it here as well
 * and refuse a template with problems, listing them; the server and devices then agree on what a valid template is.
 */
protocol::TemplateRef checkTemplate(std::string_view bytes);

} // namespace maqa::server
