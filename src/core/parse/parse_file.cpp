// parse_file: containers (gzip, tar) -> binary check -> decode -> detect -> parser.
// The parsers for HTML, Markdown and feeds plug in at the marked spot in
// run_parser() below; everything else here is format independent.
#include "core/parse/parse_file.h"

#include "core/parse/decode_text.h"
#include "core/parse/feed_parse.h"
#include "core/parse/gzip.h"
#include "core/parse/html_article.h"
#include "core/parse/json_format.h"
#include "core/parse/markdown_article.h"
#include "core/parse/source_fallback.h"
#include "core/parse/safe_text.h"
#include "core/parse/tar.h"
#include "core/parse/text_format.h"
#include "core/parse/text_util.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <string>

namespace broadsheet {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_nocase(std::string_view s, std::string_view lower_prefix) {
    if (s.size() < lower_prefix.size()) return false;
    for (size_t i = 0; i < lower_prefix.size(); ++i) {
        if (lower(s[i]) != lower_prefix[i]) return false;
    }
    return true;
}

bool contains_nocase(std::string_view s, std::string_view lower_needle) {
    for (size_t i = 0; i + lower_needle.size() <= s.size(); ++i) {
        if (starts_with_nocase(s.substr(i), lower_needle)) return true;
    }
    return false;
}

std::string_view strip_gz(std::string_view name) {
    if (ends_with_nocase(name, ".gz")) name.remove_suffix(3);
    return name;
}

std::string_view skip_space(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) {
        s.remove_prefix(1);
    }
    return s;
}

// JSON Lines when the first line alone is a complete JSON value and something
// else follows it; a pretty-printed document's first line ("{") is not.
bool looks_like_json_lines(std::string_view text) {
    text = skip_space(text);
    size_t nl = text.find('\n');
    if (nl == std::string_view::npos) return false;
    if (skip_space(text.substr(nl)).empty()) return false;
    std::string_view first = text.substr(0, nl);
    return nlohmann::json::accept(first.begin(), first.end());
}

struct Magic {
    std::string_view bytes;
    const char* what;
};

const char* binary_kind(std::string_view bytes) {
    static const Magic kMagic[] = {
        {"\x89PNG", "a PNG image"},      {"\xFF\xD8\xFF", "a JPEG image"},
        {"GIF8", "a GIF image"},         {"%PDF", "a PDF document"},
        {"PK\x03\x04", "a ZIP archive (or .docx/.epub); unzip it and drop the files inside"},
        {"RIFF", "a RIFF media file (WebP, WAV, AVI)"},
        {"\x7F" "ELF", "a program"},     {"BZh", "a bzip2 archive; unpack it first"},
        {"\xFD" "7zXZ", "an xz archive; unpack it first"},
        {"\x28\xB5\x2F\xFD", "a zstd archive; unpack it first"},
        {"7z\xBC\xAF", "a 7-Zip archive; unpack it first"},
        {"SQLite format 3", "an SQLite database"},
    };
    for (const Magic& m : kMagic) {
        if (bytes.size() >= m.bytes.size() && bytes.compare(0, m.bytes.size(), m.bytes) == 0) return m.what;
    }
    return nullptr;
}

ParseResult one_error(std::string_view file_name, std::string message) {
    ParseResult r;
    r.errors.push_back({std::string(file_name), 0, std::move(message)});
    return r;
}

ParseResult run_parser(FileFormat format, bool is_by_extension, std::string_view file_name,
                       std::string_view utf8) {
    switch (format) {
        case FileFormat::Json: {
            ParseResult r = parse_json_document(file_name, utf8);
            // A sniffed '[' or '{' that is not JSON is probably a text
            // article whose title starts with a bracket.
            if (!is_by_extension && r.articles.empty()) {
                ParseResult text = parse_text_article(file_name, utf8);
                if (!text.articles.empty()) return text;
            }
            return r;
        }
        case FileFormat::JsonLines: return parse_json_lines(file_name, utf8);
        case FileFormat::Text: return parse_text_article(file_name, utf8);

        // ---- HTML / Markdown / feed parsers (owned by the HTML engineer) -----
        // Input is decoded UTF-8 with "\n" line ends; the result's errors
        // name file_name. detect_format() decides which one runs.
        case FileFormat::Html: return parse_html_article(file_name, utf8);
        case FileFormat::Markdown: return parse_markdown_article(file_name, utf8);
        case FileFormat::Feed: return parse_feed(file_name, utf8);
        // ---- end of the HTML / Markdown / feed spot --------------------------
    }
    return parse_text_article(file_name, utf8);
}

}  // namespace

const char* format_name(FileFormat f) {
    switch (f) {
        case FileFormat::Text: return "text";
        case FileFormat::Json: return "JSON";
        case FileFormat::JsonLines: return "JSON Lines";
        case FileFormat::Html: return "HTML";
        case FileFormat::Markdown: return "Markdown";
        case FileFormat::Feed: return "feed";
    }
    return "text";
}

