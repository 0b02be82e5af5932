// libFuzzer target over the whole parse path: parse_file (gzip, binary check,
// decoding, format detection, every parser) and the JSON export of whatever
// comes out. The first input byte picks the file name, so every extension
// route (and the content sniffing of a name without one) is exercised.
#include "core/article_json.h"
#include "core/parse/decode_text.h"
#include "core/parse/gzip.h"
#include "core/parse/parse_file.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

const char* const kNames[] = {"a.txt",  "a.json", "a.jsonl", "article",     "a.json.gz", "a.jsonl.gz",
                              "a.html", "a.md",   "a.xml",   "a.ndjson",    "a.TXT",     "a.gz",
                              "a.tar",  "a.tar.gz"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const char* name = kNames[data[0] % (sizeof kNames / sizeof kNames[0])];
    std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);

    broadsheet::ParseResult r = broadsheet::parse_file(name, bytes);
    for (const broadsheet::Article& a : r.articles) {
        if (a.title.empty()) __builtin_trap();  // the model's promise
        std::string out = broadsheet::article_to_json(a).dump(-1, ' ', false,
                                                              nlohmann::json::error_handler_t::strict);
        (void)out;  // strict: throws (and the fuzzer reports it) if any field is not valid UTF-8
    }
    // Messages reach the UI and the JS bridge: they must be valid UTF-8 too.
    for (const broadsheet::ParseError& e : r.errors) {
        if (!broadsheet::is_valid_utf8(e.to_string())) __builtin_trap();
    }
    for (const broadsheet::ParseError& w : r.warnings) {
        if (!broadsheet::is_valid_utf8(w.to_string())) __builtin_trap();
    }

    broadsheet::DecodedText d = broadsheet::decode_text(bytes);
    if (!broadsheet::is_valid_utf8(d.utf8)) __builtin_trap();
    if (d.utf8.find('\r') != std::string::npos) __builtin_trap();
    broadsheet::GunzipResult g = broadsheet::gunzip(bytes, 1 << 20);
    (void)g;
    return 0;
}
