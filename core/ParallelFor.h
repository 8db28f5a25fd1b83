#pragma once
// Splits [0, count) into `threads` contiguous ranges and runs body(begin, end)
// on each, the calling thread taking the first. For work whose result does not
// depend on the split (each item is a pure function of its index).
#include <algorithm>
#include <cstdint>
#include <thread>
#include <vector>

namespace gumbel {

template <class Body>
void parallelFor(std::int64_t count, int threads, const Body& body) {
    const std::int64_t parts = std::max<std::int64_t>(1, std::min<std::int64_t>(threads, count));
    std::vector<std::thread> pool;
    pool.reserve(static_cast<std::size_t>(parts - 1));
    const auto range = [&](std::int64_t part) { return count * part / parts; };
    for (std::int64_t part = 1; part < parts; ++part) pool.emplace_back([&, part] { body(range(part), range(part + 1)); });
    body(range(0), range(1));
    for (std::thread& t : pool) t.join();
}

}  // namespace gumbel