bool looks_binary(std::string_view bytes) {
    if (binary_kind(bytes)) return true;
    size_t probe = bytes.size() < 4096 ? bytes.size() : 4096;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes.data());
    // Branch-free count (vectorises): NULs and control bytes other than
    // tab, LF, FF, CR and ESC.
    size_t nuls = 0, controls = 0;
    for (size_t i = 0; i < probe; ++i) {
        unsigned c = p[i];
        nuls += c == 0;
        controls += (c < 0x20) & (c != '\n') & (c != '\r') & (c != '\t') & (c != '\f') & (c != 0x1B);
    }
    // Text has next to no control bytes; 1 in 10 means machine data.
    return nuls > 0 || (probe > 0 && controls * 10 > probe);
}

FileFormat detect_format(std::string_view file_name, std::string_view utf8) {
    std::string_view name = strip_gz(file_name);
    std::string_view head = skip_space(utf8.substr(0, 4096));
    if (ends_with_nocase(name, ".jsonl") || ends_with_nocase(name, ".ndjson") ||
        ends_with_nocase(name, ".jsonlines")) {
        return FileFormat::JsonLines;
    }
    if (ends_with_nocase(name, ".json")) {
        return looks_like_json_lines(utf8) ? FileFormat::JsonLines : FileFormat::Json;
    }
    if (ends_with_nocase(name, ".txt") || ends_with_nocase(name, ".text")) return FileFormat::Text;
    if (ends_with_nocase(name, ".html") || ends_with_nocase(name, ".htm") ||
        ends_with_nocase(name, ".xhtml")) {
        return FileFormat::Html;
    }
    if (ends_with_nocase(name, ".md") || ends_with_nocase(name, ".markdown")) return FileFormat::Markdown;
    if (ends_with_nocase(name, ".rss") || ends_with_nocase(name, ".atom") ||
        ends_with_nocase(name, ".xml")) {
        return FileFormat::Feed;
    }
    if (!head.empty() && (head.front() == '{' || head.front() == '[')) {
        return head.front() == '{' && looks_like_json_lines(utf8) ? FileFormat::JsonLines : FileFormat::Json;
    }
    if (!head.empty() && head.front() == '<') {
        if (contains_nocase(head, "<rss") || contains_nocase(head, "<feed") || contains_nocase(head, "<rdf:rdf")) {
            return FileFormat::Feed;
        }
        if (starts_with_nocase(head, "<!doctype html") || contains_nocase(head, "<html") ||
            contains_nocase(head, "<body") || contains_nocase(head, "<article")) {
            return FileFormat::Html;
        }
    }
    if (head.substr(0, 2) == "# " || head.substr(0, 4) == "---\n") return FileFormat::Markdown;
    return FileFormat::Text;
}

