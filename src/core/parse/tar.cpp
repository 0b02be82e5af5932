#include "core/parse/tar.h"

#include <cstdint>

namespace broadsheet {
namespace {

constexpr size_t kBlock = 512;

std::string_view field(std::string_view header, size_t offset, size_t length) {
    std::string_view f = header.substr(offset, length);
    size_t nul = f.find('\0');
    return nul == std::string_view::npos ? f : f.substr(0, nul);
}

// Octal numbers padded with spaces or NULs; GNU's base-256 form (high bit
// set) for large sizes. false when the field is not a number.
bool parse_number(std::string_view f, uint64_t& out) {
    out = 0;
    if (!f.empty() && (static_cast<unsigned char>(f[0]) & 0x80)) {
        for (size_t i = 1; i < f.size(); ++i) {
            if (out >> 55) return false;
            out = (out << 8) | static_cast<unsigned char>(f[i]);
        }
        return true;
    }
    bool any = false;
    for (char c : f) {
        if (c == ' ' || c == '\0') {
            if (any) break;
            continue;
        }
        if (c < '0' || c > '7') return false;
        if (out >> 60) return false;
        out = out * 8 + static_cast<uint64_t>(c - '0');
        any = true;
    }
    return any;
}

bool checksum_ok(std::string_view header) {
    uint64_t stored = 0;
    if (!parse_number(header.substr(148, 8), stored)) return false;
    uint64_t sum = 0;
    for (size_t i = 0; i < kBlock; ++i) {
        sum += (i >= 148 && i < 156) ? ' ' : static_cast<unsigned char>(header[i]);
    }
    return sum == stored;
}

bool is_zero_block(std::string_view header) {
    for (char c : header) {
        if (c != '\0') return false;
    }
    return true;
}

// "path=..." from a pax extended header's "len key=value\n" records.
std::string pax_path(std::string_view data) {
    std::string path;
    while (!data.empty()) {
        size_t space = data.find(' ');
        if (space == std::string_view::npos) break;
        uint64_t len = 0;
        for (size_t i = 0; i < space; ++i) {
            char c = data[i];
            if (c < '0' || c > '9' || len > data.size()) return path;
            len = len * 10 + static_cast<uint64_t>(c - '0');
        }
        if (len <= space + 1 || len > data.size()) break;
        std::string_view record = data.substr(space + 1, len - space - 1);
        if (!record.empty() && record.back() == '\n') record.remove_suffix(1);
        if (record.substr(0, 5) == "path=") path = std::string(record.substr(5));
        data.remove_prefix(len);
    }
    return path;
}

}  // namespace

std::string relative_member_name(std::string_view raw) {
    std::string out;
    while (!raw.empty()) {
        size_t slash = raw.find('/');
        std::string_view part = raw.substr(0, slash);
        raw.remove_prefix(slash == std::string_view::npos ? raw.size() : slash + 1);
        // ".." is dropped, not resolved: an archive never names anything outside itself.
        if (part.empty() || part == "." || part == "..") continue;
        if (!out.empty()) out += '/';
        out += part;
    }
    return out;
}

bool is_tar(std::string_view bytes) {
    return bytes.size() >= kBlock && bytes.compare(257, 5, "ustar") == 0;
}

TarListing list_tar(std::string_view bytes) {
    TarListing out;
    std::string long_name;
    size_t pos = 0;
    while (pos + kBlock <= bytes.size()) {
        std::string_view header = bytes.substr(pos, kBlock);
        if (is_zero_block(header)) break;  // end of archive
        if (!checksum_ok(header)) {
            out.error = "the tar archive is damaged at byte " + std::to_string(pos) + " (bad header checksum)";
            return out;
        }
        uint64_t size = 0;
        if (!parse_number(header.substr(124, 12), size) || size > bytes.size() - pos - kBlock) {
            out.error = "the tar archive is cut short (an entry is larger than what is left)";
            return out;
        }
        std::string_view data = bytes.substr(pos + kBlock, static_cast<size_t>(size));
        char type = header[156];
        std::string name;
        if (!long_name.empty()) {
            name = std::move(long_name);
            long_name.clear();
        } else {
            std::string_view prefix = field(header, 345, 155);
            name = prefix.empty() ? std::string(field(header, 0, 100))
                                  : std::string(prefix) + "/" + std::string(field(header, 0, 100));
        }
        if (type == 'L') {
            long_name = std::string(field(data, 0, data.size()));
        } else if (type == 'x') {
            long_name = pax_path(data);
        } else if (type == '0' || type == '\0' || type == '7') {
            out.files.push_back({relative_member_name(name), data});
        } else if (type == '1' || type == '2') {
            out.links.push_back(relative_member_name(name) + " -> " + std::string(field(header, 157, 100)));
        }
        pos += kBlock + static_cast<size_t>((size + kBlock - 1) / kBlock * kBlock);
    }
    // Ended without the zero block and with a partial block (or the last
    // entry's padding) missing: the copy stopped early.
    if (pos != bytes.size() && pos + kBlock > bytes.size()) {
        out.error = "the tar archive is cut short (the download or copy may be incomplete)";
    }
    return out;
}

}  // namespace broadsheet
