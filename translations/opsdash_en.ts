<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ProbeCommand</name>
    <message numerus="yes">
        <location filename="../src/app/ProbeCommand.cpp" line="+133"/>
        <source>window   %1 – %2, %n sample(s)</source>
        <translation>
            <numerusform>window   %1 – %2, %n sample</numerusform>
            <numerusform>window   %1 – %2, %n samples</numerusform>
        </translation>
    </message>
</context>
</TS>
