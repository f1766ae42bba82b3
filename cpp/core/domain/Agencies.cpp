// The default partnership agencies (see Agencies.h); names follow domain.md.
// Partnerships may use other slugs: everything accepts any well-formed slug, these are only defaults.
#include "core/domain/Agencies.h"

#include <array>

namespace maqa::core {

namespace {
constexpr std::array<Agency, 10> kAgencies{{
    {"gp", "GP"},
    {"csc", "Children's Social Care"},
    {"mental_health", "Mental Health Trust"},
    {"community_health", "Community Health"},
    {"hospital", "Hospital Trust"},
    {"police", "Police"},
    {"yot", "Youth Offending Team"},
    {"edt", "Emergency Duty Team"},
    {"preventative", "Preventative Services"},
    {"education", "Education"},
}};
} // namespace

std::span<const Agency> defaultAgencies()
{
    return kAgencies;
}

std::string_view agencyName(std::string_view slug)
{
    for (const Agency &a : kAgencies) {
        if (a.slug == slug) {
            return a.name;
        }
    }
    return slug;
}

bool isAgencySlug(std::string_view slug)
{
    if (slug.empty() || slug.size() > 32 || !(slug[0] >= 'a' && slug[0] <= 'z')) {
        return false;
    }
    for (char c : slug) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
            return false;
        }
    }
    return true;
}

} // namespace maqa::core
