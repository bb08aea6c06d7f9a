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
        <location filename="../src/app/ProbeCommand.cpp" line="+144"/>
        <source>window   %1 – %2, %n sample(s)</source>
        <translation>
            <numerusform>window   %1 – %2, %n sample</numerusform>
            <numerusform>window   %1 – %2, %n samples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdash::DriftSummary</name>
    <message numerus="yes">
        <location filename="../src/gui/drift/DriftSummary.cpp" line="+220"/>
        <source>… %n more in the Drift tab</source>
        <translation>
            <numerusform>… %n more in the Drift tab</numerusform>
            <numerusform>… %n more in the Drift tab</numerusform>
        </translation>
    </message>
</context>
</TS>
