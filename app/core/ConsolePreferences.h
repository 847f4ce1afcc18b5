#pragma once

// The console's own preferences (not a connection's), kept in its settings file. Read once per
// open customer; the README lists the keys.
struct ConsolePreferences
{
    int staleAfterDays = 3;               // view/staleAfterDays: a login with no success for longer is stale
    int refreshGuardMinutes = 15;         // refresh/guardMinutes: a second refresh sooner asks for a tick
    bool summaryIncludesBalances = false; // summary/includeBalances

    static ConsolePreferences load();
    // The one preference the window changes (Customer → Include balances in summaries); the
    // others are only ever read, so an untouched default is never written down.
    static void setSummaryIncludesBalances(bool include);
};