namespace {

struct Unpacking {
    int depth = 0;                                 // 1 inside a tar
    size_t max_inflated = kMaxInflatedPerParse;
    size_t inflate_left = kMaxInflatedPerParse;    // shared by the whole call
    bool has_seen_bomb = false;  // then no further .gz is unpacked in this call
};

ParseResult parse_bytes(std::string_view file_name, std::string_view bytes, Unpacking& ctx);

std::string megabytes(size_t n) {
    return n < (size_t(1) << 20) ? std::to_string(n / 1024) + " KB" : std::to_string(n >> 20) + " MB";
}

// The bomb message says which cap stopped it and why that cap exists.
std::string bomb_message(size_t compressed, size_t limit, bool is_total_cap, size_t max_inflated) {
    const char kAdvice[] = ", which looks like a decompression bomb; unpack it yourself if it is genuine";
    if (is_total_cap) {
        return "not unpacked: the .gz files of this archive would decompress to more than " +
               megabytes(max_inflated) + " in all" + kAdvice;
    }
    if (limit >= kDefaultGunzipLimit) return "decompresses to more than " + megabytes(limit) + kAdvice;
    return "decompresses to more than " + megabytes(limit) + " from " + megabytes(compressed) + " (over " +
           std::to_string(kMaxGunzipRatio) + " times its size; news files shrink 2-8 times)" + kAdvice;
}

// Every regular file of a tar archive, parsed as if dropped on its own and
// named "archive.tar.gz/inner/path.txt". Hidden files and macOS "._" forks
// are skipped.
ParseResult parse_tar(std::string_view file_name, std::string_view bytes, Unpacking& ctx) {
    TarListing listing = list_tar(bytes);
    ParseResult all;
    for (const TarEntry& entry : listing.files) {
        std::string_view base = entry.name;
        size_t slash = base.rfind('/');
        if (slash != std::string_view::npos) base.remove_prefix(slash + 1);
        if (base.empty() || base[0] == '.') continue;
        // Tar names are raw bytes: keep the article's file name valid UTF-8,
        // with no escape sequences or bidi overrides to spoof what is shown.
        std::string repaired;
        repair_utf8(entry.name, repaired);
        std::string name = std::string(file_name) + "/" + escape_for_display(repaired);
        ++ctx.depth;
        ParseResult r = parse_bytes(name, entry.data, ctx);
        --ctx.depth;
        for (Article& a : r.articles) all.articles.push_back(std::move(a));
        for (ParseError& e : r.errors) all.errors.push_back(std::move(e));
        for (ParseError& w : r.warnings) all.warnings.push_back(std::move(w));
    }
    for (const std::string& link : listing.links) {
        std::string shown;
        repair_utf8(link, shown);
        all.warnings.push_back({std::string(file_name), 0,
                                "skipped the link " + escape_for_display(shown) +
                                    ": links inside an archive are never followed"});
    }
    if (!listing.error.empty()) all.errors.push_back({std::string(file_name), 0, listing.error});
    if (listing.files.empty() && listing.error.empty()) {
        all.errors.push_back({std::string(file_name), 0, "the tar archive holds no files"});
    }
    return all;
}

ParseResult parse_bytes(std::string_view file_name, std::string_view bytes, Unpacking& ctx) {
    if (bytes.empty()) return one_error(file_name, "the file is empty");

    GunzipResult unpacked;
    if (is_gzip(bytes)) {
        // A genuine archive holds no bomb: after one, the other .gz members
        // are refused unread, so 1,000 bombs in a tar cost what one does.
        if (ctx.has_seen_bomb) {
            return one_error(file_name,
                             "not unpacked: another .gz file in this archive was a decompression bomb");
        }
        size_t by_ratio = gunzip_limit(bytes.size());
        size_t limit = std::min(by_ratio, ctx.inflate_left);
        unpacked = gunzip(bytes, limit);
        if (unpacked.is_over_limit) {
            bool is_total_cap = limit < by_ratio;
            if (is_total_cap) {
                ctx.inflate_left = 0;  // the rest get the same message, without inflating
            } else {
                ctx.has_seen_bomb = true;
            }
            return one_error(file_name, bomb_message(bytes.size(), limit, is_total_cap, ctx.max_inflated));
        }
        if (!unpacked.ok()) return one_error(file_name, unpacked.error);
        ctx.inflate_left -= unpacked.bytes.size();
        bytes = unpacked.bytes;
        if (bytes.empty()) return one_error(file_name, "the .gz file holds an empty file");
        if (is_gzip(bytes)) return one_error(file_name, "the .gz file holds another .gz file; unpack it once first");
    }
    if (is_tar(bytes)) {
        // One level only: an archive inside an archive is more likely a bomb than a corpus.
        if (ctx.depth > 0) return one_error(file_name, "a tar archive inside a tar archive; unpack the outer one first");
        return parse_tar(file_name, bytes, ctx);
    }
    bool is_le = false;
    bool is_utf16 = (bytes.size() >= 2 && (bytes.compare(0, 2, "\xFF\xFE") == 0 ||
                                           bytes.compare(0, 2, "\xFE\xFF") == 0)) ||
                    looks_like_utf16_without_bom(bytes, is_le);
    if (const char* kind = binary_kind(bytes)) {
        return one_error(file_name, std::string("this is ") + kind + ", not a text or JSON article");
    }
    const char kBinary[] = "this is binary data, not a text or JSON article";
    if (!is_utf16 && looks_binary(bytes)) return one_error(file_name, kBinary);

    // Valid UTF-8 without BOM or CR is by far the common case: parse the
    // caller's bytes in place instead of copying them.
    DecodedText decoded;
    std::string_view utf8;
    bool is_plain = !is_utf16 && bytes.compare(0, 3, "\xEF\xBB\xBF") != 0 &&
                    bytes.find('\r') == std::string_view::npos && is_valid_utf8(bytes);
    if (is_plain) {
        utf8 = bytes;
    } else {
        decoded = decode_text(bytes);
        utf8 = decoded.utf8;
        // The unpacked bytes are not needed once decoded: free them before parsing.
        if (!unpacked.bytes.empty()) {
            std::string().swap(unpacked.bytes);
        }
    }
    // UTF-16 is checked once decoded: binary data with zeros in every other
    // byte passes the sniffing but not this.
    if (is_utf16 && looks_binary(utf8)) return one_error(file_name, kBinary);
    if (skip_space(utf8).empty()) return one_error(file_name, "the file has only blank lines");

    FileFormat format = detect_format(file_name, utf8);
    bool is_json_by_name = ends_with_nocase(strip_gz(file_name), ".json");
    ParseResult r = run_parser(format, is_json_by_name, file_name, utf8);
    bool is_record_file = format == FileFormat::Json || format == FileFormat::JsonLines || format == FileFormat::Feed;
    fill_missing_sources(r.articles, is_record_file);
    if (decoded.replaced > 0) {
        r.warnings.push_back({std::string(file_name), 0,
                              std::to_string(decoded.replaced) +
                                  " invalid byte(s) could not be decoded and show as \xEF\xBF\xBD"});
    } else if (decoded.encoding == SourceEncoding::Windows1252) {
        r.warnings.push_back({std::string(file_name), 0, "not UTF-8; read as Windows-1252"});
    }
    return r;
}

}  // namespace

ParseResult parse_file(std::string_view file_name, std::string_view bytes, size_t max_inflated) {
    Unpacking ctx;
    ctx.max_inflated = ctx.inflate_left = max_inflated;
    return parse_bytes(file_name, bytes, ctx);
}

}  // namespace broadsheet
