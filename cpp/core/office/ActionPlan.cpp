// RAG names and action validation (see ActionPlan.h). Dates are checked for shape and calendar sense only: an
// overdue action is still a valid one.
#include "core/office/ActionPlan.h"

#include "core/util/Error.h"

namespace maqa::core::office {

std::string_view toString(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return "red";
    case Rag::Amber:
        return "amber";
    case Rag::Green:
        return "green";
    case Rag::Complete:
        return "complete";
    }
    return "red";
}

std::optional<Rag> ragFrom(std::string_view text)
{
    for (Rag rag : {Rag::Red, Rag::Amber, Rag::Green, Rag::Complete}) {
        if (toString(rag) == text) {
            return rag;
        }
    }
    return std::nullopt;
}

std::string_view ragLabel(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return "Red";
    case Rag::Amber:
        return "Amber";
    case Rag::Green:
        return "Green";
    case Rag::Complete:
        return "Complete";
    }
    return "Red";
}

bool isIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
    }
    const int year = std::stoi(std::string(text.substr(0, 4)));
    const int month = std::stoi(std::string(text.substr(5, 2)));
    const int day = std::stoi(std::string(text.substr(8, 2)));
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) {
        return false;
    }
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

void validateAction(const ActionItem &item)
{
    if (item.action.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw Error(ErrorKind::Invalid, "An action needs a description of what will be done.");
    }
    if (!item.dueDate.empty() && !isIsoDate(item.dueDate)) {
        throw Error(ErrorKind::Invalid, "The due date \"" + item.dueDate + "\" is not a date like 2027-03-31.");
    }
    if (!item.reauditDate.empty() && !isIsoDate(item.reauditDate)) {
        throw Error(ErrorKind::Invalid,
                    "The re-audit date \"" + item.reauditDate + "\" is not a date like 2027-09-30.");
    }
}

} // namespace maqa::core::office
