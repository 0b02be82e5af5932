#include "cli/read_file.h"

#include "core/parse/safe_text.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace broadsheet::cli {
namespace {

const char* kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    return "not a regular file";
}

}  // namespace

std::optional<std::string> read_whole_file(const std::string& path, std::string& error, size_t max_bytes) {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a
    // writer forever. fstat on the open descriptor, not stat on the path,
    // so the file cannot be swapped between the check and the read.
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        error = std::strerror(errno);
        return std::nullopt;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        error = std::string(kind_of(st.st_mode)) + ", not a regular file; skipped";
        ::close(fd);
        return std::nullopt;
    }
    if (static_cast<unsigned long long>(st.st_size) > max_bytes) {
        error = "larger than " + std::to_string(max_bytes >> 20) + " MB; split it into smaller files";
        ::close(fd);
        return std::nullopt;
    }
    std::string bytes;
    bytes.reserve(static_cast<size_t>(st.st_size));
    char buf[1 << 16];
    while (true) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            error = std::string("read error: ") + std::strerror(errno);
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0) break;
        bytes.append(buf, static_cast<size_t>(n));
        // A file that grows while read (a log, /proc) is stopped here too.
        if (bytes.size() > max_bytes) {
            error = "larger than " + std::to_string(max_bytes >> 20) + " MB; split it into smaller files";
            ::close(fd);
            return std::nullopt;
        }
    }
    ::close(fd);
    return bytes;
}

std::string shown(const std::string& text) { return escape_for_display(text); }

}  // namespace broadsheet::cli
