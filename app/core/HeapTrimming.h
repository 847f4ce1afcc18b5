#pragma once

// Makes the C library's allocator give freed memory back to the system as it goes, instead of
// keeping it for the next large answer. By default glibc raises its thresholds to the largest
// block freed and keeps what the decoding and network threads freed in their heaps, which
// malloc_trim() does not reach (bench_console, the 10,000-account customer open: resident +24 to
// +27 MB by default, +18.5 MB with this). The price is faulting those pages in again for the next
// large answer: a few milliseconds. Call it first thing in main().
namespace HeapTrimming {

void enable();

} // namespace HeapTrimming
