#pragma once
// Writes rows of doubles to a FILE*: CSV with 17 significant digits, or raw
// little-endian float64, row-major. Buffered; reports write errors.
#include <cstdio>
#include <string>
#include <vector>

#include "app/cli/CliOptions.h"

namespace gumbel::cli {

class RowWriter {
public:
    RowWriter(std::FILE* out, Format format);
    ~RowWriter();
    RowWriter(const RowWriter&) = delete;
    RowWriter& operator=(const RowWriter&) = delete;

    // `stride` is the distance between consecutive values of the row.
    void row(const double* values, long long count, long long stride = 1);
    void integerRow(const int* values, long long count);
    bool flush();  // false when the output could not be written

private:
    void put(const char* data, std::size_t size);

    std::FILE* out_;
    Format format_;
    std::vector<char> buffer_;
    bool failed_ = false;
};

}  // namespace gumbel::cli
