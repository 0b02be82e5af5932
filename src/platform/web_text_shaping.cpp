// The shaped-text services of WebUiHost over web/shaping.js: paragraph
// layout (Intl.Segmenter + canvas measureText) and line images (canvas
// fillText uploaded into a WebGL texture, drawn by ImGui as an image).
// Images are cached by (text, size, ascent, colour, direction, device pixel
// ratio) and created only for lines that are drawn, so scrolling pays for a
// line once; least recently used images go past kCacheBytes.
#include "platform/web_host.h"

#include <emscripten.h>
#include <imgui.h>

#include <GLES3/gl3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace broadsheet {
namespace {

constexpr size_t kCacheBytes = 48u << 20;   // RGBA texture memory for line images
constexpr int kKeepFrames = 2;              // never evict what the last frames drew

uint64_t fnv1a(std::string_view text, uint64_t h = 1469598103934665603ull) {
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
    return h;
}

uint64_t mix(uint64_t h, uint64_t v) { return (h ^ v) * 1099511628211ull + (h >> 29); }

uint32_t float_bits(float f) {
    uint32_t u;
    std::memcpy(&u, &f, sizeof u);
    return u;
}

float device_pixel_ratio() {
    float dpr = ImGui::GetIO().DisplayFramebufferScale.x;
    return dpr > 0 ? dpr : 1.0f;
}

}  // namespace

int WebUiHost::shaping_generation() {
    // One call into JS per frame at most: the value only changes when a font loads.
    int frame = ImGui::GetFrameCount();
    if (frame != m_generation_frame) {
        m_generation_frame = frame;
        int g = EM_ASM_INT({ return window.broadsheetShaping ? broadsheetShaping.generation() : 0; });
        if (g != m_generation) {
            if (m_generation < 0) {
                EM_ASM({ if (window.broadsheetShaping) broadsheetShaping.attach(function () { Module._bs_request_frames(); }); });
            }
            clear_lines();
            m_generation = g;
        }
    }
    return m_generation;
}

std::vector<UiHost::ShapedLine> WebUiHost::layout_shaped_paragraph(std::string_view text, std::string_view language,
                                                                   float px, float width) {
    std::vector<ShapedLine> lines;
    if (text.empty()) return lines;
    std::string text_z(text), language_z(language);
    // A line holds at least one code point, so bytes + 1 bounds the count.
    std::vector<uint32_t> out(3 * (text.size() + 1));
    int n = EM_ASM_INT({
        if (!window.broadsheetShaping) return -1;
        return broadsheetShaping.layoutInto(HEAPU32, $0 >> 2, $1, UTF8ToString($2, $3), UTF8ToString($4), $5, $6);
    }, out.data(), static_cast<int>(text.size() + 1), text_z.c_str(), static_cast<int>(text_z.size()),
       language_z.c_str(), px, width);
    for (int i = 0; i < n; ++i) {
        uint32_t begin = out[3 * i], end = out[3 * i + 1];
        if (begin > text.size() || end > text.size() || end < begin) break;
        lines.push_back({begin, end, static_cast<float>(out[3 * i + 2]) / 64.0f});
    }
    return lines;
}

float WebUiHost::measure_shaped_text(std::string_view text, float px) {
    if (text.empty()) return 0.0f;
    std::string text_z(text);
    return static_cast<float>(EM_ASM_DOUBLE({
        return window.broadsheetShaping ? broadsheetShaping.measure(UTF8ToString($0, $1), $2) : 0;
    }, text_z.c_str(), static_cast<int>(text_z.size()), px));
}

bool WebUiHost::shaped_line_image(std::string_view text, float px, float ascent, uint32_t colour, bool is_rtl,
                                  ShapedImage& out) {
    shaping_generation();  // a font change clears the cache first
    float dpr = device_pixel_ratio();
    int frame = ImGui::GetFrameCount();
    uint64_t key = mix(mix(mix(mix(mix(fnv1a(text), float_bits(px)), float_bits(ascent)), colour), float_bits(dpr)),
                       is_rtl ? 1 : 0);
    auto it = m_lines.find(key);
    if (it != m_lines.end()) {
        CachedLine& c = it->second;
        if (c.text == text && c.px == px && c.ascent == ascent && c.colour == colour && c.dpr == dpr &&
            c.is_rtl == is_rtl) {
            c.last_used_frame = frame;
            out = c.image;
            return true;
        }
        // A hash collision: the newcomer takes the slot.
        GLuint old = static_cast<GLuint>(c.image.texture);
        glDeleteTextures(1, &old);
        m_line_bytes -= c.bytes;
        m_lines.erase(it);
    }

    GLuint texture = 0;
    glGenTextures(1, &texture);
    if (texture == 0) return false;
    float metrics[5] = {0, 0, 0, 0, 0};
    ImVec4 rgba = ImGui::ColorConvertU32ToFloat4(colour);
    char css[64];
    std::snprintf(css, sizeof css, "rgba(%d,%d,%d,%.3f)", static_cast<int>(rgba.x * 255.0f + 0.5f),
                  static_cast<int>(rgba.y * 255.0f + 0.5f), static_cast<int>(rgba.z * 255.0f + 0.5f), rgba.w);
    std::string text_z(text);
    int ok = EM_ASM_INT({
        if (!window.broadsheetShaping) return 0;
        broadsheetShaping.renderLine(GLctx, GL.textures[$0], UTF8ToString($1, $2), $3, $4, $5 !== 0, UTF8ToString($6),
                                     $7, HEAPF32, $8 >> 2);
        return 1;
    }, texture, text_z.c_str(), static_cast<int>(text_z.size()), px, ascent, is_rtl ? 1 : 0, css, dpr, metrics);
    if (!ok) {
        glDeleteTextures(1, &texture);
        return false;
    }
    ShapedImage image;
    image.texture = static_cast<uint64_t>(texture);
    image.text_width = metrics[0];
    image.w = metrics[1];
    image.h = metrics[2];
    image.x = metrics[3];
    image.y = metrics[4];
    size_t bytes = static_cast<size_t>(std::lround(image.w * dpr) * std::lround(image.h * dpr) * 4);
    m_lines[key] = CachedLine{std::move(text_z), px, ascent, dpr, colour, is_rtl, image, bytes, frame};
    m_line_bytes += bytes;
    if (m_line_bytes > kCacheBytes) evict_lines(frame);
    out = image;
    return true;
}

void WebUiHost::evict_lines(int frame) {
    // Oldest first, down to three quarters of the cap; what was just drawn stays.
    std::vector<std::pair<int, uint64_t>> by_age;
    by_age.reserve(m_lines.size());
    for (const auto& [key, line] : m_lines) by_age.push_back({line.last_used_frame, key});
    std::sort(by_age.begin(), by_age.end());
    for (const auto& [used, key] : by_age) {
        if (m_line_bytes <= kCacheBytes / 4 * 3 || used >= frame - kKeepFrames) break;
        auto it = m_lines.find(key);
        GLuint texture = static_cast<GLuint>(it->second.image.texture);
        glDeleteTextures(1, &texture);
        m_line_bytes -= it->second.bytes;
        m_lines.erase(it);
    }
}

void WebUiHost::clear_lines() {
    for (auto& [key, line] : m_lines) {
        GLuint texture = static_cast<GLuint>(line.image.texture);
        glDeleteTextures(1, &texture);
    }
    m_lines.clear();
    m_line_bytes = 0;
}

}  // namespace broadsheet
