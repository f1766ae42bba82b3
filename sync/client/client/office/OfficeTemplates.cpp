// Loading the office's templates (see OfficeTemplates.h).
#include "client/office/OfficeTemplates.h"

#include "core/template/TemplateLoader.h"
#include "store/Store.h"
#include "store/repos/TemplateRepository.h"

namespace maqa::client {

core::office::TemplateSet loadOfficeTemplates(store::Store &store, std::vector<std::string> *problems)
{
    core::office::TemplateSet set;
    for (const store::TemplateRecord &listed : store.templates().list()) {
        const std::optional<store::TemplateRecord> record = store.templates().find(listed.id, listed.version);
        if (!record) {
            continue;
        }
        core::TemplateLoadResult loaded = core::loadTemplate(record->body, record->id);
        if (loaded.ok()) {
            set.add(std::move(loaded.templ));
        } else if (problems) {
            problems->push_back("Template " + record->id + " version " + std::to_string(record->version) +
                                " cannot be read (" + loaded.problems.front().line() + ").");
        }
    }
    return set;
}

} // namespace maqa::client
