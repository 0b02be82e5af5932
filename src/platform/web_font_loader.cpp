// The browser glyph source: an ImFontLoader whose glyphs come from Canvas2D
// (web/glyphs.js). ImGui asks the TTF source first and this one only for
// what the TTF lacks, one code point at a time, the first time a (size,
// density) needs it; the glyph then lives in the atlas like any other.
//
// ImFontLoader is ImGui's internal interface (imgui_internal.h) and changed
// shape in 1.92.x: this file is written against 1.92.2b, which the static
// assert pins. A newer ImGui needs this file checked, then the pin moved.
#include "platform/web_font_loader.h"

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cstdint>
#include <cstring>
#include <vector>

static_assert(IMGUI_VERSION_NUM == 19222, "web_font_loader.cpp is written against Dear ImGui 1.92.2b's ImFontLoader");
static_assert(sizeof(ImWchar) == 4, "define IMGUI_USE_WCHAR32: emoji and CJK Ext-B lie above U+FFFF");

// What glyphs.js reports for one glyph, in device pixels: the pen advance,
// the bitmap's top-left relative to the pen on the baseline, its size, and
// whether it is a colour glyph (emoji) that must not be tinted.
struct BrowserGlyphMetrics {
    float advance, x0, y0, w, h, colored;
};

// clang-format off
EM_JS(int, bs_js_glyph_metrics, (unsigned codepoint, float em_px, float* out), {
    const g = window.broadsheetGlyphs && window.broadsheetGlyphs.glyph(codepoint, em_px);
    if (!g) return 0;
    const at = out >> 2;
    HEAPF32[at] = g.advance; HEAPF32[at + 1] = g.x0; HEAPF32[at + 2] = g.y0;
    HEAPF32[at + 3] = g.w; HEAPF32[at + 4] = g.h; HEAPF32[at + 5] = g.colored ? 1 : 0;
    return 1;
});
EM_JS(void, bs_js_glyph_pixels, (unsigned codepoint, float em_px, unsigned char* dst), {
    window.broadsheetGlyphs.takePixels(codepoint, em_px, HEAPU8, dst);
});
EM_JS(void, bs_js_glyph_prewarm, (const unsigned* codepoints, int count, float em_px), {
    if (window.broadsheetGlyphs) window.broadsheetGlyphs.prewarm(HEAPU32.subarray(codepoints >> 2, (codepoints >> 2) + count), em_px);
});
// clang-format on

