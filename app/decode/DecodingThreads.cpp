#include "DecodingThreads.h"

#include "core/OneThreadPool.h"

namespace DecodingThreads {

QThreadPool &first()
{
    static OneThreadPool pool;
    return pool;
}

QThreadPool &second()
{
    static auto *pool = new OneThreadPool;
    return *pool;
}

} // namespace DecodingThreads
