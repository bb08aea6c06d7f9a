<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlertRules</name>
    <message numerus="yes">
        <source>%n login session(s) expire within %1</source>
        <translation type="vanished">
            <numerusform>%n login session expires within %1</numerusform>
            <numerusform>%n login sessions expire within %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message numerus="yes">
        <location filename="../src/app/ProbeCommand.cpp" line="+331"/>
        <source>window   %1 – %2, %n sample(s)</source>
        <translation>
            <numerusform>window   %1 – %2, %n sample</numerusform>
            <numerusform>window   %1 – %2, %n samples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message numerus="yes">
        <location filename="../src/app/SnapshotCommand.cpp" line="+118"/>
        <source>overview of %n target(s)</source>
        <translation>
            <numerusform>overview of %n target</numerusform>
            <numerusform>overview of %n targets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdash::DriftSummary</name>
    <message numerus="yes">
        <location filename="../src/gui/drift/DriftSummary.cpp" line="+241"/>
        <source>… %n more in the Drift tab</source>
        <translation>
            <numerusform>… %n more in the Drift tab</numerusform>
            <numerusform>… %n more in the Drift tab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdash::ExportDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/export/ExportDialog.cpp" line="+126"/>
        <source>%n row(s) as shown, after the table&apos;s filter and sort.</source>
        <translation>
            <numerusform>%n row as shown, after the table&apos;s filter and sort.</numerusform>
            <numerusform>%n rows as shown, after the table&apos;s filter and sort.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdash::OverviewPage</name>
    <message numerus="yes">
        <location filename="../src/gui/overview/OverviewPage.cpp" line="+161"/>
        <source>&lt;b&gt;Overview&lt;/b&gt; — %n target(s): %1 critical · %2 warning. Enter or a click opens a dashboard; Backspace or Alt+Left comes back here.</source>
        <translation>
            <numerusform>&lt;b&gt;Overview&lt;/b&gt; — %n target: %1 critical · %2 warning. Enter or a click opens a dashboard; Backspace or Alt+Left comes back here.</numerusform>
            <numerusform>&lt;b&gt;Overview&lt;/b&gt; — %n targets: %1 critical · %2 warning. Enter or a click opens a dashboard; Backspace or Alt+Left comes back here.</numerusform>
        </translation>
    </message>
</context>
</TS>
