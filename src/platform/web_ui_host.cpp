// UiHost over the page: each service is one call into web/bridge.js, where
// the browser APIs (clipboard, window.open, file input, downloads,
// IndexedDB) live.
#include "app/export_listed.h"
#include "core/parse/url.h"
#include "platform/web_host.h"

#include <emscripten.h>

namespace broadsheet {

void WebUiHost::copy_text(const std::string& text) {
    EM_ASM({ Module.bsHost.copyText(UTF8ToString($0)); }, text.c_str());
}

void WebUiHost::open_url(const std::string& url) {
    // Only web links leave the page: never javascript:, data: or file: URLs,
    // nor one with a NUL (c_str() would open a shorter URL) or a bidi
    // override. The scheme is case-insensitive: "HTTPS://" opens.
    if (!is_web_url(url)) return;
    EM_ASM({ Module.bsHost.openUrl(UTF8ToString($0)); }, url.c_str());
}

void WebUiHost::pick_files() {
    EM_ASM({ Module.bsHost.pickFiles(); });
}

void WebUiHost::export_listed(const App& app) {
    ExportFile file = broadsheet::export_listed(app);
    EM_ASM({ Module.bsHost.download(UTF8ToString($0), $1, $2); }, file.name.c_str(), file.bytes.data(),
           file.bytes.size());
}

// The App removes the articles and marks (a command the confirmation pushed);
// this clears what the page stored, files kept by older versions included.
void WebUiHost::remove_imported() {
    EM_ASM({ Module.bsHost.removeImported(); });
}

}  // namespace broadsheet
