// The page's real <input dir="auto"> elements (web/text-inputs.js) laid over
// the UI's text-field slots (TextFieldSlot in ui/ui_state.h). The browser
// edits the text, so IME composition, dead keys, the emoji picker, RTL,
// context-menu paste and phone keyboards work as on any web page.
//
// Per frame: begin_frame() before the UI draws, publish() after it renders;
// publish() only calls into the page when something it shows changed
// (position, visibility, colours, text the app changed, a focus request).
// From the page: the entry points in web_exports.cpp call the receive_*
// functions. Field numbers are TextField values (0 search, 1 find, 2 from, 3 to).
#pragma once

#include "ui/ui_state.h"

#include <string>

namespace broadsheet {

class WebTextInputs {
public:
    // Clears each slot's is_shown: a field the UI does not draw is hidden.
    void begin_frame(UiState& ui);
    // After ImGui::Render(): hides inputs under ImGui windows (popups, help),
    // then places, fills, colours and focuses the inputs as the slots say.
    // Returns true when the UI must draw again (an input was hidden or shown).
    bool publish(UiState& ui);

    // Committed text from input `field` (typing, a finished IME composition, paste).
    void receive_text(UiState& ui, int field, std::string text);
    // Keys the field's owner acts on: kEnter / kShiftEnter / kEscape.
    void receive_key(UiState& ui, int field, int key);
    void receive_focus(UiState& ui, int field, bool is_focused);

    // Gives the search input the keyboard now, its text selected ("/" typed on the canvas).
    void focus_search_now();

    static constexpr int kEnter = 1, kShiftEnter = 2, kEscape = 3;

private:
    // What the page shows for each field, to send only changes.
    struct Shown {
        bool is_visible = false;
        float x = 0, y = 0, width = 0, height = 0;
        float clip_x0 = 0, clip_y0 = 0, clip_x1 = 0, clip_y1 = 0;
        float font_size = 0, padding_x = 0;
        std::string text;  // the committed text the input holds (received or sent)
        bool operator==(const Shown& o) const;
    };
    Shown m_shown[kTextFieldCount];
    unsigned int m_colors[3] = {0, 0, 0};  // text, hint, selection (ImU32) as last sent
};

// The text of `field`: its string in UiState (search_text, find_text, custom_from, custom_to).
std::string& text_field_text(UiState& ui, TextField field);

// True when the browser's keyboard focus is in an editable element (our
// inputs or any other): its keys belong to it, not to ImGui.
bool is_dom_text_focused();

}  // namespace broadsheet
