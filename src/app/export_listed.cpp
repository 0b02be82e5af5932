#include "app/export_listed.h"

#include "app/app.h"
#include "core/article_json.h"

namespace broadsheet {

ExportFile export_listed(const App& app) {
    ExportFile file{"broadsheet-export.jsonl", {}};
    for (ArticleId id : app.listed()) {
        nlohmann::json record = article_to_json(app.library().article(id));
        if (app.is_read(id)) record["read"] = true;
        if (app.is_starred(id)) record["starred"] = true;
        append_json_line(file.bytes, record);
    }
    return file;
}

}  // namespace broadsheet
