#include "app/export_listed.h"

#include "app/app.h"
#include "core/article_json.h"

namespace broadsheet {

ExportFile export_listed(const App& app) {
    ExportFile file{"broadsheet-export.jsonl", {}};
    for (ArticleId id : app.listed()) {
        nlohmann::json record = article_to_json(app.library().article(id));
        bool is_read = app.is_read(id);
        bool is_starred = app.is_starred(id);
        if (is_read || is_starred) record["key"] = app.library().key_of(id);
        if (is_read) record["read"] = true;
        if (is_starred) record["starred"] = true;
        append_json_line(file.bytes, record);
    }
    return file;
}

size_t restore_exported_marks(App& app, std::string_view file_bytes) {
    size_t restored = 0;
    // Every file dropped comes here: one that is not ours costs one search of its first line.
    if (file_bytes.substr(0, file_bytes.find('\n')).find("\"broadsheet\":1") == std::string_view::npos) return 0;
    size_t pos = 0;
    while (pos < file_bytes.size()) {
        size_t end = file_bytes.find('\n', pos);
        if (end == std::string_view::npos) end = file_bytes.size();
        std::string_view line = file_bytes.substr(pos, end - pos);
        pos = end + 1;
        // Most lines carry no mark: a substring test spares parsing them a second time.
        if (line.find("\"read\":true") == std::string_view::npos &&
            line.find("\"starred\":true") == std::string_view::npos) {
            continue;
        }
        nlohmann::json record = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
        if (!is_article_json(record)) continue;
        auto key = record.find("key");
        if (key == record.end() || !key->is_string()) continue;
        auto id = app.library().find_key(key->get_ref<const std::string&>());
        if (!id) continue;
        auto is_true = [&](const char* name) {
            auto it = record.find(name);
            return it != record.end() && it->is_boolean() && it->get<bool>();
        };
        bool any = false;
        if (is_true("read")) app.set_read(*id, true), any = true;
        if (is_true("starred")) app.set_starred(*id, true), any = true;
        restored += any ? 1 : 0;
    }
    return restored;
}

}  // namespace broadsheet
