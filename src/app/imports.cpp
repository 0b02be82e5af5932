#include "app/imports.h"

#include <nlohmann/json.hpp>

namespace broadsheet {

std::string with_thousands(size_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string ImportRecord::summary() const {
    auto count = [](size_t n, const char* one, const char* many) {
        return with_thousands(n) + ' ' + (n == 1 ? one : many);
    };
    std::string s = count(files, "file", "files") + ": " + count(added, "article", "articles") + " added";
    if (duplicates) s += ", " + count(duplicates, "duplicate", "duplicates") + " skipped";
    if (!errors.empty()) s += ", " + count(errors.size(), "error", "errors");
    if (!is_finished && files_loaded < files) {
        // A reload or a crash cut the drop short; say how much of it there is.
        s += " (cut short after " + with_thousands(files_loaded) + " of " + with_thousands(files) + " files; " +
             with_thousands(files_kept) + " kept for the next visit)";
    }
    return s;
}

std::string import_to_json(const ImportRecord& r) {
    nlohmann::json errors = nlohmann::json::array();
    for (const ParseError& e : r.errors) {
        errors.push_back({{"file", e.file}, {"line", e.line}, {"record", e.record}, {"message", e.message}});
    }
    nlohmann::json duplicates = nlohmann::json::array();
    for (const SkippedDuplicate& d : r.duplicate_list) {
        duplicates.push_back({{"file", d.file}, {"title", d.title}, {"of", d.duplicate_of_key}});
    }
    nlohmann::json j = {{"id", r.id},
                        {"name", r.name},
                        {"when", r.when_ms},
                        {"files", r.files},
                        {"filesLoaded", r.files_loaded},
                        {"added", r.added},
                        {"duplicates", r.duplicates},
                        {"errors", errors},
                        {"duplicateList", duplicates},
                        {"dismissed", r.are_errors_dismissed},
                        {"finished", r.is_finished},
                        {"kept", r.files_kept},
                        {"storageProblem", r.storage_problem}};
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::optional<ImportRecord> import_from_json(std::string_view text) {
    auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return std::nullopt;
    // Typed reads that never throw: a wrong type reads as the default.
    auto number = [&](const nlohmann::json& o, const char* field) -> double {
        auto it = o.find(field);
        return it != o.end() && it->is_number() ? it->get<double>() : 0.0;
    };
    auto text_of = [&](const nlohmann::json& o, const char* field) -> std::string {
        auto it = o.find(field);
        return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    auto flag = [&](const char* field) {
        auto it = j.find(field);
        return it != j.end() && it->is_boolean() && it->get<bool>();
    };
    auto count = [&](const char* field) {
        double v = number(j, field);
        return v > 0 ? static_cast<size_t>(v) : size_t{0};
    };
    ImportRecord r;
    double id = number(j, "id");
    if (id < 1 || id > 4294967295.0) return std::nullopt;
    r.id = static_cast<ImportId>(id);
    r.name = text_of(j, "name");
    r.when_ms = number(j, "when");
    r.files = count("files");
    r.files_loaded = count("filesLoaded");
    r.added = count("added");
    r.duplicates = count("duplicates");
    r.are_errors_dismissed = flag("dismissed");
    r.is_finished = flag("finished");
    r.files_kept = count("kept");
    r.storage_problem = text_of(j, "storageProblem");
    if (auto it = j.find("errors"); it != j.end() && it->is_array()) {
        for (const auto& e : *it) {
            if (!e.is_object()) continue;
            ParseError pe;
            pe.file = text_of(e, "file");
            pe.line = static_cast<int>(number(e, "line"));
            pe.record = static_cast<int>(number(e, "record"));
            pe.message = text_of(e, "message");
            r.errors.push_back(std::move(pe));
        }
    }
    if (auto it = j.find("duplicateList"); it != j.end() && it->is_array()) {
        for (const auto& d : *it) {
            if (!d.is_object()) continue;
            r.duplicate_list.push_back({text_of(d, "file"), text_of(d, "title"), text_of(d, "of")});
        }
    }
    return r;
}

}  // namespace broadsheet