namespace broadsheet {
namespace {

// Per source: how CSS font-size (the em) relates to ImGui's size, which is
// the TTF's ascent-to-descent height (stb_truetype's ScaleForPixelHeight).
// Using the TTF's own ratio makes browser glyphs the same size as its.
struct SourceData {
    float em_per_size = 1.0f;
};

uint16_t read_u16(const unsigned char* p) { return static_cast<uint16_t>(p[0] << 8 | p[1]); }
uint32_t read_u32(const unsigned char* p) {
    return static_cast<uint32_t>(p[0]) << 24 | static_cast<uint32_t>(p[1]) << 16 | static_cast<uint32_t>(p[2]) << 8 | p[3];
}

// unitsPerEm / (hhea ascender - descender) of a TTF; 1 when the tables are
// missing or odd (a close enough guess for any sans).
float em_per_pixel_height(const unsigned char* ttf, int size) {
    if (!ttf || size < 12) return 1.0f;
    int tables = read_u16(ttf + 4);
    const unsigned char* head = nullptr;
    const unsigned char* hhea = nullptr;
    for (int i = 0; i < tables && 12 + (i + 1) * 16 <= size; ++i) {
        const unsigned char* rec = ttf + 12 + i * 16;
        uint32_t offset = read_u32(rec + 8);
        if (offset + 54 > static_cast<uint32_t>(size)) continue;
        if (std::memcmp(rec, "head", 4) == 0) head = ttf + offset;
        if (std::memcmp(rec, "hhea", 4) == 0) hhea = ttf + offset;
    }
    if (!head || !hhea) return 1.0f;
    float units_per_em = read_u16(head + 18);
    float height = static_cast<float>(static_cast<int16_t>(read_u16(hhea + 4))) -
                   static_cast<float>(static_cast<int16_t>(read_u16(hhea + 6)));
    if (units_per_em <= 0 || height <= 0) return 1.0f;
    return units_per_em / height;
}

// C0/C1 controls, surrogates and non-characters have no glyph anywhere:
// ImGui's fallback glyph is the honest answer for them.
bool is_drawable(ImWchar c) {
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return false;
    if (c >= 0xD800 && c < 0xE000) return false;
    if ((c & 0xFFFE) == 0xFFFE || c > 0x10FFFF) return false;
    return true;
}

// Whether `src` leaves `c` to the next source (ImFontConfig::GlyphExcludeRanges).
bool is_excluded(const ImFontConfig* src, unsigned c) {
    for (const ImWchar* r = src->GlyphExcludeRanges; r && r[0]; r += 2) {
        if (c >= r[0] && c <= r[1]) return true;
    }
    return false;
}

bool src_init(ImFontAtlas*, ImFontConfig* src) {
    auto* data = IM_NEW(SourceData)();
    const ImFontConfig* primary = src->DstFont->Sources[0];
    data->em_per_size = em_per_pixel_height(static_cast<const unsigned char*>(primary->FontData), primary->FontDataSize);
    src->FontLoaderData = data;
    return true;
}

void src_destroy(ImFontAtlas*, ImFontConfig* src) {
    IM_DELETE(static_cast<SourceData*>(src->FontLoaderData));
    src->FontLoaderData = nullptr;
}

bool contains_glyph(ImFontAtlas*, ImFontConfig*, ImWchar c) { return is_drawable(c); }

float em_px_for(const ImFontConfig* src, const ImFontBaked* baked) {
    const auto* data = static_cast<const SourceData*>(src->FontLoaderData);
    return baked->Size * baked->RasterizerDensity * src->RasterizerDensity * data->em_per_size;
}

bool load_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar c, ImFontGlyph* out_glyph,
                float* out_advance_x) {
    if (!is_drawable(c)) return false;
    const float density = baked->RasterizerDensity * src->RasterizerDensity;
    const float em_px = em_px_for(src, baked);
    BrowserGlyphMetrics m{};
    if (!bs_js_glyph_metrics(c, em_px, &m.advance)) return false;
    const float to_css = 1.0f / density;
    if (out_advance_x) {  // ImGui only wants the advance (very large sizes)
        *out_advance_x = m.advance * to_css;
        return true;
    }
    out_glyph->Codepoint = c;
    out_glyph->AdvanceX = m.advance * to_css;
    const int w = static_cast<int>(m.w), h = static_cast<int>(m.h);
    if (w <= 0 || h <= 0) return true;  // a space: advance only

    ImFontAtlasRectId pack_id = ImFontAtlasPackAddRect(atlas, w, h);
    if (pack_id == ImFontAtlasRectId_Invalid) return false;  // atlas at its maximum size
    ImTextureRect* r = ImFontAtlasPackGetRect(atlas, pack_id);
    ImVector<unsigned char>& pixels = atlas->Builder->TempBuffer;
    pixels.resize(w * h * 4);
    bs_js_glyph_pixels(c, em_px, pixels.Data);

    // The pen sits on the baseline, which ImGui puts at the TTF's rounded
    // ascent below the line top. Offsets are whole device pixels, so the
    // bitmap lands on device pixels and stays crisp.
    const float baseline = IM_ROUND(baked->Ascent);
    out_glyph->X0 = m.x0 * to_css;
    out_glyph->Y0 = m.y0 * to_css + baseline;
    out_glyph->X1 = (m.x0 + static_cast<float>(r->w)) * to_css;
    out_glyph->Y1 = (m.y0 + static_cast<float>(r->h)) * to_css + baseline;
    out_glyph->Visible = true;
    out_glyph->Colored = m.colored != 0.0f;
    out_glyph->PackId = pack_id;
    ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out_glyph, r, pixels.Data, ImTextureFormat_RGBA32, w * 4);
    return true;
}

