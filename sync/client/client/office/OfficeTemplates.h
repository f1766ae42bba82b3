// The templates the office's store holds, loaded once into a TemplateSet: what opening re-evaluates answers against
// and what the analysis reads questions and labels from.
#pragma once

#include "core/office/TemplateSet.h"

#include <string>
#include <vector>

namespace maqa::store {
class Store;
}

namespace maqa::client {

/**
 * Every template version @p store holds, loaded. A stored version this Maqa cannot load is left out and named in
 * @p problems (when given): returns that follow it are then quarantined as "template unknown".
 */
core::office::TemplateSet loadOfficeTemplates(store::Store &store, std::vector<std::string> *problems = nullptr);

} // namespace maqa::client
