// Why real inputs: ImGui's InputText gets key events only, so an IME's
// composition, dead keys, the emoji picker and a phone's soft keyboard (which
// opens only for a real tap on a real focused input) never reach it, and it
// edits right-to-left text as left-to-right. The page's inputs do all that;
// ImGui keeps the layout slot and the frame.
#include "platform/web_text_inputs.h"

#include "platform/web_host.h"

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>  // the window list in display order, for occlusion

namespace broadsheet {
namespace {

// A window in front of the field's own root window (a popup, the help or
// errors window) covers it: the input, which sits above the whole canvas,
// must not show through. Tooltips are let through: they come and go with the
// pointer, and hiding a focused input would take the keyboard away.
bool is_covered(const TextFieldSlot& slot) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    ImRect field(slot.x, slot.y, slot.x + slot.width, slot.y + slot.height);
    bool is_in_front = false;
    for (const ImGuiWindow* w : g.Windows) {
        if (w->ID == slot.host_root_id) {
            is_in_front = true;
            continue;
        }
        if (!is_in_front || !w->Active || w->Hidden) continue;
        if (w->Flags & (ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_Tooltip)) continue;
        if (w->Rect().Overlaps(field)) return true;
    }
    return false;
}

}  // namespace

std::string& text_field_text(UiState& ui, TextField field) {
    switch (field) {
        case TextField::Search: return ui.search_text;
        case TextField::Find: return ui.find_text;
        case TextField::From: return ui.custom_from;
        case TextField::To: break;
    }
    return ui.custom_to;
}

bool is_dom_text_focused() {
    return EM_ASM_INT({
        const a = document.activeElement;
        return a && (a.isContentEditable || a.tagName === 'INPUT' || a.tagName === 'TEXTAREA' ||
                     a.tagName === 'SELECT') ? 1 : 0;
    }) != 0;
}

bool WebTextInputs::Shown::operator==(const Shown& o) const {
    return is_visible == o.is_visible && x == o.x && y == o.y && width == o.width && height == o.height &&
           clip_x0 == o.clip_x0 && clip_y0 == o.clip_y0 && clip_x1 == o.clip_x1 && clip_y1 == o.clip_y1 &&
           font_size == o.font_size && padding_x == o.padding_x;
}

void WebTextInputs::begin_frame(UiState& ui) {
    for (TextFieldSlot& slot : ui.text_fields) slot.is_shown = false;
}

bool WebTextInputs::publish(UiState& ui) {
    bool needs_frame = false;
    const ImGuiStyle& style = ImGui::GetStyle();
    unsigned int colors[3] = {ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_Text]),
                              ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_TextDisabled]),
                              ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_TextSelectedBg])};
    if (colors[0] != m_colors[0] || colors[1] != m_colors[1] || colors[2] != m_colors[2]) {
        for (int i = 0; i < 3; ++i) m_colors[i] = colors[i];
        EM_ASM({ if (Module.bsTextInputs) Module.bsTextInputs.setColors($0 >>> 0, $1 >>> 0, $2 >>> 0); },
               colors[0], colors[1], colors[2]);
    }
    for (int f = 0; f < kTextFieldCount; ++f) {
        TextFieldSlot& slot = ui.text_fields[f];
        bool is_occluded = slot.is_shown && is_covered(slot);
        if (is_occluded != slot.is_occluded) {
            slot.is_occluded = is_occluded;
            needs_frame = true;  // ImGui draws the text while the input is hidden
        }
        Shown& shown = m_shown[f];
        Shown want = shown;
        want.is_visible = slot.is_shown && !is_occluded;
        if (want.is_visible) {
            want.x = slot.x;
            want.y = slot.y;
            want.width = slot.width;
            want.height = slot.height;
            want.clip_x0 = slot.clip_x0;
            want.clip_y0 = slot.clip_y0;
            want.clip_x1 = slot.clip_x1;
            want.clip_y1 = slot.clip_y1;
            want.font_size = slot.font_size;
            want.padding_x = slot.padding_x;
        }
        if (!(want == shown)) {
            shown = want;
            EM_ASM({ if (Module.bsTextInputs) Module.bsTextInputs.place($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11); },
                   f, shown.is_visible ? 1 : 0, double{shown.x}, double{shown.y}, double{shown.width},
                   double{shown.height}, double{shown.clip_x0}, double{shown.clip_y0}, double{shown.clip_x1},
                   double{shown.clip_y1}, double{shown.font_size}, double{shown.padding_x});
        }
        // The app changed the text (a bridge search, a link, Esc, find opened
        // from a search): the input shows it. Text the input sent is already there,
        // and an IME composition in progress is never overwritten by its own past.
        const std::string& text = text_field_text(ui, static_cast<TextField>(f));
        if (text != shown.text) {
            shown.text = text;
            EM_ASM({ if (Module.bsTextInputs) Module.bsTextInputs.setText($0, UTF8ToString($1)); }, f, text.c_str());
        }
        if (slot.wants_focus) {
            slot.wants_focus = false;
            if (shown.is_visible) EM_ASM({ if (Module.bsTextInputs) Module.bsTextInputs.focus($0, true); }, f);
        }
    }
    return needs_frame;
}

void WebTextInputs::receive_text(UiState& ui, int field, std::string text) {
    if (field < 0 || field >= kTextFieldCount) return;
    m_shown[field].text = text;
    text_field_text(ui, static_cast<TextField>(field)) = std::move(text);
    ui.text_fields[field].is_edited = true;
    request_frames();
}

void WebTextInputs::receive_key(UiState& ui, int field, int key) {
    if (field < 0 || field >= kTextFieldCount) return;
    TextFieldSlot& slot = ui.text_fields[field];
    if (key == kEnter) ++slot.enter_presses;
    else if (key == kShiftEnter) --slot.enter_presses;
    else if (key == kEscape) slot.escape_pressed = true;
    request_frames();
}

void WebTextInputs::receive_focus(UiState& ui, int field, bool is_focused) {
    if (field < 0 || field >= kTextFieldCount) return;
    ui.text_fields[field].is_focused = is_focused;
    request_frames();
}

void WebTextInputs::focus_search_now() {
    EM_ASM({ if (Module.bsTextInputs) Module.bsTextInputs.focus(0, true); });
}

}  // namespace broadsheet
