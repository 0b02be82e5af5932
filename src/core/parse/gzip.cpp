#include "core/parse/gzip.h"

#include <zlib.h>

#include <algorithm>
#include <climits>
#include <cstdint>

namespace broadsheet {

bool is_gzip(std::string_view bytes) {
    return bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0x1F &&
           static_cast<unsigned char>(bytes[1]) == 0x8B && bytes[2] == 8;
}

size_t gunzip_limit(size_t compressed_size, size_t absolute_cap) {
    size_t by_ratio = compressed_size > SIZE_MAX / kMaxGunzipRatio ? SIZE_MAX : compressed_size * kMaxGunzipRatio;
    return std::min(absolute_cap, std::max(by_ratio, kGunzipRatioFloor));
}

GunzipResult gunzip(std::string_view gz, size_t max_output) {
    GunzipResult r;
    if (!is_gzip(gz)) {
        r.error = "not gzip data (the .gz file does not start with the gzip signature)";
        return r;
    }
    z_stream zs{};
    // 16 + MAX_WBITS: expect a gzip header and trailer (checks the CRC).
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) {
        r.error = "cannot start the gzip decoder (out of memory?)";
        return r;
    }
    // Guess 4x for text, grow geometrically; never past the limit + 1 byte,
    // which is how we learn that the limit was crossed.
    size_t guess = std::min(max_output + 1, std::max<size_t>(gz.size() * 4, 4096));
    // The trailer's ISIZE (size mod 2^32 of the last member) is exact for the
    // usual one-member file: reserving it avoids the 2x peak of regrowing.
    if (gz.size() >= 18) {
        const auto* t = reinterpret_cast<const unsigned char*>(gz.data() + gz.size() - 4);
        size_t isize = t[0] | (t[1] << 8) | (t[2] << 16) | (size_t(t[3]) << 24);
        // Deflate cannot expand more than 1032:1, so a larger claim is a lie
        // (a damaged or hostile trailer) and must not make us allocate it.
        bool is_plausible = isize >= gz.size() / 2 && isize / 1032 <= gz.size();
        if (is_plausible && isize <= max_output) guess = isize + 1;
    }
    r.bytes.resize(guess);
    size_t produced = 0;
    size_t consumed = 0;
    int status = Z_OK;
    while (true) {
        if (produced == r.bytes.size()) {
            if (r.bytes.size() > max_output) break;
            r.bytes.resize(std::min(max_output + 1, r.bytes.size() * 2));
        }
        size_t in_chunk = std::min<size_t>(gz.size() - consumed, UINT_MAX);
        size_t out_chunk = std::min<size_t>(r.bytes.size() - produced, UINT_MAX);
        zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data() + consumed));
        zs.avail_in = static_cast<uInt>(in_chunk);
        zs.next_out = reinterpret_cast<Bytef*>(&r.bytes[produced]);
        zs.avail_out = static_cast<uInt>(out_chunk);
        status = inflate(&zs, Z_NO_FLUSH);
        consumed += in_chunk - zs.avail_in;
        produced += out_chunk - zs.avail_out;
        if (status == Z_STREAM_END) {
            // Another member may follow (concatenated gzip); trailing zero
            // padding (some tape tools add it) is ignored.
            std::string_view rest = gz.substr(consumed);
            if (rest.size() >= 3 && is_gzip(rest)) {
                inflateReset(&zs);
                continue;
            }
            break;
        }
        if (status == Z_BUF_ERROR && consumed == gz.size() && zs.avail_out > 0) {
            status = Z_DATA_ERROR;  // input ended inside the stream
            break;
        }
        if (status != Z_OK && status != Z_BUF_ERROR) break;
    }
    const char* zmsg = zs.msg;
    inflateEnd(&zs);
    if (produced > max_output) {
        r.bytes.clear();
        r.bytes.shrink_to_fit();
        r.is_over_limit = true;
        r.error = "decompresses to more than " + std::to_string(max_output >> 20) +
                  " MB, which looks like a decompression bomb; unpack it yourself if it is genuine";
        return r;
    }
    if (status != Z_STREAM_END) {
        r.bytes.clear();
        if (consumed == gz.size() && (status == Z_OK || status == Z_BUF_ERROR || status == Z_DATA_ERROR) &&
            zmsg == nullptr) {
            r.error = "the gzip data is cut short (the download or copy may be incomplete)";
        } else {
            r.error = std::string("the gzip data is damaged") + (zmsg ? std::string(" (") + zmsg + ")" : "");
        }
        return r;
    }
    r.bytes.resize(produced);
    return r;
}

}  // namespace broadsheet
