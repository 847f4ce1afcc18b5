#include "HeapTrimming.h"

#include <cstdlib> // defines __GLIBC__ where it applies

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace HeapTrimming {

void enable()
{
#if defined(__GLIBC__)
    // Fixed thresholds (setting them turns glibc's moving ones off): blocks from 1 MiB (an
    // answer's body, a list of accounts) are mapped on their own and unmapped when freed; free
    // memory above 1 MiB at the top of any thread's heap goes back at once.
    constexpr int kOneMiB = 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, kOneMiB);
    mallopt(M_TRIM_THRESHOLD, kOneMiB);
#endif
}

} // namespace HeapTrimming
