#include "core/ThreadPriority.h"

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace gumbel {

bool lowerCurrentThreadPriority(int nice) {
#if defined(__linux__)
    const auto thread = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, thread);
    if (current == -1 && errno != 0) return false;
    if (current >= nice) return true;
    return ::setpriority(PRIO_PROCESS, thread, nice) == 0;
#else
    (void)nice;
    return true;
#endif
}

}  // namespace gumbel
