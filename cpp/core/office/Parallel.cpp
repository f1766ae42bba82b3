// The office's parallel loop (see Parallel.h). Workers claim chunks with fetch_add; the calling thread works too,
// so a one-thread run starts no thread at all.
#include "core/office/Parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace maqa::core::office {

unsigned effectiveThreads(unsigned requested)
{
    if (requested > 0) {
        return requested;
    }
    return std::max(1u, std::thread::hardware_concurrency());
}

void parallelFor(std::size_t count, unsigned threads, const std::function<void(std::size_t)> &work, std::size_t chunk)
{
    chunk = std::max<std::size_t>(chunk, 1);
    const std::size_t useful = (count + chunk - 1) / chunk;
    const unsigned workers = static_cast<unsigned>(std::min<std::size_t>(effectiveThreads(threads), useful));
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    const auto run = [&] {
        try {
            for (;;) {
                const std::size_t begin = next.fetch_add(chunk);
                if (begin >= count) {
                    return;
                }
                const std::size_t end = std::min(count, begin + chunk);
                for (std::size_t i = begin; i < end; ++i) {
                    work(i);
                }
            }
        } catch (...) {
            const std::lock_guard<std::mutex> lock(failureMutex);
            if (!failure) {
                failure = std::current_exception();
            }
            next.store(count); // stop the others early: the batch has failed
        }
    };
    std::vector<std::thread> pool;
    for (unsigned i = 1; i < workers; ++i) {
        pool.emplace_back(run);
    }
    run();
    for (std::thread &t : pool) {
        t.join();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
}

} // namespace maqa::core::office
