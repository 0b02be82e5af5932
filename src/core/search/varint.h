// LEB128-style unsigned varints for postings: 7 bits per byte, high bit set
// on every byte but the last. Readers are bounds-checked so a corrupt
// serialized index cannot read past its buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace broadsheet::search {

inline void put_varint(std::vector<uint8_t>& out, uint64_t v) {
    if (v < 0x80) {   // most deltas and counts: one byte
        out.push_back(static_cast<uint8_t>(v));
        return;
    }
    uint8_t buf[10];
    size_t n = 0;
    while (v >= 0x80) {
        buf[n++] = static_cast<uint8_t>(v | 0x80);
        v >>= 7;
    }
    buf[n++] = static_cast<uint8_t>(v);
    out.insert(out.end(), buf, buf + n);
}

// Reads one varint at data[pos], advancing pos. On truncated or overlong
// input returns false and leaves v = 0.
inline bool get_varint(const uint8_t* data, size_t size, size_t& pos, uint64_t& v) {
    v = 0;
    for (unsigned shift = 0; shift < 64 && pos < size; shift += 7) {
        uint8_t b = data[pos++];
        v |= static_cast<uint64_t>(b & 0x7F) << shift;
        if (!(b & 0x80)) return true;
    }
    v = 0;
    return false;
}

// Unchecked fast path for postings the index wrote itself.
inline uint32_t read_varint32(const uint8_t*& p) {
    uint32_t v = *p & 0x7F;
    unsigned shift = 7;
    while (*p++ & 0x80) {
        v |= static_cast<uint32_t>(*p & 0x7F) << shift;
        shift += 7;
    }
    return v;
}

}  // namespace broadsheet::search
