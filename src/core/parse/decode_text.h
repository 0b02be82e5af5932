// Bytes of a text file -> UTF-8 with "\n" line ends, whatever the file was:
//   - a UTF-8 BOM is dropped; UTF-16 LE/BE with a BOM is converted
//     (an unpaired surrogate or an odd last byte becomes U+FFFD); so is
//     UTF-16 without a BOM when its zero bytes say so (mostly-Latin text:
//     a zero in every other byte, and never in the other half);
//   - valid UTF-8 passes through unchanged;
//   - otherwise, when the bytes read cleanly as Windows-1252 (no undefined
//     byte such as 0x81 and no valid UTF-8 multi-byte sequence that would
//     turn into mojibake), they are decoded as Windows-1252;
//   - otherwise each invalid byte becomes U+FFFD (counted, never dropped);
//   - CRLF and lone CR become LF.
// Not handled: UTF-16 without a BOM in scripts with few Latin characters,
// UTF-32, legacy CJK encodings (they come out as Windows-1252 or with U+FFFD).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace broadsheet {

enum class SourceEncoding { Utf8, Utf8Bom, Utf16Le, Utf16Be, Windows1252, Utf8WithReplacements };

struct DecodedText {
    std::string utf8;                 // valid UTF-8, "\n" line ends, no BOM
    SourceEncoding encoding = SourceEncoding::Utf8;
    size_t replaced = 0;              // bytes / code units that became U+FFFD
};

DecodedText decode_text(std::string_view bytes);

// True when `bytes` (no BOM) looks like UTF-16: even length, and in the first
// 4 KB at least a quarter of the code units have a zero high byte while no
// low byte is zero. Sets `is_little_endian`.
bool looks_like_utf16_without_bom(std::string_view bytes, bool& is_little_endian);

// True when `bytes` is entirely valid UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

// Replaces invalid UTF-8 sequences with U+FFFD; returns how many were replaced.
size_t repair_utf8(std::string_view bytes, std::string& out);

// A short name for messages: "UTF-16LE", "Windows-1252", ...
const char* encoding_name(SourceEncoding e);

}  // namespace broadsheet
