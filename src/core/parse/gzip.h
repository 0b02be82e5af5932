// Transparent .gz support: gzip (RFC 1952) -> bytes, with zlib. Concatenated
// members (what `cat a.gz b.gz` and pigz give) are all read.
// Bad input gives an error sentence, never a crash. A decompression bomb is
// stopped while it streams, as soon as `max_output` bytes are passed (memory
// and time stay proportional to the limit, not to what the bomb claims).
// Not handled: zip, bzip2, xz, zstd, raw deflate, zlib-wrapped data.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace broadsheet {

// 1 GiB: far above any real corpus file a browser tab can hold in memory.
constexpr size_t kDefaultGunzipLimit = size_t(1) << 30;

// Ratio caps for untrusted .gz files (see gunzip_limit). Real news corpora
// compress 2-8x (measured: news-please JSON 2.2x, Reuters JSONL 3.0x, saved
// pages 5.5-7.7x); 50x leaves six times that headroom, while a bomb (deflate
// reaches 1032x) is stopped after reading 50x its size: a 1 MB bomb at 50 MB
// (~0.2 s) instead of 1 GB (14 s in the page).
constexpr size_t kMaxGunzipRatio = 50;
// Small files may be very repetitive and are cheap whatever their ratio.
constexpr size_t kGunzipRatioFloor = size_t(16) << 20;

// The most a `compressed_size`-byte .gz may inflate to: kMaxGunzipRatio times
// its size, at least kGunzipRatioFloor, never more than `absolute_cap`.
size_t gunzip_limit(size_t compressed_size, size_t absolute_cap = kDefaultGunzipLimit);

// True when `bytes` starts with the gzip magic (1F 8B 08).
bool is_gzip(std::string_view bytes);

struct GunzipResult {
    std::string bytes;   // the decompressed data (empty on error)
    std::string error;   // "" on success, else a sentence a person can act on
    bool is_over_limit = false;  // stopped because it inflated past max_output
    bool ok() const { return error.empty(); }
};

GunzipResult gunzip(std::string_view gz, size_t max_output = kDefaultGunzipLimit);

}  // namespace broadsheet
