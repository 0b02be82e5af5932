#include "core/search/stemmer.h"

#ifdef BROADSHEET_STEMMER_ENGLISH_ONLY
// Wasm: only the English stemmer, generated from Debian's snowball sources
// by cmake/deps/stemmer.cmake (libstemmer's module table is not generated).
extern "C" {
#include "runtime/api.h"
#include "stem_UTF_8_english.h"
}
#else
#include <libstemmer.h>
#endif

namespace broadsheet::search {

namespace {
constexpr size_t kMaxStemBytes = 64;
}

#ifdef BROADSHEET_STEMMER_ENGLISH_ONLY

Stemmer::Stemmer() : m_state(english_UTF_8_create_env()) {}
Stemmer::~Stemmer() {
    if (m_state) english_UTF_8_close_env(static_cast<SN_env*>(m_state));
}

std::string Stemmer::stem(std::string_view word) {
    auto* env = static_cast<SN_env*>(m_state);
    if (!env || word.empty() || word.size() > kMaxStemBytes) return std::string(word);
    if (SN_set_current(env, static_cast<int>(word.size()),
                       reinterpret_cast<const symbol*>(word.data())) != 0) {
        return std::string(word);
    }
    if (english_UTF_8_stem(env) < 0) return std::string(word);
    return std::string(reinterpret_cast<const char*>(env->p), static_cast<size_t>(env->l));
}

#else

Stemmer::Stemmer() : m_state(sb_stemmer_new("english", "UTF_8")) {}
Stemmer::~Stemmer() {
    if (m_state) sb_stemmer_delete(static_cast<sb_stemmer*>(m_state));
}

std::string Stemmer::stem(std::string_view word) {
    auto* st = static_cast<sb_stemmer*>(m_state);
    if (!st || word.empty() || word.size() > kMaxStemBytes) return std::string(word);
    const sb_symbol* out = sb_stemmer_stem(st, reinterpret_cast<const sb_symbol*>(word.data()),
                                           static_cast<int>(word.size()));
    if (!out) return std::string(word);
    return std::string(reinterpret_cast<const char*>(out),
                       static_cast<size_t>(sb_stemmer_length(st)));
}

#endif

}  // namespace broadsheet::search
