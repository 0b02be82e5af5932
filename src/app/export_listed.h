// What the Export button downloads: the listed articles, in list order, as
// JSON Lines of article_to_json records (core/article_json.h), so importing
// the file gives the same articles back, field for field. Each record also
// carries the user's marks ("read": true, "starred": true when set); the
// importer does not restore them yet. The platform only moves the bytes.
#pragma once

#include <string>

namespace broadsheet {

class App;

struct ExportFile {
    std::string name;   // suggested download name, "broadsheet-export.jsonl"
    std::string bytes;  // UTF-8 JSON Lines, one article per line
};

ExportFile export_listed(const App& app);

}  // namespace broadsheet
