// Transparent .gz support: gzip (RFC 1952) -> bytes, with zlib. Concatenated
// members (what `cat a.gz b.gz` and pigz give) are all read.
// Bad input gives an error sentence, never a crash. A decompression bomb is
// stopped at `max_output` bytes with an error saying so.
// Not handled: zip, bzip2, xz, zstd, raw deflate, zlib-wrapped data.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace broadsheet {

// 1 GiB: far above any real corpus file a browser tab can hold in memory.
constexpr size_t kDefaultGunzipLimit = size_t(1) << 30;

// True when `bytes` starts with the gzip magic (1F 8B 08).
bool is_gzip(std::string_view bytes);

struct GunzipResult {
    std::string bytes;   // the decompressed data (empty on error)
    std::string error;   // "" on success, else a sentence a person can act on
    bool ok() const { return error.empty(); }
};

GunzipResult gunzip(std::string_view gz, size_t max_output = kDefaultGunzipLimit);

}  // namespace broadsheet
