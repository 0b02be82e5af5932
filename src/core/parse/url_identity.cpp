#include "core/parse/url_identity.h"

namespace broadsheet {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_nocase(std::string_view s, std::string_view lower_word) {
    if (s.size() != lower_word.size()) return false;
    for (size_t i = 0; i < s.size(); ++i) {
        if (lower(s[i]) != lower_word[i]) return false;
    }
    return true;
}

bool starts_with_nocase(std::string_view s, std::string_view lower_prefix) {
    return s.size() >= lower_prefix.size() && equals_nocase(s.substr(0, lower_prefix.size()), lower_prefix);
}

std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = lower(c);
    return out;
}

}  // namespace

bool is_tracking_parameter(std::string_view name) {
    // Added by newsletters, ad networks and social sites to say where a click
    // came from; they never change which article the page is.
    static const std::string_view kNames[] = {"fbclid", "gclid", "dclid",  "msclkid", "yclid",
                                              "igshid", "mc_cid", "mc_eid", "_hsenc", "_hsmi"};
    if (starts_with_nocase(name, "utm_")) return true;
    for (std::string_view n : kNames) {
        if (equals_nocase(name, n)) return true;
    }
    return false;
}

std::string normalize_url_identity(std::string_view url) {
    size_t scheme_end = url.find("://");
    if (scheme_end == std::string_view::npos) return std::string(url);
    std::string scheme = lowered(url.substr(0, scheme_end));
    if (scheme != "http" && scheme != "https") return std::string(url);

    std::string_view rest = url.substr(scheme_end + 3);
    size_t fragment = rest.find('#');
    if (fragment != std::string_view::npos) rest = rest.substr(0, fragment);
    size_t authority_end = rest.find_first_of("/?");
    std::string_view authority = rest.substr(0, authority_end);
    std::string_view path, query;
    bool has_query = false;
    if (authority_end != std::string_view::npos) {
        std::string_view tail = rest.substr(authority_end);
        size_t q = tail.find('?');
        path = tail.substr(0, q);
        if (q != std::string_view::npos) {
            query = tail.substr(q + 1);
            has_query = true;
        }
    }

    // Credentials keep their case; only the host part is lowered.
    size_t at = authority.rfind('@');
    std::string_view userinfo = at == std::string_view::npos ? std::string_view() : authority.substr(0, at + 1);
    std::string_view host_port = at == std::string_view::npos ? authority : authority.substr(at + 1);
    // The port follows the last ':' unless it is inside an IPv6 literal "[...]".
    size_t colon = host_port.rfind(':');
    if (colon != std::string_view::npos && host_port.find(']', colon) != std::string_view::npos) colon = std::string_view::npos;
    std::string_view host = host_port.substr(0, colon);
    std::string_view port = colon == std::string_view::npos ? std::string_view() : host_port.substr(colon + 1);
    bool is_default_port = port.empty() || (scheme == "http" && port == "80") || (scheme == "https" && port == "443");

    std::string out;
    out.reserve(url.size());
    out += scheme;
    out += "://";
    out.append(userinfo.data(), userinfo.size());
    out += lowered(host);
    if (!is_default_port) {
        out += ':';
        out.append(port.data(), port.size());
    }
    if (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
    // "" and "/" are the same page; the bare form "https://a.example/" is the
    // common spelling, so it is the one kept.
    if (path.empty()) path = "/";
    out.append(path.data(), path.size());

    std::string kept;
    size_t pos = 0;
    while (has_query && pos <= query.size()) {
        size_t amp = query.find('&', pos);
        if (amp == std::string_view::npos) amp = query.size();
        std::string_view param = query.substr(pos, amp - pos);
        std::string_view name = param.substr(0, param.find('='));
        if (!param.empty() && !is_tracking_parameter(name)) {
            if (!kept.empty()) kept += '&';
            kept.append(param.data(), param.size());
        }
        pos = amp + 1;
    }
    if (!kept.empty()) {
        out += '?';
        out += kept;
    }
    return out;
}

}  // namespace broadsheet
