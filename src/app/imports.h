// What each import (one drop, or one set of picked files) brought: its name,
// when, how many files, articles added, duplicates skipped, errors, and how
// much of it this browser kept for the next visit. The App owns the records
// (App::begin_import / load_file / finish_import / remove_import); the page
// stores them beside the files (web/bridge.js) as the JSON below.
#pragma once

#include "core/library.h"
#include "core/parse/parse_result.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace broadsheet {

// 0 is "not an import": the bundled articles and scripted loads without saving.
using ImportId = uint32_t;
constexpr ImportId kNoImport = 0;

// A duplicate as the record keeps it: by key, since ids change when an import is removed.
struct SkippedDuplicate {
    std::string file;
    std::string title;
    std::string duplicate_of_key;   // Library::key_of of the article it repeated
};

struct ImportRecord {
    ImportId id = kNoImport;
    std::string name;               // "news/ (2,200 files)", "a.json", "a.json + 11 more"
    double when_ms = 0;             // epoch milliseconds, from the page's clock
    size_t files = 0;               // files in the drop
    size_t files_loaded = 0;        // files handed to the app so far
    size_t added = 0;               // articles added when it was dropped
    size_t duplicates = 0;
    std::vector<ParseError> errors;
    std::vector<SkippedDuplicate> duplicate_list;
    bool are_errors_dismissed = false;
    bool is_finished = false;       // every file of the drop was handed over
    // Storage, as the page reports it: files kept for the next visit, and why not all.
    size_t files_kept = 0;
    std::string storage_problem;    // "" when everything was kept
    // Not stored: articles of this import in the library now (duplicates of others excluded).
    size_t articles_now = 0;

    // "8,000 files: 7,950 articles added, 38 duplicates skipped, 12 errors"
    std::string summary() const;
};

// "7,950"
std::string with_thousands(size_t n);

// The stored form: every field above but articles_now. from_json returns
// nullopt on malformed text or a missing id; unknown fields are ignored.
std::string import_to_json(const ImportRecord& record);
std::optional<ImportRecord> import_from_json(std::string_view json);

}  // namespace broadsheet
