#include "core/article_text.h"

namespace broadsheet {

std::string article_as_text(const Article& a) {
    std::string out = a.title + "\n";
    if (!a.url.empty()) out += a.url + "\n";
    for (const Paragraph& p : a.paragraphs) out += "\n" + p.text + "\n";
    return out;
}

}  // namespace broadsheet
