// The guidance table (see ThemeGuidance.h), written for the built-in themes of docs/templates.md and the learning
// partnerships commonly draw from Early Help audits.
#include "core/office/ThemeGuidance.h"

#include <array>

namespace maqa::core::office {

namespace {

struct Entry
{
    std::string_view tag;
    std::string_view whatNeedsToHappen;
    std::string_view reflection;
    std::string_view policy;
};

constexpr std::array<Entry, 11> kGuidance{{
    {"voice_of_child", "Record the child's own words and show in the plan how they changed what we do.",
     "How does your record show what the child said, and what changed because of it?",
     "Voice of the child practice guide"},
    {"information_sharing",
     "Share strategy discussion minutes and outcomes with every agency involved, police and education included, "
     "within the agreed timescale; check receipt.",
     "Who else needs to know what you know about this child, and have they received it?",
     "Information sharing guidance for practitioners"},
    {"thresholds", "Use the continuum of need when deciding the level of help, and record the reasoning.",
     "Which level of need did you judge this child to be at, and why?", "Continuum of need (threshold) document"},
    {"consent", "Seek consent or record clearly why it was not sought, and revisit it when things change.",
     "Did the family understand what was shared and why?", "Consent and information sharing guidance"},
    {"step_up_down",
     "Step up and step down with a multi-agency discussion and a proper handover to the receiving service.",
     "When this child moved between services, who made sure nothing was lost?", "Step up and step down protocol"},
    {"escalation",
     "Use the resolution of professional differences policy when a concern is not acted on, and record the outcome.",
     "When did you last challenge another agency's decision, and how was it resolved?",
     "Resolution of professional differences (escalation) policy"},
    {"oversight", "Record supervision and management decisions, with reasons, on the child's file.",
     "What would a manager reading your record see about the decisions made?", "Supervision policy"},
    {"siblings", "See and hear each sibling in their own right; one child's needs can hide another's.",
     "Whose voice in this household have we not heard?", "Working with brothers and sisters: practice note"},
    {"drift", "Review cases open over a year or reviewed many times without change, and act on drift.",
     "What has actually changed for this child since the plan began?", "Early Help case review guidance"},
    {"health_access", "Consider safeguarding when a child waits for health services or has a significant health event.",
     "What is the wait for a service doing to this child now?", "Health safeguarding pathway"},
    {"transition", "Plan the move to adult services early, with the young person.",
     "What will support look like for this young person at 18?", "Transition to adulthood protocol"},
}};

} // namespace

ThemeGuidance themeGuidance(std::string_view tag)
{
    for (const Entry &e : kGuidance) {
        if (e.tag == tag) {
            return {std::string(e.whatNeedsToHappen), std::string(e.reflection), std::string(e.policy)};
        }
    }
    return {"Agree with the partnership what needs to happen, who leads it and by when.",
            "What would you do differently for this child next time?", "Multi-agency safeguarding procedures"};
}

} // namespace maqa::core::office
