#pragma once
// Strict parsing of numbers typed by people: the whole text must be a number,
// and every error names the offending text.
#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"

namespace gumbel {

// A finite or infinite double ("inf", "-inf" accepted; NaN is refused).
// `what` names the value in messages, e.g. "--tau".
Result<double> parseDouble(std::string_view text, std::string_view what);

// An integer in [min, max]. Accepts "100000" and integral scientific forms such as "1e5".
Result<long long> parseInteger(std::string_view text, std::string_view what, long long min, long long max);

// Comma- and/or whitespace-separated doubles. Empty items ("1,,2") are errors.
Result<std::vector<double>> parseDoubleList(std::string_view text, std::string_view what);

// Text typed by a person, safe to quote in a one-line message: at most
// `limit` characters, control and non-ASCII bytes shown as '?', in quotes.
std::string quoteForMessage(std::string_view text, std::size_t limit = 40);

// Formats a double with 17 significant digits (round-trips exactly).
std::string formatDouble(double value);
// A limit as a person reads it in a help text or a message: "0.05", "20", "1000", "1e-4", "1e7" (scientific below
// 0.001 and from 1e6 on, shortest digits that read back as the same double).
std::string formatLimit(double value);
// "lo to hi", each by formatLimit.
std::string formatRange(double lo, double hi);

}  // namespace gumbel
