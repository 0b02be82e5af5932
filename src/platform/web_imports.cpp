#include "platform/web_imports.h"

#include "platform/web_host.h"
#include "ui/settings_json.h"

#include <nlohmann/json.hpp>

#include <emscripten.h>

namespace broadsheet {

void sync_import_storage(WebHost& h) {
    for (ImportId id : h.app.take_removed_imports()) {
        EM_ASM({ Module.bsHost.forgetImport($0); }, id);
    }
    for (ImportId id : h.app.take_changed_imports()) {
        const ImportRecord* r = h.app.find_import(id);
        if (!r) continue;
        std::string json = import_to_json(*r);
        EM_ASM({ Module.bsHost.saveImport($0, UTF8ToString($1)); }, id, json.c_str());
    }
    // Removal changed the marks: saved now too, not only after the next frame.
    if (h.app.marks_version() != h.saved_marks_version) {
        h.saved_marks_version = h.app.marks_version();
        std::string marks = h.app.marks().to_json();
        EM_ASM({ Module.bsHost.save('marks', UTF8ToString($0)); }, marks.c_str());
    }
    std::vector<std::string> keys = h.app.take_removed_keys();
    if (keys.empty()) return;
    bool is_changed = false;
    for (const std::string& key : keys) is_changed |= h.ui.reading_positions.erase(key) > 0;
    if (!is_changed) return;
    // Saved now, not at the next once-a-second save: "remove" leaves no trace.
    std::string json = positions_to_json(h.ui.reading_positions);
    EM_ASM({ Module.bsHost.save('positions', UTF8ToString($0)); }, json.c_str());
}

std::string import_json_for_bridge(const WebHost& h, unsigned id) {
    const ImportRecord* r = h.app.find_import(id);
    if (!r) return "null";
    auto j = nlohmann::json::parse(import_to_json(*r), nullptr, false);
    j["articlesNow"] = r->articles_now;
    j["summary"] = r->summary();
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace broadsheet
