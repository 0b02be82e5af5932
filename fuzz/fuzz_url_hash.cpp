// libFuzzer target over the URL-hash codec (app/url_state.h): a hash is
// typed, pasted or shared by anyone, and decoded at every start and every
// hashchange. Beyond "never crash", it checks the codec's promises:
//   - decoding is stable: a decoded state encodes to a hash that decodes to
//     the same state (so reloading a shared link never changes the view);
//   - percent_decode(percent_encode(s)) == s for any bytes.
#include "app/url_state.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view hash(reinterpret_cast<const char*>(data), size);
    broadsheet::ViewState state = broadsheet::decode_view_state(hash);
    std::string encoded = broadsheet::encode_view_state(state);
    if (broadsheet::decode_view_state(encoded) != state) __builtin_trap();
    if (broadsheet::encode_view_state(broadsheet::decode_view_state(encoded)) != encoded) __builtin_trap();
    if (broadsheet::percent_decode(broadsheet::percent_encode(hash)) != hash) __builtin_trap();
    (void)broadsheet::percent_decode(hash);
    return 0;
}
