// Keeps the page's stored imports (IndexedDB, web/bridge.js) and reading
// positions in step with the App's import records after each frame.
#pragma once

#include <string>

namespace broadsheet {

struct WebHost;

// Imports removed -> bsHost.forgetImport(id); records changed ->
// bsHost.saveImport(json); reading positions of removed articles are
// forgotten and saved at once.
void sync_import_storage(WebHost& host);

// {"id", "name", "when", "files", ..., "articlesNow", "summary"} for the bridge.
std::string import_json_for_bridge(const WebHost& host, unsigned id);

}  // namespace broadsheet
