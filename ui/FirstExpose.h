#pragma once

#include <chrono>
#include <functional>

class QWidget;

// What waits for the window to be on screen: `atExpose` runs when the native window is first
// exposed (before Qt paints it), `afterPaint` once that first paint is done. A platform that
// never exposes the window (started minimised, say) runs both after `fallback`.
void onFirstExpose(QWidget *window, std::function<void()> atExpose, std::function<void()> afterPaint = {},
                   std::chrono::milliseconds fallback = std::chrono::seconds(1));
