#pragma once
// Splits [0, count) into `threads` contiguous ranges and runs body(begin, end)
// on each, on the shared WorkerPool (the calling thread taking part). For work
// whose result does not depend on the split (each item is a pure function of
// its index).
#include <algorithm>
#include <cstdint>

#include "core/WorkerPool.h"

namespace gumbel {

template <class Body>
void parallelFor(std::int64_t count, int threads, const Body& body) {
    const std::int64_t parts = std::max<std::int64_t>(1, std::min<std::int64_t>(threads, count));
    const auto range = [&](std::int64_t part) { return count * part / parts; };
    WorkerPool::shared().run(static_cast<int>(parts), static_cast<int>(parts),
                             [&](int part) { body(range(part), range(part + 1)); });
}

}  // namespace gumbel
