<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountLabels</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountTreeModel</name>
    <message numerus="yes">
        <source>Stale: the last successful aggregation was %1, more than %n day(s) ago.</source>
        <translation>
            <numerusform>Stale: the last successful aggregation was %1, more than %n day ago.</numerusform>
            <numerusform>Stale: the last successful aggregation was %1, more than %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionCommand</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AffectedAccounts</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message numerus="yes">
        <source>%n record(s) in %1.</source>
        <translation>
            <numerusform>%n record in %1.</numerusform>
            <numerusform>%n records in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n record to %1.</numerusform>
            <numerusform>Exported %n records to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPickerDialog</name>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n customer found.</numerusform>
            <numerusform>%n customers found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerSummary</name>
    <message numerus="yes">
        <source>%n institution login(s)</source>
        <translation>
            <numerusform>%n institution login</numerusform>
            <numerusform>%n institution logins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTab</name>
    <message numerus="yes">
        <source>Institution logins with an aggregation error, with no success for %n day(s) or more, or at an institution that is not online</source>
        <translation>
            <numerusform>Institution logins with an aggregation error, with no success for %n day or more, or at an institution that is not online</numerusform>
            <numerusform>Institution logins with an aggregation error, with no success for %n days or more, or at an institution that is not online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n s</source>
        <translation>
            <numerusform>%1 %n s</numerusform>
            <numerusform>%1 %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>Exported %n account to %1.</numerusform>
            <numerusform>Exported %n accounts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteAccessCommand</name>
    <message numerus="yes">
        <source>login %1 at %2 (%n account(s))</source>
        <translation>
            <numerusform>login %1 at %2 (%n account)</numerusform>
            <numerusform>login %1 at %2 (%n accounts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The console will no longer receive data for these %n account(s). The customer must link them again to undo this.</source>
        <translation>
            <numerusform>The console will no longer receive data for these %n account. The customer must link them again to undo this.</numerusform>
            <numerusform>The console will no longer receive data for these %n accounts. The customer must link them again to undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete access to %n account(s)</source>
        <translation>
            <numerusform>Delete access to %n account</numerusform>
            <numerusform>Delete access to %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstitutionAccountsDialog</name>
    <message numerus="yes">
        <source>%1 has %n active account(s) at %2.</source>
        <translation>
            <numerusform>%1 has %n active account at %2.</numerusform>
            <numerusform>%1 has %n active accounts at %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeaveWaitingTabs</name>
    <message numerus="yes">
        <source>%n request(s) still waiting</source>
        <translation>
            <numerusform>%n request still waiting</numerusform>
            <numerusform>%n requests still waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockoutWarning</name>
    <message numerus="yes">
        <source>Sign-in has failed %n time(s) in a row. The provider locks the partner out after five failed sign-ins in a row, and only its support can unlock it. Check the partner ID, the secret and the app key in File → Connections before trying again.</source>
        <translation>
            <numerusform>Sign-in has failed %n time in a row. The provider locks the partner out after five failed sign-ins in a row, and only its support can unlock it. Check the partner ID, the secret and the app key in File → Connections before trying again.</numerusform>
            <numerusform>Sign-in has failed %n times in a row. The provider locks the partner out after five failed sign-ins in a row, and only its support can unlock it. Check the partner ID, the secret and the app key in File → Connections before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Sign-in failed (%n failure(s) in a row): %1</source>
        <translation>
            <numerusform>Sign-in failed (%n failure in a row): %1</numerusform>
            <numerusform>Sign-in failed (%n failures in a row): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not signed in · %n failed sign-in(s) in a row</source>
        <translation>
            <numerusform>Not signed in · %n failed sign-in in a row</numerusform>
            <numerusform>Not signed in · %n failed sign-ins in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in · token %n min old</source>
        <translation>
            <numerusform>Signed in · token %n min old</numerusform>
            <numerusform>Signed in · token %n min old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message numerus="yes">
        <source>The console will ask the bank for fresh data for these %n account(s). This can take up to three minutes. Refreshes are meant to be rare: only refresh when the customer needs data that is current now.</source>
        <translation>
            <numerusform>The console will ask the bank for fresh data for these %n account. This can take up to three minutes. Refreshes are meant to be rare: only refresh when the customer needs data that is current now.</numerusform>
            <numerusform>The console will ask the bank for fresh data for these %n accounts. This can take up to three minutes. Refreshes are meant to be rare: only refresh when the customer needs data that is current now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresh %n account(s)</source>
        <translation>
            <numerusform>Refresh %n account</numerusform>
            <numerusform>Refresh %n accounts</numerusform>
        </translation>
    </message>
</context>
</TS>
