#include "app/url_state.h"

#include "core/civil_time.h"
#include "core/parse/date_parse.h"

#include <algorithm>


namespace broadsheet {
namespace {

std::optional<int64_t> text_to_day(std::string_view text) {
    auto ts = parse_date(text);
    if (!ts || ts->has_time) return std::nullopt;
    return day_from_epoch(ts->epoch_seconds);
}

const SortOrder kSorts[] = {SortOrder::Newest, SortOrder::Oldest, SortOrder::Relevance, SortOrder::Title,
                            SortOrder::Source};
const MarkFilter kMarks[] = {MarkFilter::All, MarkFilter::Unread, MarkFilter::Read, MarkFilter::Starred};

}  // namespace

const char* sort_order_name(SortOrder s) {
    switch (s) {
        case SortOrder::Newest: return "newest";
        case SortOrder::Oldest: return "oldest";
        case SortOrder::Relevance: return "relevance";
        case SortOrder::Title: return "title";
        case SortOrder::Source: return "source";
    }
    return "newest";
}

const char* mark_filter_name(MarkFilter m) {
    switch (m) {
        case MarkFilter::All: return "all";
        case MarkFilter::Unread: return "unread";
        case MarkFilter::Read: return "read";
        case MarkFilter::Starred: return "starred";
    }
    return "all";
}

std::string percent_encode(std::string_view text) {
    static const char* const kHex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                     c == '_' || c == '.' || c == '~' || c == ':';
        if (plain) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string percent_decode(std::string_view text) {
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
            out += static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2]));
            i += 2;
        } else if (text[i] == '+') {
            out += ' ';
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string encode_view_state(const ViewState& s) {
    std::string out;
    auto add = [&](const char* key, const std::string& value) {
        if (!out.empty()) out += '&';
        out += key;
        out += '=';
        out += value;
    };
    if (!s.query.empty()) add("q", percent_encode(s.query));
    if (!s.sources.empty()) {
        std::string joined;
        for (const std::string& src : s.sources) {
            if (!joined.empty()) joined += ',';
            joined += percent_encode(src);  // a comma inside a name is encoded, so ',' splits safely
        }
        add("src", joined);
    }
    if (s.days.first_day) add("from", format_day(*s.days.first_day));
    if (s.days.last_day) add("to", format_day(*s.days.last_day));
    if (s.marks != MarkFilter::All) add("show", mark_filter_name(s.marks));
    if (s.sort != SortOrder::Newest) add("sort", sort_order_name(s.sort));
    if (!s.open_key.empty()) add("a", percent_encode(s.open_key));
    return out;
}

std::string clip_utf8(std::string_view text, size_t max_chars, bool* was_clipped) {
    std::string out;
    out.reserve(std::min(text.size(), max_chars * 4));
    size_t chars = 0;
    size_t i = 0;
    while (i < text.size()) {
        if (chars == max_chars) {
            if (was_clipped) *was_clipped = true;
            break;
        }
        auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
        unsigned char c = byte(i);
        // The sequence length and the allowed range of the second byte
        // (rejects overlong forms, surrogates and code points past U+10FFFF).
        size_t length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (c < 0x80) length = 1;
        else if (c >= 0xC2 && c <= 0xDF) length = 2;
        else if (c == 0xE0) length = 3, low = 0xA0;
        else if (c == 0xED) length = 3, high = 0x9F;
        else if (c >= 0xE1 && c <= 0xEF) length = 3;
        else if (c == 0xF0) length = 4, low = 0x90;
        else if (c >= 0xF1 && c <= 0xF3) length = 4;
        else if (c == 0xF4) length = 4, high = 0x8F;
        bool is_valid = length > 0 && i + length <= text.size();
        for (size_t k = 1; is_valid && k < length; ++k) {
            unsigned char b = byte(i + k);
            is_valid = k == 1 ? (b >= low && b <= high) : (b >= 0x80 && b <= 0xBF);
        }
        if (is_valid) {
            out.append(text.substr(i, length));
            i += length;
        } else {
            out += "\xEF\xBF\xBD";  // U+FFFD for the one bad byte; decoding resumes at the next
            ++i;
        }
        ++chars;
    }
    return out;
}

ViewState decode_view_state(std::string_view hash, bool* was_clipped) {
    if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
    bool clipped = false;
    ViewState s;
    while (!hash.empty()) {
        size_t amp = hash.find('&');
        std::string_view part = hash.substr(0, amp);
        hash = amp == std::string_view::npos ? std::string_view() : hash.substr(amp + 1);
        size_t eq = part.find('=');
        if (eq == std::string_view::npos) continue;
        std::string_view key = part.substr(0, eq);
        std::string_view raw = part.substr(eq + 1);
        if (key == "q") {
            s.query = clip_utf8(percent_decode(raw), kMaxQueryChars, &clipped);
        } else if (key == "src") {
            while (!raw.empty()) {
                size_t comma = raw.find(',');
                std::string name = clip_utf8(percent_decode(raw.substr(0, comma)), kMaxQueryChars, &clipped);
                if (!name.empty() && s.sources.size() < kMaxHashSources) s.sources.insert(name);
                else if (!name.empty() && !s.sources.count(name)) clipped = true;
                raw = comma == std::string_view::npos ? std::string_view() : raw.substr(comma + 1);
            }
        } else if (key == "from") {
            s.days.first_day = text_to_day(raw);
        } else if (key == "to") {
            s.days.last_day = text_to_day(raw);
        } else if (key == "show") {
            for (MarkFilter m : kMarks) {
                if (raw == mark_filter_name(m)) s.marks = m;
            }
        } else if (key == "sort") {
            for (SortOrder o : kSorts) {
                if (raw == sort_order_name(o)) s.sort = o;
            }
        } else if (key == "a") {
            s.open_key = clip_utf8(percent_decode(raw), kMaxKeyChars, &clipped);
        }
    }
    if (was_clipped) *was_clipped = clipped;
    return s;
}

}  // namespace broadsheet
