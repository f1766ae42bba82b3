// The agencies of a typical safeguarding partnership, as stable slugs with display names.
// Templates' agency multi-select, enrolment codes and the office's completeness matrix all use these slugs.
#pragma once

#include <span>
#include <string_view>

namespace maqa::core {

/** One partnership agency: a stable slug (stored, sent) and the name people read. */
struct Agency
{
    std::string_view slug;
    std::string_view name;
};

/** The default agencies, in the order partnership documents list them. */
std::span<const Agency> defaultAgencies();
/** The display name for @p slug, or the slug itself when it is not a default agency. */
std::string_view agencyName(std::string_view slug);
/** True when @p slug is a well-formed agency slug: 1-32 chars of a-z, 0-9, '_' or '-', starting with a letter. */
bool isAgencySlug(std::string_view slug);

} // namespace maqa::core
