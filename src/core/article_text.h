// An article as plain text, for the clipboard: the title, the URL (when
// there is one), then each paragraph after a blank line. The reader's
// "Copy text" button and its accessible twin copy exactly this.
#pragma once

#include "core/article.h"

#include <string>

namespace broadsheet {

std::string article_as_text(const Article& a);

}  // namespace broadsheet