const ImFontLoader* browser_font_loader() {
    static ImFontLoader loader;
    loader.Name = "broadsheet_canvas2d";
    loader.FontSrcInit = src_init;
    loader.FontSrcDestroy = src_destroy;
    loader.FontSrcContainsGlyph = contains_glyph;
    loader.FontBakedLoadGlyph = load_glyph;
    return &loader;
}

// Decodes UTF-8 leniently (a bad byte is skipped): only code points matter here.
void append_code_points(std::string_view text, std::vector<unsigned>& out) {
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        unsigned c = 0;
        int n = ImTextCharFromUtf8(&c, p, end);
        p += n > 0 ? n : 1;
        if (c >= 0x80) out.push_back(c);
    }
}

}  // namespace

const ImWchar* emoji_presentation_ranges() {
    // Unicode 15's Emoji_Presentation=Yes below U+1F000 (emoji-data.txt),
    // neighbours merged to stay within ImGui's 64-value limit (the few text
    // symbols swept in are drawn by the browser too); from U+1F000 up, all.
    static const ImWchar kRanges[] = {
        0x231A, 0x231B, 0x23E9, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653,
        0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE,
        0x26C4, 0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26FD, 0x2705, 0x2705,
        0x270A, 0x270B, 0x2728, 0x2728, 0x274C, 0x274E, 0x2753, 0x2757, 0x2795, 0x2797,
        0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
        0x1F000, 0x1FAFF, 0,
    };
    static_assert(sizeof(kRanges) / sizeof(kRanges[0]) - 1 <= 64, "ImGui copies at most 64 exclude values");
    return kRanges;
}

float em_per_pixel_height(const ImFont* font) {
    if (!font || font->Sources.Size == 0) return 1.0f;
    const ImFontConfig* ttf = font->Sources[0];
    return em_per_pixel_height(static_cast<const unsigned char*>(ttf->FontData), ttf->FontDataSize);
}

void add_browser_glyph_source(ImFontAtlas* atlas, ImFont* font) {
    ImFontConfig cfg;
    cfg.MergeMode = true;
    cfg.DstFont = font;
    cfg.FontLoader = browser_font_loader();
    cfg.FontDataOwnedByAtlas = true;  // no bytes: nothing for the atlas to copy
    ImFormatString(cfg.Name, IM_ARRAYSIZE(cfg.Name), "browser glyphs");
    atlas->AddFont(&cfg);
}

void prewarm_browser_glyphs(ImFont* font, float size, float density, std::string_view text) {
    if (!font || font->Sources.Size < 2 || font->ContainerAtlas->Locked) return;
    std::vector<unsigned> code_points;
    append_code_points(text, code_points);
    if (code_points.empty()) return;
    ImFontBaked* baked = font->GetFontBaked(size, density);
    ImFontAtlas* atlas = font->ContainerAtlas;
    ImFontConfig* ttf = font->Sources[0];
    const ImFontLoader* ttf_loader = ttf->FontLoader ? ttf->FontLoader : atlas->FontLoader;
    ImFontConfig* browser = nullptr;
    for (ImFontConfig* src : font->Sources) {
        if (src->FontLoader == browser_font_loader()) browser = src;
    }
    if (!browser) return;
    // Keep what neither the TTF nor the atlas already has, once each.
    std::vector<unsigned> missing;
    ImGuiStorage seen;
    for (unsigned c : code_points) {
        if (seen.GetBool(c)) continue;
        seen.SetBool(c, true);
        if (!is_drawable(static_cast<ImWchar>(c)) || baked->IsGlyphLoaded(static_cast<ImWchar>(c))) continue;
        if (!is_excluded(ttf, c) && ttf_loader->FontSrcContainsGlyph &&
            ttf_loader->FontSrcContainsGlyph(atlas, ttf, static_cast<ImWchar>(c))) {
            continue;
        }
        missing.push_back(c);
    }
    if (missing.empty()) return;
    bs_js_glyph_prewarm(missing.data(), static_cast<int>(missing.size()), em_px_for(browser, baked));
    // Each lookup now finds its pixels ready in glyphs.js.
    for (unsigned c : missing) baked->FindGlyph(static_cast<ImWchar>(c));
}

}  // namespace broadsheet
