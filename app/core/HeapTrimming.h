#pragma once

// Makes the C library's allocator give freed memory back to the system as it goes, instead of
// keeping it for the next large answer. By default glibc raises its thresholds to the largest
// block freed: after a 10,000-account answer it kept about 25 MB that no one used, in the heaps
// of the decoding and network threads, which malloc_trim() does not reach (bench_console:
// resident +37 to +50 MB with the customer open, +18 MB with this). The price is faulting those
// pages in again for the next large answer: a few milliseconds. Call it first thing in main().
namespace HeapTrimming {

void enable();

} // namespace HeapTrimming
