// What the Export button downloads: the listed articles, in list order, as
// JSON Lines of article_to_json records (core/article_json.h), so importing
// the file gives the same articles back, field for field. A record of an
// article the user marked also carries "read": true and/or "starred": true
// and the article's "key" (Library::key_of), and importing the file sets
// those marks again (restore_exported_marks). The platform only moves the
// bytes to the download.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace broadsheet {

class App;

struct ExportFile {
    std::string name;   // suggested download name, "broadsheet-export.jsonl"
    std::string bytes;  // UTF-8 JSON Lines, one article per line
};

ExportFile export_listed(const App& app);

// Sets the read / starred marks an export carries on the articles of `app`
// with those keys (added or already there); returns how many records had
// marks that applied. Only sets marks, never clears one. Lines without a
// mark are skipped without being parsed; any other input is a no-op.
size_t restore_exported_marks(App& app, std::string_view file_bytes);

}  // namespace broadsheet
