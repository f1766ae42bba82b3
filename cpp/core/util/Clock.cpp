// The system clock behind maqa::core::Clock (see Clock.h).
// std::chrono::system_clock, since stored times must be comparable across restarts.
#include "core/util/Clock.h"

#include <chrono>

namespace maqa::core {

Millis systemNow()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Clock systemClock()
{
    return &systemNow;
}

} // namespace maqa::core
