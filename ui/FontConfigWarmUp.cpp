#include "FontConfigWarmUp.h"

#include <fontconfig/fontconfig.h>

#include <thread>

namespace FontConfigWarmUp {

void start()
{
    // Detached: nothing waits for it, and an early exit does not either.
    std::thread([] { FcInit(); }).detach();
}

} // namespace FontConfigWarmUp
