#include "FontConfigWarmUp.h"

#include <fontconfig/fontconfig.h>

#include <thread>

namespace FontConfigWarmUp {
namespace {

// Joined at exit too, if main() never got as far as finish().
struct WarmUp
{
    std::thread thread;
    ~WarmUp()
    {
        if (thread.joinable())
            thread.join();
    }
};

WarmUp &warmUp()
{
    static WarmUp instance;
    return instance;
}

} // namespace

void start()
{
    if (!warmUp().thread.joinable())
        warmUp().thread = std::thread([] { FcInit(); });
}

void finish()
{
    if (warmUp().thread.joinable())
        warmUp().thread.join();
}

} // namespace FontConfigWarmUp
