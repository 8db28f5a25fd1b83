#include "app/cli/RowWriter.h"

#include <charconv>
#include <cstring>

namespace gumbel::cli {

namespace {
constexpr std::size_t kBufferSize = 1 << 20;
static_assert(sizeof(double) == 8, "f64 output needs 8-byte doubles");
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "f64 output assumes a little-endian machine"
#endif
}  // namespace

RowWriter::RowWriter(std::FILE* out, Format format) : out_(out), format_(format) { buffer_.reserve(kBufferSize + 4096); }

RowWriter::~RowWriter() { flush(); }

void RowWriter::put(const char* data, std::size_t size) {
    buffer_.insert(buffer_.end(), data, data + size);
    if (buffer_.size() >= kBufferSize) flush();
}

void RowWriter::row(const double* values, long long count, long long stride) {
    if (format_ == Format::F64) {
        for (long long i = 0; i < count; ++i) put(reinterpret_cast<const char*>(values + i * stride), sizeof(double));
        return;
    }
    char text[40];
    for (long long i = 0; i < count; ++i) {
        char* at = text;
        if (i > 0) *at++ = ',';
        at = std::to_chars(at, text + sizeof text, values[i * stride], std::chars_format::general, 17).ptr;
        put(text, static_cast<std::size_t>(at - text));
    }
    put("\n", 1);
}

void RowWriter::integerRow(const int* values, long long count) {
    if (format_ == Format::F64) {
        for (long long i = 0; i < count; ++i) {
            const double v = values[i];
            put(reinterpret_cast<const char*>(&v), sizeof v);
        }
        return;
    }
    char text[24];
    for (long long i = 0; i < count; ++i) {
        char* at = text;
        if (i > 0) *at++ = ',';
        at = std::to_chars(at, text + sizeof text, values[i]).ptr;
        put(text, static_cast<std::size_t>(at - text));
    }
    put("\n", 1);
}

bool RowWriter::flush() {
    if (!buffer_.empty() && !failed_) {
        failed_ = std::fwrite(buffer_.data(), 1, buffer_.size(), out_) != buffer_.size();
    }
    buffer_.clear();
    if (!failed_) failed_ = std::fflush(out_) != 0;
    return !failed_;
}

}  // namespace gumbel::cli
