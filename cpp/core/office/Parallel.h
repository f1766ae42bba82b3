// A small parallel loop for the office's batch work (opening thousands of returns): plain std::thread workers
// pulling chunks from an atomic counter, so uneven items balance out across cores.
#pragma once

#include <cstddef>
#include <functional>

namespace maqa::core::office {

/**
 * Calls @p work(i) for every i in [0, count) on up to @p threads threads (0: one per core), @p chunk items at a
 * time. Returns when all are done; the first exception a call threw is rethrown then.
 */
void parallelFor(std::size_t count, unsigned threads, const std::function<void(std::size_t)> &work,
                 std::size_t chunk = 16);

/** The number of threads parallelFor uses for @p requested (0: the machine's cores, at least 1). */
unsigned effectiveThreads(unsigned requested);

} // namespace maqa::core::office
