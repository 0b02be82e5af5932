#include "platform/web_keys.h"

#include <cstring>

namespace broadsheet {
namespace {

struct KeyName {
    const char* code;
    ImGuiKey key;
};

const KeyName kNamedKeys[] = {
    {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End},
    {"Insert", ImGuiKey_Insert}, {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace},
    {"Space", ImGuiKey_Space}, {"Enter", ImGuiKey_Enter}, {"NumpadEnter", ImGuiKey_KeypadEnter},
    {"Escape", ImGuiKey_Escape}, {"Quote", ImGuiKey_Apostrophe}, {"Comma", ImGuiKey_Comma},
    {"Minus", ImGuiKey_Minus}, {"Period", ImGuiKey_Period}, {"Slash", ImGuiKey_Slash},
    {"Semicolon", ImGuiKey_Semicolon}, {"Equal", ImGuiKey_Equal}, {"BracketLeft", ImGuiKey_LeftBracket},
    {"Backslash", ImGuiKey_Backslash}, {"BracketRight", ImGuiKey_RightBracket},
    {"Backquote", ImGuiKey_GraveAccent}, {"ShiftLeft", ImGuiKey_LeftShift},
    {"ShiftRight", ImGuiKey_RightShift}, {"ControlLeft", ImGuiKey_LeftCtrl},
    {"ControlRight", ImGuiKey_RightCtrl}, {"AltLeft", ImGuiKey_LeftAlt}, {"AltRight", ImGuiKey_RightAlt},
    {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper},
    {"NumpadAdd", ImGuiKey_KeypadAdd}, {"NumpadSubtract", ImGuiKey_KeypadSubtract},
};

}  // namespace

ImGuiKey imgui_key_from_dom(const char* code, const char* key) {
    if (std::strncmp(code, "Key", 3) == 0 && code[3] >= 'A' && code[3] <= 'Z' && code[4] == '\0') {
        return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
    }
    if (std::strncmp(code, "Digit", 5) == 0 && code[5] >= '0' && code[5] <= '9' && code[6] == '\0') {
        return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
    }
    if (code[0] == 'F' && code[1] >= '1' && code[1] <= '9') {
        int n = code[1] - '0';
        if (code[2] >= '0' && code[2] <= '2' && code[3] == '\0') n = n * 10 + (code[2] - '0');
        else if (code[2] != '\0') n = 0;
        if (n >= 1 && n <= 12) return static_cast<ImGuiKey>(ImGuiKey_F1 + n - 1);
    }
    for (const KeyName& k : kNamedKeys) {
        if (std::strcmp(code, k.code) == 0) return k.key;
    }
    // Some virtual keyboards send an empty code; the key name still tells.
    for (const KeyName& k : kNamedKeys) {
        if (std::strcmp(key, k.code) == 0) return k.key;
    }
    return ImGuiKey_None;
}

bool is_printable_key(const char* key) {
    size_t len = std::strlen(key);
    if (len == 0 || len > 4) return false;
    unsigned char lead = static_cast<unsigned char>(key[0]);
    size_t expected = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    return expected == len && lead >= 0x20 && lead != 0x7F;
}

}  // namespace broadsheet
