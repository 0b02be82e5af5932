// English Snowball stemmer ("Porter 2"), a thin owner of the C stemmer state.
// Not thread-safe: one Stemmer per thread (the index owns one).
#pragma once

#include <string>
#include <string_view>

namespace broadsheet::search {

class Stemmer {
public:
    Stemmer();
    ~Stemmer();
    Stemmer(const Stemmer&) = delete;
    Stemmer& operator=(const Stemmer&) = delete;

    // The stem of a lower-case UTF-8 word ("running" -> "run"). Returns the
    // word unchanged when the stemmer could not be created or the word is
    // longer than 64 bytes (URLs, hashes: stemming them is pointless).
    std::string stem(std::string_view word);

private:
    void* m_state = nullptr;  // sb_stemmer* natively, SN_env* in wasm
};

}  // namespace broadsheet::search
