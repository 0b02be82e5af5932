#include "app/excerpt.h"

namespace broadsheet {

std::string make_excerpt(const Article& article, size_t max_bytes) {
    const std::string* text = nullptr;
    for (const Paragraph& p : article.paragraphs) {
        if (!p.is_heading && !p.text.empty()) {
            text = &p.text;
            break;
        }
    }
    if (!text) return article.description;
    if (text->size() <= max_bytes) return *text;
    size_t cut = text->rfind(' ', max_bytes);
    if (cut == std::string::npos || cut < max_bytes / 2) {
        cut = max_bytes;
        // Never split a UTF-8 sequence.
        while (cut > 0 && (static_cast<unsigned char>((*text)[cut]) & 0xC0) == 0x80) --cut;
    }
    return text->substr(0, cut) + "\xE2\x80\xA6";
}

}  // namespace broadsheet
