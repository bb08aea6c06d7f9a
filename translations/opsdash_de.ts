<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../ui/AcknowledgeDialog.ui" line="+18"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>why, a ticket, who is on it</source>
        <translation>warum, ein Ticket, wer daran arbeitet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mute until</source>
        <translation>Stumm bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For &amp;1 hour</source>
        <translation>Für &amp;1 Stunde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Until &amp;tomorrow 09:00</source>
        <translation>Bis &amp;morgen 09:00</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Until &amp;a chosen time:</source>
        <translation>Bis zu einer &amp;gewählten Zeit:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../ui/ActivityPanel.ui" line="+14"/>
        <source>Filter by user, application, query or pid (Ctrl+F)</source>
        <translation>Nach Benutzer, Anwendung, Abfrage oder PID filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hide &amp;idle</source>
        <translation>&amp;Leerlauf ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide backends in the idle state (idle in transaction stays visible)</source>
        <translation>Backends im Zustand idle ausblenden (idle in transaction bleibt sichtbar)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Show one backend state only</source>
        <translation>Nur einen Backend-Zustand zeigen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Show one pool only</source>
        <translation>Nur einen Pool zeigen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Waiting for the first poll</source>
        <translation>Warte auf die erste Abfrage</translation>
    </message>
</context>
<context>
    <name>AdminSessionsParser</name>
    <message>
        <location filename="../src/sessions/AdminSessionsParser.cpp" line="+30"/>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>Pflichtfeld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation type="vanished">muss eine Zeichenkette sein, ist aber %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not an ISO-8601 date-time with a time zone</source>
        <translation>&quot;%1&quot; ist keine ISO-8601-Zeitangabe mit Zeitzone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>year %1 is outside %2–%3</source>
        <translation>Jahr %1 liegt außerhalb von %2–%3</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation type="vanished">ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>the response must be a JSON object, got %1</source>
        <translation type="vanished">die Antwort muss ein JSON-Objekt sein, ist aber %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>required field &quot;sessions&quot; is missing</source>
        <translation>Pflichtfeld &quot;sessions&quot; fehlt</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation type="vanished">muss ein Array sein, ist aber %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation type="vanished">muss ein Objekt sein, ist aber %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>invalid JSON at %1: %2</source>
        <translation>ungültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expires before it was created (%1 &lt; %2)</source>
        <translation>läuft ab, bevor sie angelegt wurde (%1 &lt; %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last seen before it was created (%1 &lt; %2)</source>
        <translation>zuletzt gesehen, bevor sie angelegt wurde (%1 &lt; %2)</translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <location filename="../src/live/AlertRules.cpp" line="+141"/>
        <source> (expected %1, actual %2)</source>
        <translation> (erwartet %1, tatsächlich %2)</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+14"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>%1 (%2 %) back below the critical threshold of %3 %, still above warn</source>
        <translation>%1 (%2 %) wieder unter der kritischen Schwelle von %3 %, noch über der Warnschwelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 %) back below the warn threshold of %3 %</source>
        <translation>%1 (%2 %) wieder unter der Warnschwelle von %3 %</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 (%2 %) reached the critical threshold of %3 %</source>
        <translation>%1 (%2 %) hat die kritische Schwelle von %3 % erreicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 %) reached the warn threshold of %3 %</source>
        <translation>%1 (%2 %) hat die Warnschwelle von %3 % erreicht</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2 of %3 connections</source>
        <translation>%1: %2 von %3 Verbindungen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>client sessions: %1 of %2 usable slots</source>
        <translation>Client-Sitzungen: %1 von %2 nutzbaren Slots</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+30"/>
        <source>disconnected: %1</source>
        <translation>getrennt: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>failing checks: %1</source>
        <translation>fehlschlagende Prüfungen: %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>no login session expires within %1 any more</source>
        <translation>keine Anmeldesitzung läuft mehr binnen %1 ab</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>polling again after a gap of %1 s</source>
        <translation>Abfragen laufen wieder nach einer Lücke von %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n login session(s) expire within %1</source>
        <translation type="vanished">
            <numerusform>%n Anmeldesitzung läuft binnen %1 ab</numerusform>
            <numerusform>%n Anmeldesitzungen laufen binnen %1 ab</numerusform>
        </translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+49"/>
        <source>login sessions expiring within %1: %2</source>
        <translation>Anmeldesitzungen, die binnen %1 ablaufen: %2</translation>
    </message>
</context>
<context>
    <name>Baseline</name>
    <message>
        <location filename="../src/model/Baseline.cpp" line="+317"/>
        <source>baseline: %1</source>
        <translation>Baseline: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source: %1 (sha256 %2)</source>
        <translation>Quelle: %1 (sha256 %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pools: %1</source>
        <translation>Pools: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>budget: pools %1 + opsdash %2 = %3 of server.maxConnections %4 (%5)</source>
        <translation>Budget: Pools %1 + opsdash %2 = %3 von server.maxConnections %4 (%5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>over by %1 even before reserved slots</source>
        <translation>schon vor den reservierten Slots um %1 überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 spare before reserved slots</source>
        <translation>%1 frei vor den reservierten Slots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>session: maxAge %1, updateAge %2 (%3)</source>
        <translation>Sitzung: maxAge %1, updateAge %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>files: %1, providers: %2, attribution rules: %3 (fallback %4)</source>
        <translation>Dateien: %1, Provider: %2, Zuordnungsregeln: %3 (Rückfall %4)</translation>
    </message>
</context>
<context>
    <name>BaselineInit</name>
    <message>
        <location filename="../src/drift/BaselineInit.cpp" line="+131"/>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>%1: session.maxAge %2</source>
        <translation>%1: session.maxAge %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>session.maxAge at %1</source>
        <translation>session.maxAge in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NextAuth options: session.maxAge %1 s at %2</source>
        <translation>NextAuth-Optionen: session.maxAge %1 s in %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NextAuth options: session.strategy %1 at %2</source>
        <translation>NextAuth-Optionen: session.strategy %1 in %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>session.updateAge at %1</source>
        <translation>session.updateAge in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NextAuth options: session.updateAge %1 s at %2</source>
        <translation>NextAuth-Optionen: session.updateAge %1 s in %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>session.updateAge not read (%1); NextAuth&apos;s default 24 h written</source>
        <translation>session.updateAge nicht gelesen (%1); NextAuths Vorgabe 24 h eingetragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>session.updateAge in %1: %2</source>
        <translation>session.updateAge in %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NextAuth options: no file mentions NextAuth; files.auth left out, the session checks are not-checked</source>
        <translation>NextAuth-Optionen: keine Datei erwähnt NextAuth; files.auth weggelassen, die Session-Prüfungen sind not-checked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NextAuth options with a readable session.maxAge: none (%1); files.auth left out</source>
        <translation>NextAuth-Optionen mit lesbarem session.maxAge: keine (%1); files.auth weggelassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not found in the checkout: NextAuth&apos;s defaults, not checked (files.auth is left out)</source>
        <translation>im Checkout nicht gefunden: NextAuths Vorgaben, nicht geprüft (files.auth ist weggelassen)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;SessionProvider&gt; in %1: refetchInterval %2, refetchOnWindowFocus %3; left out</source>
        <translation>&lt;SessionProvider&gt; in %1: refetchInterval %2, refetchOnWindowFocus %3; weggelassen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>refetchInterval at %1, refetchOnWindowFocus at %2</source>
        <translation>refetchInterval in %1, refetchOnWindowFocus in %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;SessionProvider&gt; %1: refetchInterval %2 s, refetchOnWindowFocus %3 at %4</source>
        <translation>&lt;SessionProvider&gt; %1: refetchInterval %2 s, refetchOnWindowFocus %3 in %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;SessionProvider&gt;: in no file; providers left out</source>
        <translation>&lt;SessionProvider&gt;: in keiner Datei; providers weggelassen</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+160"/>
        <location line="+15"/>
        <source>%1 at %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 in %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no file passes %2 (looked at %3 files that mention SessionExpired); files.%4 left out</source>
        <translation>%1: keine Datei besteht %2 (%3 Dateien angesehen, die SessionExpired erwähnen); files.%4 weggelassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>session-expired redirect</source>
        <translation>Weiterleitung bei abgelaufener Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>login form</source>
        <translation>Anmeldeformular</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>postgres(…) at %1:%2</source>
        <translation>postgres(…) in %1:%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postgres(…) bound to %1 at %2:%3</source>
        <translation>postgres(…) an %1 gebunden in %2:%3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>database/sql setters of %1 in %2</source>
        <translation>database/sql-Setter von %1 in %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go pool %1 in %2: the receiver is not a plain name; left out</source>
        <translation>Go-Pool %1 in %2: der Empfänger ist kein einfacher Name; weggelassen</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+15"/>
        <source>pool %1: %2 %3; left out</source>
        <translation>Pool %1: %2 %3; weggelassen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>budget 10 is a placeholder: the pool&apos;s size is not known from source</source>
        <translation>Budget 10 ist ein Platzhalter: die Größe des Pools ist aus dem Quelltext nicht bekannt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>pool %1 (%2): %3; %4</source>
        <translation>Pool %1 (%2): %3; %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no setting readable</source>
        <translation>keine Einstellung lesbar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connection pools: no postgres(…) call and no database/sql setter (SetMaxOpenConns, …) in the checkout</source>
        <translation>Verbindungspools: kein postgres(…)-Aufruf und kein database/sql-Setter (SetMaxOpenConns, …) im Checkout</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not in the source: the larger of PostgreSQL&apos;s default 100 and the pools&apos; budgets plus opsdash&apos;s own connection; set the server&apos;s max_connections</source>
        <translation>nicht im Quelltext: das Größere aus PostgreSQLs Vorgabe 100 und den Budgets der Pools plus der eigenen Verbindung von opsdash; den max_connections-Wert des Servers eintragen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>pool documentation: %1 at %2</source>
        <translation>Pool-Dokumentation: %1 in %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pool documentation: none of %1 documents that mention pools states their sizes; files.poolDocumentation left out</source>
        <translation>Pool-Dokumentation: keines der %1 Dokumente, die Pools erwähnen, nennt ihre Größen; files.poolDocumentation weggelassen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>progress line at %1</source>
        <translation>Fortschrittszeile in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tasks: progress %1 at %2</source>
        <translation>tasks: Fortschritt %1 in %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tasks: %1: %2</source>
        <translation>tasks: %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tasks: no tasks.md; files.tasks left out</source>
        <translation>tasks: keine tasks.md; files.tasks weggelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tasks: no tasks.md with a progress line that matches its checkboxes; files.tasks left out</source>
        <translation>tasks: keine tasks.md mit einer Fortschrittszeile, die zu ihren Kästchen passt; files.tasks weggelassen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made by opsdash baseline init from what the code says now; review each value against the sign-off before relying on it.</source>
        <translation>Erstellt von opsdash baseline init aus dem, was der Code jetzt sagt; jeden Wert vor Gebrauch mit der Abnahme vergleichen.</translation>
    </message>
</context>
<context>
    <name>BaselineLoader</name>
    <message>
        <source>the input ends inside an object (missing &apos;}&apos;)</source>
        <translation type="vanished">die Eingabe endet innerhalb eines Objekts (&apos;}&apos; fehlt)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation type="vanished">&apos;,&apos; oder &apos;}&apos; nach einem Objekteintrag erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after an object key</source>
        <translation type="vanished">&apos;:&apos; nach einem Objektschlüssel erwartet</translation>
    </message>
    <message>
        <source>the input ends inside an array (missing &apos;]&apos;)</source>
        <translation type="vanished">die Eingabe endet innerhalb eines Arrays (&apos;]&apos; fehlt)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation type="vanished">&apos;,&apos; oder &apos;]&apos; nach einem Array-Element erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between values</source>
        <translation type="vanished">&apos;,&apos; zwischen Werten erwartet</translation>
    </message>
    <message>
        <source>illegal value (strings need double quotes; true, false and null are lower case)</source>
        <translation type="vanished">unzulässiger Wert (Zeichenketten brauchen doppelte Anführungszeichen; true, false und null werden kleingeschrieben)</translation>
    </message>
    <message>
        <source>the input ends inside a number</source>
        <translation type="vanished">die Eingabe endet innerhalb einer Zahl</translation>
    </message>
    <message>
        <source>invalid or out-of-range number</source>
        <translation type="vanished">ungültige Zahl oder Zahl außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation type="vanished">ungültige Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation type="vanished">ungültiges UTF-8 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>unterminated string (missing &apos;&quot;&apos;)</source>
        <translation type="vanished">nicht abgeschlossene Zeichenkette (&apos;&quot;&apos; fehlt)</translation>
    </message>
    <message>
        <source>expected a key in double quotes (trailing commas are not allowed)</source>
        <translation type="vanished">Schlüssel in doppelten Anführungszeichen erwartet (abschließende Kommas sind nicht erlaubt)</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="vanished">zu tief verschachtelt</translation>
    </message>
    <message>
        <source>document too large</source>
        <translation type="vanished">Dokument zu groß</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation type="vanished">unerwarteter Text nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <location filename="../src/model/BaselineLoader.cpp" line="+1056"/>
        <source>JSON syntax error: %1</source>
        <translation>JSON-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="vanished">ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="vanished">eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="vanished">ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="vanished">nichts</translation>
    </message>
    <message>
        <location line="-791"/>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected one of: %1</source>
        <translation>erwartet wird einer von: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did you mean %1?</source>
        <translation>meinten Sie %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key %1%2 (%3)</source>
        <translation>unbekannter Schlüssel %1%2 (%3)</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation type="vanished">Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation type="vanished">Array erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation type="vanished">Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must start with a letter and hold only letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>%1 muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must not contain a NUL character</source>
        <translation>darf kein NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is longer than PostgreSQL&apos;s 63-byte identifier limit</source>
        <translation>ist länger als die 63-Byte-Grenze von PostgreSQL für Bezeichner</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation type="vanished">true oder false erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation type="vanished">ganze Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>must be greater than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unknown value %1 (expected %2)</source>
        <translation>unbekannter Wert %1 (erwartet: %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>duplicate entry %1</source>
        <translation>doppelter Eintrag %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>unsupported schemaVersion %1 (this opsdash reads version %2)</source>
        <translation>nicht unterstützte schemaVersion %1 (dieses opsdash liest Version %2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>file key must not be empty</source>
        <translation>der Dateischlüssel darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>any, jwt or database</source>
        <translation>any, jwt oder database</translation>
    </message>
    <message>
        <source>updateAge must not exceed maxAge</source>
        <translation type="vanished">updateAge darf maxAge nicht übersteigen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>duplicate provider id %1</source>
        <translation>doppelte Provider-ID %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>names unknown file key %1</source>
        <translation>nennt den unbekannten Dateischlüssel %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>sessionExpiredCode %1 must be listed in errorVocabulary</source>
        <translation>sessionExpiredCode %1 muss in errorVocabulary aufgeführt sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must list at least one pool</source>
        <translation>muss mindestens einen Pool aufführen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>pool id %1 is reserved (an implicit pool without a budget)</source>
        <translation>die Pool-ID %1 ist reserviert (ein impliziter Pool ohne Budget)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duplicate pool id %1</source>
        <translation>doppelte Pool-ID %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>postgres.js or go-database-sql</source>
        <translation>postgres.js oder go-database-sql</translation>
    </message>
    <message>
        <location line="+63"/>
        <source> for a %1 pool</source>
        <translation> für einen %1-Pool</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+38"/>
        <source>names unknown pool %1</source>
        <translation>nennt den unbekannten Pool %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>application_name, usename, datname or client_addr</source>
        <translation>application_name, usename, datname oder client_addr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exact, prefix or regex</source>
        <translation>exact, prefix oder regex</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must not be empty (an empty prefix or regex matches every session; attributionFallback covers those)</source>
        <translation>darf nicht leer sein (ein leeres Präfix oder ein leerer regulärer Ausdruck passt auf jede Sitzung; dafür gibt es attributionFallback)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid regular expression: %1 at offset %2</source>
        <translation>ungültiger regulärer Ausdruck: %1 an Position %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>warnPercent must be below criticalPercent</source>
        <translation>warnPercent muss unter criticalPercent liegen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>criticalBefore must be shorter than warnBefore</source>
        <translation>criticalBefore muss kürzer als warnBefore sein</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>expected DONE/TOTAL such as &quot;36/36&quot;, DONE not above TOTAL</source>
        <translation>ERLEDIGT/GESAMT wie &quot;36/36&quot; erwartet, ERLEDIGT nicht über GESAMT</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>cannot read the baseline: %1</source>
        <translation>die Baseline kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is larger than %1 MiB; a baseline is a few kilobytes</source>
        <translation>die Datei ist größer als %1 MiB; eine Baseline hat wenige Kilobyte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the baseline is empty (expected a JSON object)</source>
        <translation>die Baseline ist leer (JSON-Objekt erwartet)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expected a JSON object at the top level, got %1</source>
        <translation>JSON-Objekt auf oberster Ebene erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the file is empty (expected a JSON object)</source>
        <translation>die Datei ist leer (erwartet wird ein JSON-Objekt)</translation>
    </message>
    <message>
        <location line="-825"/>
        <source>JSON syntax error: invalid escape &apos;\%1&apos; in a string (JSON knows \&quot; \\ \/ \b \f \n \r \t \uXXXX; a backslash itself is written \\)</source>
        <translation>JSON-Syntaxfehler: ungültige Escape-Sequenz &apos;\%1&apos; in einer Zeichenkette (JSON kennt \&quot; \\ \/ \b \f \n \r \t \uXXXX; ein Backslash selbst wird \\ geschrieben)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source> (line %1, column %2)</source>
        <translation> (Zeile %1, Spalte %2)</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>names no %1 file for pool %2: its pool checks are not-checked</source>
        <translation>nennt keine Datei %1 für den Pool %2: seine Pool-Prüfungen sind not-checked</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no pool has the id %1 (a pool&apos;s client file is files.&lt;pool id&gt;%2; pool ids: %3)</source>
        <translation>kein Pool hat die ID %1 (die Client-Datei eines Pools ist files.&lt;Pool-ID&gt;%2; Pool-IDs: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no check reads this key (they read auth, sessionGuard, loginForm, poolDocumentation, tasks, the providers&apos; files and &lt;pool id&gt;%1)</source>
        <translation>keine Prüfung liest diesen Schlüssel (gelesen werden auth, sessionGuard, loginForm, poolDocumentation, tasks, die Dateien der Provider und &lt;Pool-ID&gt;%1)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>updateAge (%1) is longer than maxAge (%2): NextAuth allows it, but a session then expires before it is ever extended</source>
        <translation>updateAge (%1) ist länger als maxAge (%2): NextAuth erlaubt das, aber eine Sitzung läuft dann ab, bevor sie je verlängert wird</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 is not a variable name (letters, digits, &apos;_&apos; and &apos;$&apos;)</source>
        <translation>%1 ist kein Variablenname (Buchstaben, Ziffern, &apos;_&apos; und &apos;$&apos;)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not an http:// or https:// URL with a host</source>
        <translation>%1 ist keine http://- oder https://-URL mit Host</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>pool id %1 is reserved (the server connections of a PgBouncer in front)</source>
        <translation>die Pool-ID %1 ist reserviert (die Serververbindungen eines vorgeschalteten PgBouncer)</translation>
    </message>
</context>
<context>
    <name>CanaryCheck</name>
    <message>
        <location filename="../src/sessions/CanaryCheck.cpp" line="+20"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation type="vanished">ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the session must be an object or null</source>
        <translation>die Sitzung muss ein Objekt oder null sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the session has no &quot;expires&quot;</source>
        <translation>die Sitzung hat kein &quot;expires&quot;</translation>
    </message>
    <message>
        <source>&quot;expires&quot; must be a string</source>
        <translation type="vanished">&quot;expires&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>invalid JSON at %1: %2</source>
        <translation>ungültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;expires&quot; is not an ISO-8601 date-time with a time zone</source>
        <translation>&quot;expires&quot; ist keine ISO-8601-Zeitangabe mit Zeitzone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;expires&quot; is in the year %1</source>
        <translation>&quot;expires&quot; liegt im Jahr %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>idle limit %1 ± %2 (session.maxAge)</source>
        <translation>Leerlaufgrenze %1 ± %2 (session.maxAge)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle limit %1 to %2 (session.maxAge %3, less up to updateAge %4, ± %5)</source>
        <translation>Leerlaufgrenze %1 bis %2 (session.maxAge %3, abzüglich bis zu updateAge %4, ± %5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GET %1 with the canary account&apos;s cookie</source>
        <translation>GET %1 mit dem Cookie des Canary-Kontos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no canary account is configured</source>
        <translation>kein Canary-Konto eingerichtet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the canary cookie has no session (the endpoint answered {} or null); log the canary account in again and store its new cookie</source>
        <translation>zum Canary-Cookie gibt es keine Sitzung (der Endpunkt antwortete {} oder null); melden Sie das Canary-Konto erneut an und speichern Sie sein neues Cookie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the request failed</source>
        <translation>die Anfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (expires %2 − Date %3)</source>
        <translation>%1 (expires %2 − Date %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> at %1 (server time)</source>
        <translation> um %1 (Serverzeit)</translation>
    </message>
</context>
<context>
    <name>Capacity</name>
    <message>
        <location filename="../src/model/Capacity.cpp" line="+48"/>
        <source>max_connections %1 − %2 superuser_reserved_connections − %3 reserved_connections = %4</source>
        <translation>max_connections %1 − %2 superuser_reserved_connections − %3 reserved_connections = %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 monitor</source>
        <translation>%1 Monitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>max_connections = %1 (baseline), ≥ %2 (Σ pool budgets)</source>
        <translation>max_connections = %1 (Baseline), ≥ %2 (Σ Pool-Budgets)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Σ pool budgets + monitor ≤ usable slots</source>
        <translation>Σ Pool-Budgets + Monitor ≤ nutzbare Slots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over-committed by %1: %2 &gt; %3 usable (%4)</source>
        <translation>um %1 überbucht: %2 &gt; %3 nutzbar (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ≤ %2 usable (%3)</source>
        <translation>%1 ≤ %2 nutzbar (%3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>≤ %1 connections</source>
        <translation>≤ %1 Verbindungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>no sample was taken</source>
        <translation>es wurde keine Messung erhoben</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>no sessions</source>
        <translation>keine Sitzungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no session was attributed to pool %1 in the window: is the service running, and does its application_name match the attribution rules?</source>
        <translation>im Zeitfenster wurde dem Pool %1 keine Sitzung zugeordnet: Läuft der Dienst, und passt sein application_name zu den Zuordnungsregeln?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>peak %1, now %2, average %3</source>
        <translation>Spitze %1, jetzt %2, Mittel %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>≤ %1 client sessions (usable slots)</source>
        <translation>≤ %1 Client-Sitzungen (nutzbare Slots)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>peak %1, now %2</source>
        <translation>Spitze %1, jetzt %2</translation>
    </message>
</context>
<context>
    <name>CheckContext</name>
    <message>
        <source>the baseline names no file &apos;%1&apos; (files.%1)</source>
        <translation type="vanished">die Baseline nennt keine Datei &apos;%1&apos; (files.%1)</translation>
    </message>
    <message>
        <location filename="../src/drift/CheckContext.cpp" line="+83"/>
        <source>no file matches &apos;%1&apos;</source>
        <translation>keine Datei passt auf &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 files match &apos;%2&apos; (%3); the baseline must name one</source>
        <translation>%1 Dateien passen auf &apos;%2&apos; (%3); die Baseline muss genau eine nennen</translation>
    </message>
    <message>
        <location line="+155"/>
        <source> (the same as the baseline)</source>
        <translation> (wie in der Baseline)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the baseline expects %1)</source>
        <translation> (die Baseline erwartet %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not a number of seconds</source>
        <translation>keine Sekundenzahl</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not a time.Duration</source>
        <translation>keine time.Duration</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an untyped number passed as a time.Duration counts nanoseconds</source>
        <translation>eine untypisierte Zahl als time.Duration zählt Nanosekunden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a boolean</source>
        <translation>kein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (shorthand)</source>
        <translation>%1 (Kurzschreibweise)</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>not in the baseline (it names no file &apos;%1&apos; in files)</source>
        <translation>nicht in der Baseline (sie nennt keine Datei &apos;%1&apos; unter files)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>the file has a syntax error at line %1, so what tree-sitter read around it cannot be trusted; it found: %2</source>
        <translation>die Datei hat einen Syntaxfehler in Zeile %1, daher ist nicht verlässlich, was tree-sitter in seiner Umgebung gelesen hat; gefunden wurde: %2</translation>
    </message>
</context>
<context>
    <name>CheckStatus</name>
    <message>
        <location filename="../src/gui/common/CheckStatusText.cpp" line="+11"/>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not-checked</source>
        <translation>nicht geprüft</translation>
    </message>
</context>
<context>
    <name>CheckoutModules</name>
    <message>
        <location filename="../src/drift/CheckoutModules.cpp" line="+173"/>
        <source>which cannot be used: %1</source>
        <translation>die nicht benutzt werden kann: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>which is not in the checkout (looked for %1 with the extensions .ts, .tsx, .js, … and %1/index.*)</source>
        <translation>die nicht im Checkout ist (gesucht: %1 mit den Endungen .ts, .tsx, .js, … und %1/index.*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>which is outside the checkout</source>
        <translation>das außerhalb des Checkouts liegt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an absolute path, outside the checkout</source>
        <translation>ein absoluter Pfad, außerhalb des Checkouts</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>an alias that leads outside the checkout</source>
        <translation>ein Alias, der aus dem Checkout hinausführt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a package, outside the checkout</source>
        <translation>ein Paket, außerhalb des Checkouts</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/app/CommandLine.cpp" line="+22"/>
        <source>Baseline file (default: the built-in baseline).</source>
        <translation>Baseline-Datei (Standard: die eingebaute Baseline).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <location line="+48"/>
        <location line="+16"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Checkout of the monorepo to verify.</source>
        <translation>Zu prüfender Checkout des Monorepos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <location line="+78"/>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>PostgreSQL target: a conninfo string, a URI or a service name (passwords come from PGPASSWORD, .pgpass or the keychain).</source>
        <translation>PostgreSQL-Ziel: eine Conninfo-Zeichenkette, eine URI oder ein Dienstname (Passwörter kommen aus PGPASSWORD, .pgpass oder dem Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base URL of the web app&apos;s session endpoints.</source>
        <translation>Basis-URL der Sitzungs-Endpunkte der Web-App.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+96"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Saved target profile to use.</source>
        <translation>Zu verwendendes gespeichertes Zielprofil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Observation window in seconds.</source>
        <translation>Beobachtungszeitraum in Sekunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <location line="+29"/>
        <location line="+41"/>
        <location line="+99"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Output format: %1.</source>
        <translation>Ausgabeformat: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+141"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the window and messages (default: the system&apos;s).</source>
        <translation>Sprache von Fenster und Meldungen (Standard: die des Systems).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Validate the baseline and print a summary.</source>
        <translation type="vanished">Baseline prüfen und eine Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Print the effective baseline as JSON.</source>
        <translation>Die wirksame Baseline als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check a monorepo checkout against the baseline (source drift).</source>
        <translation>Einen Checkout des Monorepos gegen die Baseline prüfen (Quellcode-Abweichungen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Poll a PostgreSQL server and report pools, capacity and live drift.</source>
        <translation>Einen PostgreSQL-Server abfragen und Pools, Kapazität und Live-Abweichungen melden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poll interval in seconds.</source>
        <translation>Abfrageintervall in Sekunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List login sessions and their time left.</source>
        <translation>Anmeldesitzungen und ihre Restzeit auflisten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base URL of the web app (admin sessions endpoint).</source>
        <translation>Basis-URL der Web-App (Admin-Endpunkt für Sitzungen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PEM file of extra CA certificates to trust for --url.</source>
        <translation>PEM-Datei mit zusätzlichen CA-Zertifikaten, denen für --url vertraut wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the dashboard offscreen to a PNG.</source>
        <translation>Das Dashboard ohne Bildschirm in eine PNG-Datei zeichnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG file to write.</source>
        <translation>Zu schreibende PNG-Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seconds to collect data before capturing.</source>
        <translation>Sekunden, in denen vor der Aufnahme Daten gesammelt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image size (default 1600x1000).</source>
        <translation>Bildgröße (Standard 1600x1000).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation type="vanished">light (hell) oder dark (dunkel).</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Capture one panel only.</source>
        <translation>Nur einen Bereich aufnehmen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write sign-off evidence (PNG, Markdown, JSON, PDF, checksums).</source>
        <translation>Abnahme-Nachweis schreiben (PNG, Markdown, JSON, PDF, Prüfsummen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory to write the evidence to.</source>
        <translation>Verzeichnis, in das der Nachweis geschrieben wird.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign SHA256SUMS with this GnuPG key (SHA256SUMS.asc).</source>
        <translation>SHA256SUMS mit diesem GnuPG-Schlüssel signieren (SHA256SUMS.asc).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a bundle&apos;s signature and every file&apos;s checksum.</source>
        <translation>Signatur und die Prüfsumme jeder Datei eines Bündels prüfen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Usage: opsdash [SUBCOMMAND] [options]</source>
        <translation>Aufruf: opsdash [UNTERBEFEHL] [Optionen]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a subcommand, opsdash opens the dashboard window:</source>
        <translation>Ohne Unterbefehl öffnet opsdash das Dashboard-Fenster:</translation>
    </message>
    <message>
        <source>  opsdash [--db CONNINFO] [--sessions URL] [--repo DIR] [--baseline F] [--interval S]</source>
        <translation type="vanished">  opsdash [--db CONNINFO] [--sessions URL] [--repo VERZ] [--baseline DATEI] [--interval S]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  -h, --help     Show this help (or a subcommand&apos;s, after it).</source>
        <translation>  -h, --help     Diese Hilfe anzeigen (nach einem Unterbefehl: dessen Hilfe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  -v, --version  Show the version.</source>
        <translation>  -v, --version  Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --lang CODE    Language: %1 (default: the system&apos;s).</source>
        <translation>  --lang CODE    Sprache: %1 (Standard: die des Systems).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit status: 0 all checked items pass; 1 some check is fail, missing or unknown; 2 usage, input or connection error.</source>
        <translation>Exit-Status: 0 alle geprüften Punkte bestanden; 1 eine Prüfung ist fail, missing oder unknown; 2 Aufruf-, Eingabe- oder Verbindungsfehler.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Poll interval in seconds (1–60).</source>
        <translation>Abfrageintervall in Sekunden (1–60).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected argument &apos;%1&apos;; see &apos;opsdash --help&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;; siehe &apos;opsdash --help&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--interval must be a whole number of seconds from 1 to 60, got &apos;%1&apos;</source>
        <translation>--interval muss eine ganze Zahl von Sekunden zwischen 1 und 60 sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>unknown option &apos;%1&apos;; see &apos;opsdash --help&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;; siehe &apos;opsdash --help&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown subcommand &apos;%1&apos;; see &apos;opsdash --help&apos;</source>
        <translation>unbekannter Unterbefehl &apos;%1&apos;; siehe &apos;opsdash --help&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: opsdash %1 [options]</source>
        <translation>Aufruf: opsdash %1 [Optionen]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: unerwartetes Argument &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not implemented yet</source>
        <translation>noch nicht umgesetzt</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>--profile and --db name two targets; give one</source>
        <translation>--profile und --db nennen zwei Ziele; geben Sie eines an</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>--theme must be light, dark or system, got &apos;%1&apos;</source>
        <translation>--theme muss light, dark oder system sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Show query texts (redacted) instead of fingerprints.</source>
        <translation>Abfragetexte (geschwärzt) statt Fingerabdrücken zeigen.</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>light or dark (default: as saved in the View menu, else the system&apos;s).</source>
        <translation>light oder dark (Standard: wie im Menü Ansicht gespeichert, sonst wie das System).</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Watch targets headless and export them to Prometheus (/metrics).</source>
        <translation>Ziele ohne Fenster beobachten und für Prometheus exportieren (/metrics).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON file naming the targets to watch (SIGHUP reloads it).</source>
        <translation>JSON-Datei mit den zu beobachtenden Zielen (SIGHUP lädt sie neu).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poll interval in seconds (with --db or --profile).</source>
        <translation>Abfrageintervall in Sekunden (mit --db oder --profile).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address and port of /metrics (default 127.0.0.1:9187).</source>
        <translation>Adresse und Port von /metrics (Standard 127.0.0.1:9187).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>addr:port</source>
        <translation>adresse:port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logfmt (default) or json, one line per event on stderr.</source>
        <translation>logfmt (Standard) oder json, eine Zeile je Ereignis auf stderr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS certificate and basic-auth users (bcrypt), in the format of Prometheus&apos; exporter toolkit.</source>
        <translation>TLS-Zertifikat und Basic-Auth-Benutzer (bcrypt) im Format des Exporter-Toolkits von Prometheus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print Prometheus alerting rules made from the baseline&apos;s thresholds.</source>
        <translation>Prometheus-Alarmregeln aus den Schwellwerten der Baseline ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long a condition holds before its alert fires, and keeps firing after it cleared (default %1).</source>
        <translation>Wie lange eine Bedingung gelten muss, bevor ihr Alarm auslöst, und wie lange er nach ihrem Ende weiter anliegt (Standard %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duration</source>
        <translation>dauer</translation>
    </message>
    <message>
        <location filename="../src/app/BaselineCommand.cpp" line="+21"/>
        <location filename="../src/app/VerifyCommand.cpp" line="+216"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>files.%1 &apos;%2&apos; matches nothing in %3: %4</source>
        <translation>files.%1 &apos;%2&apos; passt auf nichts in %3: %4</translation>
    </message>
    <message>
        <source>  opsdash [--db CONNINFO | --profile NAME] [--sessions URL] [--repo DIR] [--baseline F] [--interval S] [--theme light|dark]</source>
        <translation type="vanished">  opsdash [--db CONNINFO | --profile NAME] [--sessions URL] [--repo VERZ] [--baseline DATEI] [--interval S] [--theme light|dark]</translation>
    </message>
    <message>
        <location filename="../src/app/CommandLine.cpp" line="-116"/>
        <source>Write a first baseline from what a checkout&apos;s code says.</source>
        <translation>Eine erste Baseline aus dem schreiben, was der Code eines Checkouts sagt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checkout to read.</source>
        <translation>Zu lesender Checkout.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File to write the baseline to (default: standard output).</source>
        <translation>Datei, in die die Baseline geschrieben wird (Vorgabe: Standardausgabe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overwrite the --out file if it exists.</source>
        <translation>Die --out-Datei überschreiben, falls sie existiert.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Validate the baseline and print a summary (&apos;baseline init --repo DIR&apos; writes a first one from a checkout).</source>
        <translation>Die Baseline prüfen und eine Zusammenfassung ausgeben (&apos;baseline init --repo DIR&apos; schreibt eine erste aus einem Checkout).</translation>
    </message>
    <message>
        <location filename="../src/app/BaselineInitCommand.cpp" line="+17"/>
        <source>baseline init: --repo DIR is required</source>
        <translation>baseline init: --repo DIR ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>baseline init: %1 is not a directory</source>
        <translation>baseline init: %1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>baseline init: %1 exists; give --force to overwrite it</source>
        <translation>baseline init: %1 existiert; mit --force wird sie überschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>found: %1</source>
        <translation>gefunden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not found: %1</source>
        <translation>nicht gefunden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>baseline init: no baseline written: %1 holds no connection pool opsdash can read (looked at %2 of %3 files)</source>
        <translation>baseline init: keine Baseline geschrieben: %1 enthält keinen Verbindungspool, den opsdash lesen kann (%2 von %3 Dateien angesehen)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>baseline init: cannot write %1: %2</source>
        <translation>baseline init: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../src/app/CommandLine.cpp" line="+207"/>
        <source>Start in the tray (for autostart): the window opens from the tray icon.</source>
        <translation>Im Infobereich starten (für den Autostart): das Fenster öffnet sich über das Symbol im Infobereich.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>  opsdash [--db CONNINFO | --profile NAME] [--sessions URL] [--repo DIR] [--baseline F] [--interval S] [--theme light|dark] [--minimized]</source>
        <translation>  opsdash [--db CONNINFO | --profile NAME] [--sessions URL] [--repo VERZ] [--baseline DATEI] [--interval S] [--theme light|dark] [--minimized]</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Capture the overview of every saved target.</source>
        <translation>Die Übersicht aller gespeicherten Ziele aufnehmen.</translation>
    </message>
</context>
<context>
    <name>ConnectionLimits</name>
    <message>
        <location filename="../src/model/ConnectionLimits.cpp" line="+157"/>
        <source>no CONNECTION LIMIT below the budget %1 on the pool&apos;s role</source>
        <translation>kein CONNECTION LIMIT unter dem Budget %1 auf der Rolle des Pools</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s roles were not read</source>
        <translation>die Rollen des Servers wurden nicht gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no session of pool %1 in the window, and the baseline names no role for it (pools[].role)</source>
        <translation>keine Sitzung des Pools %1 im Fenster, und die Baseline nennt keine Rolle für ihn (pools[].role)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>role %1 is not a login role on the server</source>
        <translation>Rolle %1 ist auf dem Server keine Login-Rolle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>role %1: superuser, no limit applies</source>
        <translation>Rolle %1: Superuser, es gilt kein Limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>role %1: no limit</source>
        <translation>Rolle %1: kein Limit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>role %1: CONNECTION LIMIT %2 &lt; budget %3</source>
        <translation>Rolle %1: CONNECTION LIMIT %2 &lt; Budget %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>role %1: CONNECTION LIMIT %2</source>
        <translation>Rolle %1: CONNECTION LIMIT %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no CONNECTION LIMIT on a database below Σ budgets of the pools that use it</source>
        <translation>kein CONNECTION LIMIT einer Datenbank unter Σ Budgets der Pools, die sie nutzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server&apos;s databases were not read</source>
        <translation>die Datenbanken des Servers wurden nicht gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no pool&apos;s database is known: no session of a pool in the window, and the baseline names none (pools[].database)</source>
        <translation>die Datenbank keines Pools ist bekannt: keine Sitzung eines Pools im Fenster, und die Baseline nennt keine (pools[].database)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>database %1 does not exist on the server</source>
        <translation>Datenbank %1 gibt es auf dem Server nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database %1: no limit (%2)</source>
        <translation>Datenbank %1: kein Limit (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database %1: CONNECTION LIMIT %2 &lt; %3</source>
        <translation>Datenbank %1: CONNECTION LIMIT %2 &lt; %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>database %1: CONNECTION LIMIT %2 ≥ %3</source>
        <translation>Datenbank %1: CONNECTION LIMIT %2 ≥ %3</translation>
    </message>
</context>
<context>
    <name>DisplayZone</name>
    <message>
        <location filename="../src/model/DisplayZone.cpp" line="+100"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server (%1, %2)</source>
        <translation>Server (%1, %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local (%1)</source>
        <translation>lokal (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Times: %1 — no server zone</source>
        <translation>Zeiten: %1 — keine Serverzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times: %1</source>
        <translation>Zeiten: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s time zone is not known (not connected yet, or a target that does not report it): times are shown in local time.</source>
        <translation>Die Zeitzone des Servers ist nicht bekannt (noch nicht verbunden, oder ein Ziel, das sie nicht meldet): Zeiten werden in Ortszeit angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s time zone “%1” is not one this desktop knows: times are shown in local time.</source>
        <translation>Die Zeitzone „%1“ des Servers kennt dieser Rechner nicht: Zeiten werden in Ortszeit angezeigt.</translation>
    </message>
</context>
<context>
    <name>DocumentChecks</name>
    <message>
        <location filename="../src/drift/DocumentChecks.cpp" line="+164"/>
        <source>states the pool sizes of the code: %1</source>
        <translation>nennt die Pool-Größen des Codes: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 %2 (line %3)</source>
        <translation>%1 %2 (Zeile %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lines naming the %1 pool (%2) state %3, not %4</source>
        <translation>Zeilen zum Pool %1 (%2) nennen %3, nicht %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the %1 pool is not mentioned (looked for %2)</source>
        <translation>der Pool %1 wird nicht erwähnt (gesucht: %2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>checked off ([x])</source>
        <translation>abgehakt ([x])</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, matching the checkboxes</source>
        <translation>%1, passend zu den Checkboxen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a progress line matching the checkboxes</source>
        <translation>eine Fortschrittszeile passend zu den Checkboxen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>no checkbox item for %1</source>
        <translation>kein Checkbox-Eintrag für %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>checkboxes %1</source>
        <translation>Checkboxen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no progress line such as &apos;Progress: 36/36&apos;</source>
        <translation>keine Fortschrittszeile wie &apos;Progress: 36/36&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 stated; checkboxes %2</source>
        <translation>%1 angegeben; Checkboxen %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the progress line does not match the checkboxes</source>
        <translation>die Fortschrittszeile passt nicht zu den Checkboxen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the baseline expects %1</source>
        <translation>die Baseline erwartet %1</translation>
    </message>
</context>
<context>
    <name>DriftPanel</name>
    <message>
        <location filename="../ui/DriftPanel.ui" line="+34"/>
        <source>Check the repository again (F6)</source>
        <translation>Das Repository erneut prüfen (F6)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Configuration drift</source>
        <translation>Konfigurationsabweichungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Re-verify</source>
        <translation>Erneut prüfen</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../src/model/Duration.cpp" line="+70"/>
        <location line="+28"/>
        <source>duration is too large</source>
        <translation>die Dauer ist zu groß</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>expected a duration such as {&quot;value&quot;: 30, &quot;unit&quot;: &quot;s&quot;}, got %1</source>
        <translation>Dauer wie {&quot;value&quot;: 30, &quot;unit&quot;: &quot;s&quot;} erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown key (a duration has only &quot;value&quot; and &quot;unit&quot;)</source>
        <translation>unbekannter Schlüssel (eine Dauer hat nur &quot;value&quot; und &quot;unit&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation type="vanished">ganze Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation type="vanished">Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (expected ms, s, min or h)</source>
        <translation type="vanished">unbekannte Einheit &quot;%1&quot; (erwartet: ms, s, min oder h)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown unit &quot;%1&quot; (expected ms, s, min, h, d or w)</source>
        <translation>unbekannte Einheit &quot;%1&quot; (erwartet: ms, s, min, h, d oder w)</translation>
    </message>
</context>
<context>
    <name>EvaluatedValue</name>
    <message>
        <location filename="../src/drift/EvaluatedValue.cpp" line="+89"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; its literal default is %2</source>
        <translation>%1; der literale Standardwert ist %2</translation>
    </message>
</context>
<context>
    <name>EvaluationGuard</name>
    <message>
        <location filename="../src/drift/EvaluationGuard.cpp" line="+11"/>
        <source>syntax error at line %1</source>
        <translation>Syntaxfehler in Zeile %1</translation>
    </message>
    <message>
        <location filename="../src/drift/EvaluationGuard.h" line="+30"/>
        <source>no expression</source>
        <translation>kein Ausdruck</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>syntax error in &apos;%1&apos;</source>
        <translation>Syntaxfehler in &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expression nested too deeply to follow</source>
        <translation>Ausdruck zu tief verschachtelt, um ihm zu folgen</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <location filename="../ui/EventsPanel.ui" line="+14"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
</context>
<context>
    <name>EvidenceBundle</name>
    <message>
        <location filename="../src/evidence/EvidenceBundle.cpp" line="+66"/>
        <source>cannot create the directory</source>
        <translation>das Verzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write: %1</source>
        <translation>nicht schreibbar: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a directory</source>
        <translation>kein Verzeichnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no %1 to check the files against: not an evidence bundle</source>
        <translation>keine %1, gegen die die Dateien geprüft werden könnten: kein Nachweisbündel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1 is not &quot;&lt;sha256&gt;  &lt;file name&gt;&quot;</source>
        <translation>Zeile %1 hat nicht die Form „&lt;sha256&gt;  &lt;Dateiname&gt;“</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>exists and is not a directory</source>
        <translation>existiert und ist kein Verzeichnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not empty; evidence is never overwritten: choose a new directory</source>
        <translation>ist nicht leer; ein Nachweis wird nie überschrieben: wählen Sie ein neues Verzeichnis</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>no output directory given</source>
        <translation>kein Ausgabeverzeichnis angegeben</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>not a plain file name</source>
        <translation>kein einfacher Dateiname</translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message>
        <source>%1 is not set and the keychain gave no entry opsdash/%2 (%3)</source>
        <translation type="vanished">%1 ist nicht gesetzt, und der Schlüsselbund lieferte keinen Eintrag opsdash/%2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/app/EvidenceCommand.cpp" line="+236"/>
        <source>evidence: --duration must be whole seconds from 1 to 86400, got &apos;%1&apos;</source>
        <translation>evidence: --duration muss ganze Sekunden von 1 bis 86400 angeben, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>evidence: --out DIR is required</source>
        <translation>evidence: --out VERZ ist erforderlich</translation>
    </message>
    <message>
        <source>evidence: --profile is not implemented yet</source>
        <translation type="vanished">evidence: --profile ist noch nicht umgesetzt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>evidence: --repo %1 is not a directory</source>
        <translation>evidence: --repo %1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>evidence: internal error: no GUI application</source>
        <translation>evidence: interner Fehler: keine GUI-Anwendung</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>%1: MISSING: the bundle is not signed (opsdash evidence --sign KEY)</source>
        <translation>%1: FEHLT: das Bündel ist nicht signiert (opsdash evidence --sign SCHLÜSSEL)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: good signature by %2, key %3, made %4 (key validity: %5)</source>
        <translation>%1: gültige Signatur von %2, Schlüssel %3, erstellt %4 (Schlüsselgültigkeit: %5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: NOT good: %2</source>
        <translation>%1: NICHT gültig: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: OK</source>
        <translation>%1: OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: CHANGED since the bundle was sealed</source>
        <translation>%1: GEÄNDERT, seit das Bündel versiegelt wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: ADDED: not listed in %2</source>
        <translation>%1: HINZUGEFÜGT: nicht in %2 aufgeführt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: REMOVED: listed in %2, missing</source>
        <translation>%1: ENTFERNT: in %2 aufgeführt, fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verified: every file as sealed (%1), signed by %2</source>
        <translation>bestätigt: jede Datei wie versiegelt (%1), signiert von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NOT verified: %1 changed, %2 added, %3 removed; signature: %4</source>
        <translation>NICHT bestätigt: %1 geändert, %2 hinzugefügt, %3 entfernt; Signatur: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT good</source>
        <translation>NICHT gültig</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>evidence: --verify DIR checks a bundle; it takes neither --out nor --sign</source>
        <translation>evidence: --verify VERZEICHNIS prüft ein Bündel; es nimmt weder --out noch --sign</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>evidence: written, but not signed: %1</source>
        <translation>evidence: geschrieben, aber nicht signiert: %1</translation>
    </message>
    <message>
        <location line="+187"/>
        <location line="+55"/>
        <source>evidence: written, but no sample was taken from %1</source>
        <translation>evidence: geschrieben, aber von %1 wurde keine Messung erhoben</translation>
    </message>
    <message>
        <source>no admin token for %1: %2</source>
        <translation type="vanished">kein Admin-Token für %1: %2</translation>
    </message>
    <message>
        <source>no session source given (--sessions URL or --db CONNINFO)</source>
        <translation type="vanished">keine Sitzungsquelle angegeben (--sessions URL oder --db CONNINFO)</translation>
    </message>
    <message>
        <source>no sessions URL given (--sessions): the canary was not asked</source>
        <translation type="vanished">keine Sitzungs-URL angegeben (--sessions): der Canary wurde nicht gefragt</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>evidence: the profile %1 has no database target; a bundle of several targets watches a database each</source>
        <translation>evidence: das Profil %1 hat kein Datenbankziel; ein Bündel mehrerer Ziele beobachtet je eine Datenbank</translation>
    </message>
</context>
<context>
    <name>EvidencePdf</name>
    <message>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+433"/>
        <source>opsdash evidence %1</source>
        <translation>opsdash-Nachweis %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>created %1 · report.json SHA-256 %2</source>
        <translation>erstellt %1 · report.json SHA-256 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>EvidenceReport</name>
    <message>
        <location filename="../src/evidence/EvidenceReport.cpp" line="+378"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-149"/>
        <source> — **over-committed by %1**</source>
        <translation> — **um %1 überbucht**</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="vanished">%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 gave no answer</source>
        <translation type="vanished">%1 gab keine Antwort</translation>
    </message>
    <message>
        <source>%1 pass · %2 fail · %3 unknown · %4 missing · %5 not-checked</source>
        <translation type="vanished">%1 pass · %2 fail · %3 unknown · %4 missing · %5 not-checked</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+149"/>
        <source>%1 – %2 (%3 s)</source>
        <translation>%1 – %2 (%3 s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, every %2 s; server clock %3 – %4</source>
        <translation>%1, alle %2 s; Serveruhr %3 – %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-64"/>
        <source>*not-checked* means opsdash did not evaluate the check; it is never a pass. The reason is given in its row.</source>
        <translation>*not-checked* heißt, dass opsdash die Prüfung nicht ausgewertet hat; es ist nie ein pass. Der Grund steht in ihrer Zeile.</translation>
    </message>
    <message>
        <location line="+91"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+118"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+0"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="-67"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-63"/>
        <source>Average</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="-33"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-80"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+1"/>
        <source>Baseline SHA-256</source>
        <translation>Baseline SHA-256</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+79"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="-15"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-22"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-5"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+40"/>
        <source>Client sessions: %1 at the end, peak %2, of %3 usable</source>
        <translation>Client-Sitzungen: %1 am Ende, Spitze %2, von %3 nutzbaren</translation>
    </message>
    <message>
        <location line="-7"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-6"/>
        <source>Committed: %1</source>
        <translation>Zugesagt: %1</translation>
    </message>
    <message>
        <location line="-48"/>
        <location filename="../src/evidence/EvidenceSet.cpp" line="+117"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-91"/>
        <location line="+268"/>
        <source>Database target</source>
        <translation>Datenbankziel</translation>
    </message>
    <message>
        <location line="+78"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-149"/>
        <source>Events in the window</source>
        <translation>Ereignisse im Zeitfenster</translation>
    </message>
    <message>
        <location line="-56"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-55"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-1"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-53"/>
        <location line="+263"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>1 check fails: %1</source>
        <translation>1 Prüfung schlägt fehl: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 checks fail: %2</source>
        <translation>%1 Prüfungen schlagen fehl: %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 unknown: %2</source>
        <translation>%1 unbekannt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 missing: %2</source>
        <translation>%1 fehlen: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>all %1 checks pass</source>
        <translation>alle %1 Prüfungen bestehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all %1 evaluated checks pass (%2 not-checked)</source>
        <translation>alle %1 ausgewerteten Prüfungen bestehen (%2 not-checked)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the source plane only (no database target, no observation window)</source>
        <translation>%1: nur die Quellebene (kein Datenbankziel, kein Beobachtungsfenster)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 samples, every %2 s; server clock %3 – %4</source>
        <translation>%1 Messungen, alle %2 s; Serveruhr %3 – %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no sample was taken</source>
        <translation>es wurde keine Messung erhoben</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-170"/>
        <source>Login sessions</source>
        <translation>Anmeldesitzungen</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+39"/>
        <source>Longest-lived client sessions at the end</source>
        <translation>Langlebigste Client-Sitzungen am Ende</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>NOT verified: %1 pass, %2 fail, %3 unknown, %4 missing, %5 not-checked</source>
        <translation>NICHT bestätigt: %1 pass, %2 fail, %3 unknown, %4 missing, %5 not-checked</translation>
    </message>
    <message>
        <location line="+83"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-65"/>
        <source>No pool was observed: no sample was taken.</source>
        <translation>Kein Pool wurde beobachtet: es wurde keine Messung erhoben.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+30"/>
        <source>No sessions summary: %1</source>
        <translation>Keine Sitzungsübersicht: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+15"/>
        <source>None: no disconnection, reconnection or failed poll.</source>
        <translation>Keine: keine Trennung, keine Wiederverbindung, keine fehlgeschlagene Abfrage.</translation>
    </message>
    <message>
        <location line="-45"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-39"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="-13"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-19"/>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <location line="-37"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-58"/>
        <source>Observed (UTC)</source>
        <translation>Beobachtet (UTC)</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+77"/>
        <source>Peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+2"/>
        <source>Peak at (server)</source>
        <translation>Spitze um (Server)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+0"/>
        <source>Peak of budget</source>
        <translation>Spitze vom Budget</translation>
    </message>
    <message>
        <location line="-15"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-23"/>
        <source>Plane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+68"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+21"/>
        <location line="+63"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location line="-72"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-71"/>
        <source>Pools over the window</source>
        <translation>Pools im Zeitfenster</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+73"/>
        <source>Query (redacted)</source>
        <translation>Abfrage (geschwärzt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+1"/>
        <source>Query fingerprint</source>
        <translation>Abfrage-Fingerabdruck</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Query texts</source>
        <translation>Abfragetexte</translation>
    </message>
    <message>
        <location line="+110"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+6"/>
        <source>Ready to paste. A task is marked verified only when every check it rests on passed in this window.</source>
        <translation>Zum Einfügen bereit. Eine Aufgabe gilt nur dann als bestätigt, wenn jede Prüfung, auf der sie beruht, in diesem Zeitfenster bestanden hat.</translation>
    </message>
    <message>
        <location line="-115"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-153"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Samples</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <location line="+75"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+109"/>
        <source>Server time: %1</source>
        <translation>Serverzeit: %1</translation>
    </message>
    <message>
        <location line="-65"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-103"/>
        <source>Sessions source</source>
        <translation>Sitzungsquelle</translation>
    </message>
    <message>
        <location line="+69"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+106"/>
        <source>Soonest expiry: %1 (session %2)</source>
        <translation>Nächster Ablauf: %1 (Sitzung %2)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-5"/>
        <source>Source: %1 (%2)</source>
        <translation>Quelle: %1 (%2)</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+37"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="-82"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-11"/>
        <location filename="../src/evidence/EvidenceSet.cpp" line="-2"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-38"/>
        <location line="+234"/>
        <source>Summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The dashboard at %1</source>
        <translation>Das Dashboard um %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-169"/>
        <source>Usable slots: %1</source>
        <translation>Nutzbare Slots: %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+134"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+63"/>
        <source>Verification notes for tasks.md</source>
        <translation>Prüfvermerke für tasks.md</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written by opsdash %1 on %2 at %3. `SHA256SUMS` in the same folder covers every file of this bundle (`sha256sum -c SHA256SUMS`).</source>
        <translation>Geschrieben von opsdash %1 am %2 um %3. `SHA256SUMS` im selben Ordner deckt jede Datei dieses Nachweises ab (`sha256sum -c SHA256SUMS`).</translation>
    </message>
    <message>
        <location line="-110"/>
        <location filename="../src/evidence/EvidenceSet.cpp" line="+1"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-127"/>
        <location line="+234"/>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>included (redacted)</source>
        <translation>enthalten (geschwärzt)</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+143"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-259"/>
        <location line="+2"/>
        <location line="+6"/>
        <location line="+256"/>
        <source>none given</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>nothing observed</source>
        <translation>nichts beobachtet</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>opsdash</source>
        <translation>opsdash</translation>
    </message>
    <message>
        <location line="-19"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+24"/>
        <source>opsdash evidence</source>
        <translation>opsdash evidence</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>replaced by fingerprints</source>
        <translation>durch Fingerabdrücke ersetzt</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>verified: all %1 checks pass</source>
        <translation>bestätigt: alle %1 Prüfungen bestanden</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+98"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>connection pooling</source>
        <translation>Verbindungs-Pooling</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>session management</source>
        <translation>Sitzungsverwaltung</translation>
    </message>
    <message>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-162"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../src/evidence/EvidenceReport.cpp" line="-68"/>
        <source>its condition clears</source>
        <translation>sich der Zustand auflöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (ended %2)</source>
        <translation>%1 (beendet %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>acknowledged</source>
        <translation>quittiert</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Acknowledged and muted</source>
        <translation>Quittiert und stummgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+7"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+1"/>
        <source>Alert or check</source>
        <translation>Alarm oder Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+1"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-324"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+225"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-130"/>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>UTC, as the window showed them</source>
        <translation>UTC, wie das Fenster sie zeigte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTC, with the window&apos;s zone in parentheses: %1</source>
        <translation>UTC, in Klammern in der Zone des Fensters: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceSet</name>
    <message>
        <location filename="../src/evidence/EvidenceSet.cpp" line="-24"/>
        <source>1 check fails across %1 targets: %2</source>
        <translation>1 Prüfung schlägt fehl, über %1 Ziele: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 checks fail across %2 targets: %3</source>
        <translation>%1 Prüfungen schlagen fehl, über %2 Ziele: %3</translation>
    </message>
    <message>
        <source>%1 unknown: %2</source>
        <translation type="vanished">%1 unbekannt: %2</translation>
    </message>
    <message>
        <source>%1 missing: %2</source>
        <translation type="vanished">%1 fehlen: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>all %1 checks pass across %2 targets</source>
        <translation>alle %1 Prüfungen bestehen, über %2 Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all %1 evaluated checks pass across %2 targets (%3 not-checked)</source>
        <translation>alle %1 ausgewerteten Prüfungen bestehen, über %2 Ziele (%3 not-checked)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+246"/>
        <source>opsdash evidence: %1 targets</source>
        <translation>opsdash evidence: %1 Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+15"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+1"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+0"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="+33"/>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/evidence/EvidencePdf.cpp" line="-26"/>
        <source>Each target follows with its own observation window, verdict, screenshot, checks, pools, sessions and events.</source>
        <translation>Jedes Ziel folgt mit eigenem Beobachtungsfenster, Ergebnis, Bildschirmfoto, Prüfungen, Pools, Sitzungen und Ereignissen.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.ui" line="+6"/>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Include query &amp;texts (redacted) instead of fingerprints</source>
        <translation>&amp;Abfragetexte (geschwärzt) statt Fingerabdrücken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
</context>
<context>
    <name>ExternalOpen</name>
    <message>
        <location filename="../src/gui/common/ExternalOpen.cpp" line="+51"/>
        <source>the editor command is empty</source>
        <translation>der Editor-Befehl ist leer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the editor “%1” was not found (Settings → Editor command)</source>
        <translation>der Editor „%1“ wurde nicht gefunden (Einstellungen → Editor-Befehl)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the editor “%1” could not be started: %2</source>
        <translation>der Editor „%1“ konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the desktop has no application for this file; set an editor command in Settings → Editor command</source>
        <translation>die Arbeitsumgebung hat kein Programm für diese Datei; einen Editor-Befehl unter Einstellungen → Editor-Befehl festlegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the desktop has no file manager to show folders</source>
        <translation>die Arbeitsumgebung hat keinen Dateimanager, der Ordner zeigt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The path is copied to the clipboard.</source>
        <translation>Der Pfad ist in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../src/model/Finding.cpp" line="+68"/>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not-checked</source>
        <translation>not-checked</translation>
    </message>
</context>
<context>
    <name>GnuPG</name>
    <message>
        <location filename="../src/evidence/GnuPG.cpp" line="+62"/>
        <source>gpg (GnuPG) is not installed: install the gnupg package</source>
        <translation>gpg (GnuPG) ist nicht installiert: installieren Sie das Paket gnupg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gpg could not be started: %1</source>
        <translation>gpg konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gpg did not finish within %1 s</source>
        <translation>gpg ist nicht innerhalb von %1 s fertig geworden</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no signing key given</source>
        <translation>kein Signaturschlüssel angegeben</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no secret key for &apos;%1&apos; in the GnuPG keyring (gpg --list-secret-keys shows the keys that can sign)</source>
        <translation>kein geheimer Schlüssel für „%1“ im GnuPG-Schlüsselbund (gpg --list-secret-keys zeigt die Schlüssel, die signieren können)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key %1 has expired</source>
        <translation>der Schlüssel %1 ist abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key %1 is revoked</source>
        <translation>der Schlüssel %1 ist widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key %1 is disabled</source>
        <translation>der Schlüssel %1 ist deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key %1 cannot sign</source>
        <translation>der Schlüssel %1 kann nicht signieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no secret key for &apos;%1&apos; in the GnuPG keyring</source>
        <translation>kein geheimer Schlüssel für „%1“ im GnuPG-Schlüsselbund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the key &apos;%1&apos; needs its passphrase, and no gpg-agent pinentry could ask for it (%2): in headless CI, sign with a key made for CI without a passphrase (--sign CI-KEY; see docs/evidence.md)</source>
        <translation>der Schlüssel „%1“ braucht seine Passphrase, und kein Pinentry des gpg-agent konnte danach fragen (%2): in einer CI ohne Bildschirm mit einem eigens für die CI erzeugten Schlüssel ohne Passphrase signieren (--sign CI-SCHLÜSSEL; siehe docs/evidence.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>signing was cancelled at the passphrase prompt</source>
        <translation>das Signieren wurde bei der Passphrase-Abfrage abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrase for &apos;%1&apos; was wrong</source>
        <translation>die Passphrase für „%1“ war falsch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gpg could not sign with &apos;%1&apos;: %2</source>
        <translation>gpg konnte nicht mit „%1“ signieren: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>BAD signature by %1: the signed file was changed after it was signed</source>
        <translation>UNGÜLTIGE Signatur von %1: die signierte Datei wurde nach dem Signieren geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signed by %1 with a key that has expired</source>
        <translation>von %1 mit einem abgelaufenen Schlüssel signiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed by %1 with a key that is revoked</source>
        <translation>von %1 mit einem widerrufenen Schlüssel signiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature has expired</source>
        <translation>die Signatur ist abgelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed by key %1, which is not in your keyring: import the signer&apos;s public key (gpg --import) and verify again</source>
        <translation>signiert mit Schlüssel %1, der nicht in Ihrem Schlüsselbund ist: importieren Sie den öffentlichen Schlüssel des Unterzeichners (gpg --import) und prüfen Sie erneut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signature by key %1 could not be checked (error %2)</source>
        <translation>die Signatur von Schlüssel %1 konnte nicht geprüft werden (Fehler %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signature file holds no OpenPGP signature</source>
        <translation>die Signaturdatei enthält keine OpenPGP-Signatur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the signing key is marked as never to be trusted</source>
        <translation>dem signierenden Schlüssel ist ausdrücklich nie zu vertrauen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>gpg found no good signature (exit status %1)</source>
        <translation>gpg hat keine gültige Signatur gefunden (Exit-Status %1)</translation>
    </message>
</context>
<context>
    <name>GoEvaluator</name>
    <message>
        <location filename="../src/drift/GoEvaluator.cpp" line="+281"/>
        <location line="+5"/>
        <location line="+139"/>
        <source>the operator &apos;%1&apos; is not evaluated</source>
        <translation>der Operator &apos;%1&apos; wird nicht ausgewertet</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>&apos;%1&apos; is not a constant of this file</source>
        <translation>&apos;%1&apos; ist keine Konstante dieser Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; (%2) is not an expression opsdash evaluates</source>
        <translation>&apos;%1&apos; (%2) ist kein Ausdruck, den opsdash auswertet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>uses iota</source>
        <translation>verwendet iota</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>&apos;%1&apos; is not declared as a constant in this file</source>
        <translation>&apos;%1&apos; ist in dieser Datei nicht als Konstante deklariert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is declared %2 times in this file (lines %3); which one applies depends on scope</source>
        <translation type="vanished">&apos;%1&apos; ist in dieser Datei %2-mal deklariert (Zeilen %3); welche Deklaration gilt, hängt vom Gültigkeitsbereich ab</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>&apos;%1&apos; takes its value by implicit repetition (iota)</source>
        <translation>&apos;%1&apos; erhält seinen Wert durch implizite Wiederholung (iota)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; refers to itself</source>
        <translation>&apos;%1&apos; verweist auf sich selbst</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; is a variable (line %2), not a constant</source>
        <translation>&apos;%1&apos; ist eine Variable (Zeile %2), keine Konstante</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>; the function reads the environment (%1)</source>
        <translation>; die Funktion liest die Umgebung (%1)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the operator &apos;%1&apos; on non-numbers is not evaluated</source>
        <translation>der Operator &apos;%1&apos; auf Nicht-Zahlen wird nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the conversion %1(%2) is not evaluated</source>
        <translation>die Umwandlung %1(%2) wird nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the conversion to %1 is not evaluated</source>
        <translation>die Umwandlung nach %1 wird nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>comes from the environment (%1)</source>
        <translation>stammt aus der Umgebung (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the call %1 is not evaluated</source>
        <translation>der Aufruf %1 wird nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>comes from the environment (%1, read by %2)</source>
        <translation>stammt aus der Umgebung (%1, gelesen von %2)</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>&apos;%1&apos; is declared %2 times in the same scope (lines %3)</source>
        <translation>&apos;%1&apos; ist %2-mal im selben Gültigkeitsbereich deklariert (Zeilen %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is declared %2 times in this file (lines %3), none of them in scope here</source>
        <translation>&apos;%1&apos; ist %2-mal in dieser Datei deklariert (Zeilen %3), aber keine Deklaration ist hier sichtbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is declared at line %2, which is not in scope here</source>
        <translation>&apos;%1&apos; ist in Zeile %2 deklariert, die hier nicht sichtbar ist</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>&apos;%1&apos; is a function parameter (line %2); its value comes from the caller</source>
        <translation>&apos;%1&apos; ist ein Funktionsparameter (Zeile %2); sein Wert kommt vom Aufrufer</translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <location filename="../src/history/HistoryDatabase.cpp" line="+146"/>
        <source>no history file here</source>
        <translation>hier gibt es keine Verlaufsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the history directory %1</source>
        <translation>das Verlaufsverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the Qt SQLite driver (QSQLITE) is not available</source>
        <translation>der Qt-SQLite-Treiber (QSQLITE) ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open the history file</source>
        <translation>die Verlaufsdatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>not a readable SQLite history file</source>
        <translation>keine lesbare SQLite-Verlaufsdatei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>written by a newer opsdash (history schema %1; this build knows up to %2); not opening it, so that it is not damaged</source>
        <translation>von einem neueren opsdash geschrieben (Verlaufsschema %1; diese Version kennt bis %2); wird nicht geöffnet, damit sie nicht beschädigt wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a SQLite file that is not an opsdash history; not touching it</source>
        <translation>eine SQLite-Datei, die kein opsdash-Verlauf ist; sie bleibt unberührt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>history schema %1 is older than this build&apos;s %2; open it with the opsdash GUI once to upgrade it</source>
        <translation>Verlaufsschema %1 ist älter als %2 dieser Version; öffnen Sie ihn einmal mit der opsdash-Oberfläche, um ihn zu aktualisieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot switch the history file to WAL</source>
        <translation>die Verlaufsdatei kann nicht auf WAL umgestellt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file system does not support SQLite&apos;s WAL mode</source>
        <translation>das Dateisystem unterstützt den WAL-Modus von SQLite nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>cannot configure the history file</source>
        <translation>die Verlaufsdatei kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot prepare history statements</source>
        <translation>die Verlaufsanweisungen können nicht vorbereitet werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot lock the history file to upgrade it</source>
        <translation>die Verlaufsdatei kann für die Aktualisierung nicht gesperrt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the history schema version</source>
        <translation>die Version des Verlaufsschemas kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>upgrading the history schema to version %1 failed</source>
        <translation>die Aktualisierung des Verlaufsschemas auf Version %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot record the history schema version</source>
        <translation>die Version des Verlaufsschemas kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot commit the history schema upgrade</source>
        <translation>die Aktualisierung des Verlaufsschemas kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>cannot store pool %1</source>
        <translation>Pool %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+73"/>
        <source>the history file is open for reading only</source>
        <translation>die Verlaufsdatei ist nur zum Lesen geöffnet</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>cannot start writing history</source>
        <translation>das Schreiben des Verlaufs kann nicht beginnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>cannot write history</source>
        <translation>der Verlauf kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write a history event</source>
        <translation>ein Verlaufsereignis kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot commit history</source>
        <translation>der Verlauf kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot start history maintenance</source>
        <translation>die Verlaufswartung kann nicht beginnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>history maintenance failed</source>
        <translation>die Verlaufswartung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the end of the range is before its start</source>
        <translation>das Ende des Zeitraums liegt vor seinem Anfang</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+16"/>
        <source>cannot read history</source>
        <translation>der Verlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>cannot write an acknowledgement</source>
        <translation>kann eine Quittierung nicht schreiben</translation>
    </message>
</context>
<context>
    <name>HttpEndpoint</name>
    <message>
        <location filename="../src/serve/HttpEndpoint.cpp" line="+65"/>
        <source>cannot listen: %1</source>
        <translation>kann nicht lauschen: %1</translation>
    </message>
</context>
<context>
    <name>JsonRead</name>
    <message>
        <location filename="../src/model/JsonRead.cpp" line="+16"/>
        <source>the input ends inside an object (missing &apos;}&apos;)</source>
        <translation>die Eingabe endet innerhalb eines Objekts (&apos;}&apos; fehlt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach einem Objekteintrag erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected &apos;:&apos; after an object key</source>
        <translation>&apos;:&apos; nach einem Objektschlüssel erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the input ends inside an array (missing &apos;]&apos;)</source>
        <translation>die Eingabe endet innerhalb eines Arrays (&apos;]&apos; fehlt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>&apos;,&apos; oder &apos;]&apos; nach einem Array-Element erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected &apos;,&apos; between values</source>
        <translation>&apos;,&apos; zwischen Werten erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>illegal value (strings need double quotes; true, false and null are lower case)</source>
        <translation>unzulässiger Wert (Zeichenketten brauchen doppelte Anführungszeichen; true, false und null werden kleingeschrieben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the input ends inside a number</source>
        <translation>die Eingabe endet innerhalb einer Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid or out-of-range number</source>
        <translation>ungültige Zahl oder Zahl außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid escape sequence in a string</source>
        <translation>ungültige Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid UTF-8 in a string</source>
        <translation>ungültiges UTF-8 in einer Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unterminated string (missing &apos;&quot;&apos;)</source>
        <translation>nicht abgeschlossene Zeichenkette (&apos;&quot;&apos; fehlt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a key in double quotes (trailing commas are not allowed)</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet (abschließende Kommas sind nicht erlaubt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>document too large</source>
        <translation>Dokument zu groß</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected text after the end of the document</source>
        <translation>unerwarteter Text nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected an integer, got %1</source>
        <translation>ganze Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, erhalten: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../src/i18n/Language.cpp" line="+81"/>
        <source>--lang needs a language code; available: %1</source>
        <translation>--lang braucht einen Sprachcode; verfügbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown language &apos;%1&apos; for --lang; available: %2</source>
        <translation>unbekannte Sprache &apos;%1&apos; für --lang; verfügbar: %2</translation>
    </message>
</context>
<context>
    <name>LiveRules</name>
    <message>
        <location filename="../src/drift/LiveRules.cpp" line="+43"/>
        <source>the baseline sets no %1 for pool %2</source>
        <translation>die Baseline legt für Pool %2 kein %1 fest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no connection idle longer than %1 (%2)</source>
        <translation>keine Verbindung länger als %1 im Leerlauf (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no connection older than %1 (%2)</source>
        <translation>keine Verbindung älter als %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>%1 %2 + grace %3</source>
        <translation>%1 %2 + Toleranz %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>at most %1 idle connections (MaxIdleConns), in two samples running</source>
        <translation>höchstens %1 Verbindungen im Leerlauf (MaxIdleConns), in zwei Messungen hintereinander</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the baseline sets no maxIdleConns for pool %1</source>
        <translation>die Baseline legt für Pool %1 kein maxIdleConns fest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 + one cleaner period %4 + grace %3</source>
        <translation>%1 %2 + ein Aufräumintervall %4 + Toleranz %3</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>pid %1 idle %2</source>
        <translation>PID %1 seit %2 im Leerlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pid %1 age %2</source>
        <translation>PID %1 Alter %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no session of pool %1 in the window</source>
        <translation>keine Sitzung von Pool %1 im Zeitfenster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sessions&apos; states and times are hidden from the monitoring role (grant it pg_monitor)</source>
        <translation>Zustände und Zeiten der Sitzungen sind für die Überwachungsrolle verborgen (erteilen Sie ihr pg_monitor)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>up to %1 idle connections</source>
        <translation>bis zu %1 Verbindungen im Leerlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 over the limit; worst %2</source>
        <translation>%1 über der Grenze; schlimmster Fall %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at most %1 idle</source>
        <translation>höchstens %1 im Leerlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longest idle %1</source>
        <translation>längster Leerlauf %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>oldest %1</source>
        <translation>älteste %1</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>no session idle in transaction longer than %1 (thresholds.live.idleInTransaction)</source>
        <translation>keine Sitzung länger als %1 „idle in transaction“ (thresholds.live.idleInTransaction)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>pid %1 idle in transaction %2, transaction open %3</source>
        <translation>PID %1 „idle in transaction“ %2, Transaktion offen %3</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>longest idle in transaction %1</source>
        <translation>längstes „idle in transaction“ %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+35"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Monitor</source>
        <translation>&amp;Überwachung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Connected</source>
        <translation type="vanished">&amp;Verbunden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect to or disconnect from the target (Ctrl+K)</source>
        <translation>Mit dem Ziel verbinden oder die Verbindung trennen (Strg+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or resume polling (Space)</source>
        <translation>Abfragen pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll now (F5)</source>
        <translation>Jetzt abfragen (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pools</source>
        <translation>&amp;Pool-Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the pool budget panel (Ctrl+1)</source>
        <translation>Bereich Pool-Budget anzeigen (Strg+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About opsdash</source>
        <translation>Ü&amp;ber opsdash</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every keyboard shortcut of the window (F1)</source>
        <translation>Alle Tastenkürzel des Fensters (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
</context>
<context>
    <name>MarkReleaseDialog</name>
    <message>
        <location filename="../ui/MarkReleaseDialog.ui" line="+6"/>
        <source>Mark release</source>
        <translation>Release markieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A marker at this moment on the history chart and a line in the events, kept in the target&apos;s history.</source>
        <translation>Eine Markierung zu diesem Zeitpunkt im Verlaufsdiagramm und eine Zeile bei den Ereignissen, gespeichert im Verlauf des Ziels.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
</context>
<context>
    <name>MetricsText</name>
    <message>
        <location filename="../src/model/MetricsText.cpp" line="+191"/>
        <source># %1 needs a metric name, found &apos;%2&apos;</source>
        <translation># %1 braucht einen Metriknamen, gefunden: „%2“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown metric type &apos;%1&apos; for %2 (counter, gauge, histogram, summary, untyped)</source>
        <translation>unbekannter Metriktyp „%1“ für %2 (counter, gauge, histogram, summary, untyped)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a second # TYPE for %1</source>
        <translation>ein zweites # TYPE für %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source># TYPE for %1 after its first sample</source>
        <translation># TYPE für %1 nach seinem ersten Messwert</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>expected a label name and &apos;=&apos;, found &apos;%1&apos;</source>
        <translation>Label-Name und „=“ erwartet, gefunden: „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>label %1: expected a quoted value, found &apos;%2&apos;</source>
        <translation>Label %1: Wert in Anführungszeichen erwartet, gefunden: „%2“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>label %1: the value&apos;s closing quote is missing</source>
        <translation>Label %1: das schließende Anführungszeichen des Werts fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>label %1: an escape other than \\, \&quot; or \n</source>
        <translation>Label %1: ein Escape außer \, \&quot; oder 
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>label %1 twice</source>
        <translation>Label %1 doppelt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after label %1, found &apos;%2&apos;</source>
        <translation>„,“ oder „}“ nach Label %1 erwartet, gefunden: „%2“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a metric name</source>
        <translation>„%1“ ist kein Metrikname</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &apos;%2&apos; is not a timestamp in milliseconds</source>
        <translation>%1: „%2“ ist kein Zeitstempel in Millisekunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; after the timestamp</source>
        <translation>%1: „%2“ nach dem Zeitstempel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 without its le label</source>
        <translation>%1 ohne sein Label le</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the page has %1 bytes, more than the cap of %2</source>
        <translation>die Seite hat %1 Bytes, mehr als die Obergrenze von %2</translation>
    </message>
</context>
<context>
    <name>PgBouncerWatch</name>
    <message>
        <location filename="../src/model/PgBouncer.cpp" line="+119"/>
        <source>%1 × (%2 default_pool_size + %3 reserve_pool_size) = %4</source>
        <translation>%1 × (%2 default_pool_size + %3 reserve_pool_size) = %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PgBouncer %1/%2: cl_active %3 · cl_waiting %4 · sv_active %5 · sv_idle %6 · maxwait %7 s</source>
        <translation>PgBouncer %1/%2: cl_active %3 · cl_waiting %4 · sv_active %5 · sv_idle %6 · maxwait %7 s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PgBouncer pool sizes %1 of %2 usable slots · max_client_conn %3 · %4 server backends%5</source>
        <translation>PgBouncer-Poolgrößen %1 von %2 nutzbaren Slots · max_client_conn %3 · %4 Server-Backends%5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SHOW POOLS and SHOW CONFIG on %1 at %2</source>
        <translation>SHOW POOLS und SHOW CONFIG auf %1 um %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no client waits longer than %1 s</source>
        <translation>kein Client wartet länger als %1 s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 waiting, longest %2 s (in the window: at most %3 waiting, longest %4 s)</source>
        <translation>%1 wartend, längste Wartezeit %2 s (im Zeitfenster: höchstens %3 wartend, längste %4 s)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>≤ %1 usable slots</source>
        <translation>≤ %1 nutzbare Slots</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>≤ the usable slots</source>
        <translation>≤ die nutzbaren Slots</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PgBouncer has not answered yet</source>
        <translation>PgBouncer hat noch nicht geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PgBouncer has no pool yet: no client has connected through it</source>
        <translation>PgBouncer hat noch keinen Pool: kein Client hat sich darüber verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server&apos;s max_connections is not known yet</source>
        <translation>max_connections des Servers ist noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; max_client_conn %2</source>
        <translation>%1; max_client_conn %2</translation>
    </message>
</context>
<context>
    <name>PoolBudgetPanel</name>
    <message>
        <location filename="../ui/PoolBudgetPanel.ui" line="+8"/>
        <source>Pool budget</source>
        <translation>Pool-Budget</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>PoolChecks</name>
    <message>
        <location filename="../src/drift/PoolChecks.cpp" line="+161"/>
        <source>10</source>
        <translation>10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (idle connections are never closed)</source>
        <translation>keiner (Verbindungen im Leerlauf werden nie geschlossen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>30 s</source>
        <translation>30 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a random 30–60 min</source>
        <translation>zufällig 30–60 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no postgres(…) call in the file</source>
        <translation>kein postgres(…)-Aufruf in der Datei</translation>
    </message>
    <message>
        <source>%1 postgres(…) calls (lines %2); cannot tell which is the %3 pool</source>
        <translation type="vanished">%1 postgres(…)-Aufrufe (Zeilen %2); es ist nicht erkennbar, welcher der Pool %3 ist</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the options of postgres(…) cannot be evaluated: %1</source>
        <translation>die Optionen von postgres(…) können nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>postgres(…) does not set %1; the PG%2 environment variable or postgres.js&apos;s default (%3) applies</source>
        <translation>postgres(…) setzt %1 nicht; es gilt die Umgebungsvariable PG%2 oder der Standardwert von postgres.js (%3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>max is %1</source>
        <translation>max ist %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>postgres(…) does not set max (postgres.js defaults to 10)</source>
        <translation>postgres(…) setzt max nicht (postgres.js nimmt standardmäßig 10)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is never called; database/sql&apos;s default is %2</source>
        <translation>%1 wird nie aufgerufen; der Standardwert von database/sql ist %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is never called (database/sql allows unlimited connections)</source>
        <translation>%1 wird nie aufgerufen (database/sql erlaubt unbegrenzt viele Verbindungen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 takes one argument</source>
        <translation>%1 erwartet ein Argument</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is called %2 times with different values (lines %3)</source>
        <translation>%1 wird %2-mal mit verschiedenen Werten aufgerufen (Zeilen %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>SetMaxOpenConns(%1) means unlimited</source>
        <translation>SetMaxOpenConns(%1) bedeutet unbegrenzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unlimited (%1)</source>
        <translation>unbegrenzt (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SetMaxOpenConns(%1)</source>
        <translation>SetMaxOpenConns(%1)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Σ pool maxima ≤ %1 (server.maxConnections)</source>
        <translation>Σ Pool-Maxima ≤ %1 (server.maxConnections)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usable slots (max_connections minus reserved ones) are the server plane&apos;s check, server.capacity</source>
        <translation>nutzbare Slots (max_connections abzüglich der reservierten) prüft die Server-Ebene: server.capacity</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: unlimited</source>
        <translation>%1: unbegrenzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the size of pool %1 is not known from source: %2</source>
        <translation>die Größe von Pool %1 ist aus dem Quellcode nicht bekannt: %2</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1 (%2)</source>
        <translation>Zeile %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no postgres(…) call is bound to &apos;%1&apos; (the calls: %2)</source>
        <translation>kein postgres(…)-Aufruf ist an &apos;%1&apos; gebunden (die Aufrufe: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the pool is call %1, but the file has %2 such postgres(…) calls (%3)</source>
        <translation>der Pool ist Aufruf %1, aber die Datei hat %2 solche postgres(…)-Aufrufe (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 postgres(…) calls (%2); cannot tell which is the %3 pool: name it in the baseline with &quot;binding&quot; or &quot;call&quot;</source>
        <translation>%1 postgres(…)-Aufrufe (%2); nicht erkennbar, welcher der Pool %3 ist: in der Baseline mit &quot;binding&quot; oder &quot;call&quot; benennen</translation>
    </message>
</context>
<context>
    <name>PoolStatistics</name>
    <message>
        <location filename="../src/model/PoolStatistics.cpp" line="+165"/>
        <source>GET %1 (%2)</source>
        <translation>GET %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 – %2</source>
        <translation>, %1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> at %1</source>
        <translation> um %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>go_sql_max_open_connections = %1 (maxOpenConns)</source>
        <translation>go_sql_max_open_connections = %1 (maxOpenConns)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go_sql_max_open_connections = %1 (the budget)</source>
        <translation>go_sql_max_open_connections = %1 (das Budget)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no wait for a connection in the window</source>
        <translation>kein Warten auf eine Verbindung im Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under %1 waits for a connection per minute</source>
        <translation>unter %1 Wartevorgängen auf eine Verbindung je Minute</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>under %1 connections closed per minute by MaxIdleConns</source>
        <translation>unter %1 durch MaxIdleConns geschlossenen Verbindungen je Minute</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no reading of %1 yet</source>
        <translation>noch kein Messwert von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stale: the values of %1; the page could not be read since %2: %3</source>
        <translation>veraltet: die Werte von %1; die Seite ist seit %2 nicht lesbar: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>0 (unlimited)</source>
        <translation>0 (unbegrenzt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no wait</source>
        <translation>kein Warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 waits (%2 a minute), average wait %3</source>
        <translation>%1 Wartevorgänge (%2 je Minute), mittlere Wartezeit %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 a minute (%2 in the window)</source>
        <translation>%1 je Minute (%2 im Fenster)</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>%1 (the profile&apos;s, in place of the baseline&apos;s)</source>
        <translation>%1 (die des Profils, anstelle der aus der Baseline)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (serve&apos;s config, in place of the baseline&apos;s)</source>
        <translation>%1 (aus der serve-Konfiguration, anstelle der aus der Baseline)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (the baseline&apos;s)</source>
        <translation>%1 (aus der Baseline)</translation>
    </message>
</context>
<context>
    <name>PoolStatsReading</name>
    <message>
        <location line="-106"/>
        <source>%1 is %2, not a count</source>
        <translation>%1 ist %2, keine Anzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the page has no %1 series (client_golang&apos;s DBStats collector)</source>
        <translation>die Seite hat keine Reihe %1 (DBStats-Collector von client_golang)</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <location filename="../src/app/ProbeCommand.cpp" line="+69"/>
        <source>--%1 must be a whole number of seconds from %2 to %3, got &apos;%4&apos;</source>
        <translation>--%1 muss eine ganze Zahl von Sekunden zwischen %2 und %3 sein, erhalten: &apos;%4&apos;</translation>
    </message>
    <message>
        <source>disconnected: %1; retrying at %2</source>
        <translation type="vanished">getrennt: %1; neuer Versuch um %2</translation>
    </message>
    <message>
        <source>reconnected after a gap since %1</source>
        <translation type="vanished">wieder verbunden nach einer Lücke seit %1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>disconnected: %1</source>
        <translation>getrennt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reconnected: %1</source>
        <translation>wieder verbunden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>poll failed: %1</source>
        <translation>Abfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>pg_settings on %1 at %2</source>
        <translation>pg_settings auf %1 um %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_stat_activity on %1, %2 – %3, %4 samples every %5 s</source>
        <translation>pg_stat_activity auf %1, %2 – %3, %4 Messungen alle %5 s</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>target   %1 — PostgreSQL %2</source>
        <translation>Ziel      %1 — PostgreSQL %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>window   %1 – %2, %n sample(s)</source>
        <translation>
            <numerusform>Zeitraum  %1 – %2, %n Messung</numerusform>
            <numerusform>Zeitraum  %1 – %2, %n Messungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>capacity %1 usable (%2)</source>
        <translation>Kapazität %1 nutzbar (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>budgets  %1%2</source>
        <translation>Budgets   %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — OVER-COMMITTED by %1</source>
        <translation> — ÜBERBUCHT um %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avg</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>client sessions %1 / %2 usable (peak %3)</source>
        <translation>Client-Sitzungen %1 / %2 nutzbar (Spitze %3)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>probe: --format must be text or json, got &apos;%1&apos;</source>
        <translation>probe: --format muss text oder json sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probe: --sessions is not implemented yet</source>
        <translation>probe: --sessions ist noch nicht umgesetzt</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no sample was taken from %1</source>
        <translation>von %1 wurde keine Messung erhoben</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>pg_roles, pg_database and pg_stat_activity on %1 at %2</source>
        <translation>pg_roles, pg_database und pg_stat_activity auf %1 um %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>new/min</source>
        <translation>neu/min</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>app metrics of %1: %2</source>
        <translation>App-Metriken von %1: %2</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../src/model/Profile.cpp" line="+88"/>
        <source>A connection string or postgresql:// URI is required.</source>
        <translation>Eine Verbindungszeichenkette oder postgresql://-URI ist erforderlich.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>A host (name, address or socket directory) is required.</source>
        <translation>Ein Host (Name, Adresse oder Socket-Verzeichnis) ist erforderlich.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>A name cannot contain / or \.</source>
        <translation>Ein Name darf weder / noch \ enthalten.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A service name (from pg_service.conf) is required.</source>
        <translation>Ein Dienstname (aus pg_service.conf) ist erforderlich.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Admin URL %1.</source>
        <translation>Admin-URL %1.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Another target is already called “%1”.</source>
        <translation>Ein anderes Ziel heißt bereits „%1“.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Canary URL %1.</source>
        <translation>Canary-URL %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No such directory: %1</source>
        <translation>Verzeichnis nicht vorhanden: %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+38"/>
        <source>No such file: %1</source>
        <translation>Datei nicht vorhanden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The poll interval must be from 1 to 60 seconds.</source>
        <translation>Das Abfrageintervall muss zwischen 1 und 60 Sekunden liegen.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The port must be from 1 to 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown sslmode “%1”.</source>
        <translation>Unbekannter sslmode „%1“.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>must be an http:// or https:// URL</source>
        <translation>muss eine http://- oder https://-URL sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not carry a user or password; tokens go to the keychain</source>
        <translation>darf weder Benutzer noch Passwort enthalten; Tokens gehören in den Schlüsselbund</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>needs a host name</source>
        <translation>braucht einen Hostnamen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A Prometheus URL is required.</source>
        <translation>Eine Prometheus-URL ist erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prometheus URL %1.</source>
        <translation>Prometheus-URL %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basic authentication needs a user.</source>
        <translation>Basic-Authentifizierung braucht einen Benutzer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target label is required: the `target` value opsdash serve gives this database&apos;s series.</source>
        <translation>Das Target-Label ist erforderlich: der `target`-Wert, den opsdash serve den Reihen dieser Datenbank gibt.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Pool metrics “%1”: write pool=URL, e.g. scheduling=http://127.0.0.1:9102/metrics.</source>
        <translation>Pool-Metriken „%1“: pool=URL schreiben, z. B. scheduling=http://127.0.0.1:9102/metrics.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metrics URL of pool %1 %2.</source>
        <translation>Metrik-URL des Pools %1: %2.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="+102"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Baseline file:</source>
        <translation>&amp;Baseline-Datei:</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Monorepo checkout:</source>
        <translation>&amp;Monorepo-Checkout:</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>5432</source>
        <translation>5432</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A&amp;dmin URL:</source>
        <translation>A&amp;dmin-URL:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Allow cancel query and terminate backend (asks each time)</source>
        <translation>Abfrage abbrechen und Backend beenden erlauben (fragt jedes Mal nach)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Backend si&amp;gnals:</source>
        <translation>Backend-Si&amp;gnale:</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Bearer &amp;token:</source>
        <translation>Bearer-&amp;Token:</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>CA certificate file (optional)</source>
        <translation>CA-Zertifikatsdatei (optional)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ca&amp;nary URL:</source>
        <translation>Ca&amp;nary-URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canary coo&amp;kie:</source>
        <translation>Canary-Coo&amp;kie:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checkout, baseline and polling</source>
        <translation>Checkout, Baseline und Abfragen</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Co&amp;nninfo:</source>
        <translation>Co&amp;nninfo:</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Connection string / URI</source>
        <translation>Verbindungszeichenkette / URI</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Count sessions from the sessions table through the monitoring connection</source>
        <translation>Sitzungen über die Überwachungsverbindung aus der Sitzungstabelle zählen</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Host and port</source>
        <translation>Host und Port</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Login sessions</source>
        <translation>Anmeldesitzungen</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Poll &amp;interval:</source>
        <translation>Abfrage&amp;intervall:</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>S&amp;ervice:</source>
        <translation>D&amp;ienst:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>SSL &amp;mode:</source>
        <translation>SSL-&amp;Modus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSL root &amp;cert:</source>
        <translation>SSL-Stamm&amp;zertifikat:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Service name</source>
        <translation>Dienstname</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sessions &amp;table:</source>
        <translation>Sitzungs&amp;tabelle:</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>a name from pg_service.conf</source>
        <translation>ein Name aus pg_service.conf</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>db.internal, 10.0.0.5 or /var/run/postgresql</source>
        <translation>db.internal, 10.0.0.5 oder /var/run/postgresql</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>directory (optional)</source>
        <translation>Verzeichnis (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: the built-in baseline</source>
        <translation>leer: die eingebaute Baseline</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>host=… dbname=… or postgresql://user@host/db (no password)</source>
        <translation>host=… dbname=… oder postgresql://user@host/db (ohne Passwort)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>https://app.example.com (GET /api/admin/sessions)</source>
        <translation>https://app.example.com (GET /api/admin/sessions)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://app.example.com (dedicated canary account only)</source>
        <translation>https://app.example.com (nur ein eigenes Canary-Konto)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>opsdash_monitor</source>
        <translation>opsdash_monitor</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>postgres</source>
        <translation>postgres</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>production, staging, …</source>
        <translation>production, staging, …</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+49"/>
        <location line="+6"/>
        <source>saved in the keychain; empty keeps it</source>
        <translation>im Schlüsselbund gespeichert; leer lässt es unverändert</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>saved in the keychain; empty keeps it (or .pgpass)</source>
        <translation>im Schlüsselbund gespeichert; leer lässt es unverändert (oder .pgpass)</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Data from:</source>
        <translation>Daten aus:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;rometheus (team mode: no database connection)</source>
        <translation>P&amp;rometheus (Team-Modus: keine Datenbankverbindung)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://prometheus.internal:9090</source>
        <translation>http://prometheus.internal:9090</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target &amp;label:</source>
        <translation>Target-&amp;Label:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target=&quot;…&quot; value opsdash serve exports</source>
        <translation>der target=&quot;…&quot;-Wert, den opsdash serve exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U&amp;ser:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;oken or password:</source>
        <translation>T&amp;oken oder Passwort:</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The database itsel&amp;f</source>
        <translation>der Datenbank sel&amp;bst</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>PgB&amp;ouncer admin:</source>
        <translation>PgB&amp;ouncer-Admin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host=… port=6432 dbname=pgbouncer user=stats (optional)</source>
        <translation>host=… port=6432 dbname=pgbouncer user=stats (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool &amp;metrics:</source>
        <translation>Pool-&amp;Metriken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduling=http://…/metrics (optional; in place of the baseline&apos;s)</source>
        <translation>scheduling=http://…/metrics (optional; anstelle der aus der Baseline)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each pool&apos;s application /metrics page as pool=URL, apart by spaces; a pool named here is read from this URL instead of the baseline&apos;s pools[].metricsUrl.</source>
        <translation>Die /metrics-Seite der Anwendung jedes Pools als pool=URL, durch Leerzeichen getrennt; ein hier genannter Pool wird von dieser URL gelesen statt von pools[].metricsUrl der Baseline.</translation>
    </message>
</context>
<context>
    <name>PrometheusReading</name>
    <message>
        <location filename="../src/prom/PrometheusResponse.cpp" line="+214"/>
        <source>≤ %1 usable slots</source>
        <translation>≤ %1 nutzbare Slots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 committed</source>
        <translation>%1 zugesagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as opsdash serve judged it (read from Prometheus; its evidence is serve&apos;s)</source>
        <translation>so, wie opsdash serve es beurteilt hat (aus Prometheus gelesen; die Belege liegen bei serve)</translation>
    </message>
</context>
<context>
    <name>PrometheusRules</name>
    <message>
        <location filename="../src/serve/PrometheusRules.cpp" line="+75"/>
        <source>&apos;%1&apos; is not a duration like 45s, 2m or 1h30m</source>
        <translation>&apos;%1&apos; ist keine Dauer wie 45s, 2m oder 1h30m</translation>
    </message>
</context>
<context>
    <name>RepoLocator</name>
    <message>
        <location filename="../src/drift/RepoLocator.cpp" line="+125"/>
        <source>none of its directories exists</source>
        <translation>keines seiner Verzeichnisse existiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the nearest existing directory is &apos;%1&apos;</source>
        <translation>das nächste existierende Verzeichnis ist &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; files named like it: %1</source>
        <translation>; Dateien mit passendem Namen: %1</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <location filename="../src/app/ServeCommand.cpp" line="+62"/>
        <source>--interval must be a whole number of seconds from 1 to 60, got &apos;%1&apos;</source>
        <translation>--interval muss eine ganze Zahl von Sekunden von 1 bis 60 sein, angegeben: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--profile: no saved target is called &apos;%1&apos;</source>
        <translation>--profile: kein gespeichertes Ziel heißt &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>serve: give one of --config, --db or --profile</source>
        <translation>serve: genau eines von --config, --db oder --profile angeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>serve: with --config, each target&apos;s baseline and interval are set in the file</source>
        <translation>serve: mit --config stehen Baseline und Intervall jedes Ziels in der Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>serve: --log-format must be logfmt or json, got &apos;%1&apos;</source>
        <translation>serve: --log-format muss logfmt oder json sein, angegeben: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>serve: --listen takes ADDRESS:PORT, got &apos;%1&apos;</source>
        <translation>serve: --listen erwartet ADRESSE:PORT, angegeben: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>--profile: &apos;%1&apos; reads Prometheus (team mode); serve needs a profile that names a database</source>
        <translation>--profile: &apos;%1&apos; liest Prometheus (Team-Modus); serve braucht ein Profil, das eine Datenbank nennt</translation>
    </message>
</context>
<context>
    <name>ServeConfig</name>
    <message>
        <location filename="../src/serve/ServeConfig.cpp" line="+48"/>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permissions %1 are too open: other users can read or change this file, which holds secrets; run chmod 600 on it</source>
        <translation>Rechte %1 sind zu offen: andere Benutzer können diese Datei mit Geheimnissen lesen oder ändern; chmod 600 darauf ausführen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the password file: %1</source>
        <translation>Passwortdatei nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the password file is empty</source>
        <translation>die Passwortdatei ist leer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read the config: %1</source>
        <translation>Konfiguration nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is larger than 1 MiB; a config is a few kilobytes</source>
        <translation>die Datei ist größer als 1 MiB; eine Konfiguration hat wenige Kilobyte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown key (known: %1)</source>
        <translation>unbekannter Schlüssel (bekannt: %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected &quot;ADDRESS:PORT&quot;</source>
        <translation>erwartet wird &quot;ADRESSE:PORT&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a non-empty array of targets</source>
        <translation>erwartet wird ein nicht leeres Array von Zielen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected an object</source>
        <translation>erwartet wird ein Objekt</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+67"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+63"/>
        <source>expected a non-empty string</source>
        <translation>erwartet wird eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&apos;%1&apos; is not a target name (letters, digits, _ . : -)</source>
        <translation>&apos;%1&apos; ist kein Zielname (Buchstaben, Ziffern, _ . : -)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; names another target already</source>
        <translation>&apos;%1&apos; benennt schon ein anderes Ziel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected true or false</source>
        <translation>erwartet wird true oder false</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+36"/>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>&apos;%1&apos; ist keine http- oder https-URL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a whole number of seconds from 1 to 60</source>
        <translation>erwartet wird eine ganze Zahl von Sekunden von 1 bis 60</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>expected an object with conninfo (and passwordFile)</source>
        <translation>erwartet ein Objekt mit conninfo (und passwordFile)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected an object: pool id → its application&apos;s /metrics URL</source>
        <translation>erwartet ein Objekt: Pool-ID → /metrics-URL seiner Anwendung</translation>
    </message>
</context>
<context>
    <name>SessionExpiry</name>
    <message>
        <location filename="../src/sessions/SessionExpiry.cpp" line="+110"/>
        <source>%1 active · %2 expire within %3 · %4 within %5</source>
        <translation>%1 aktiv · %2 laufen binnen %3 ab · %4 binnen %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · %1 over the %2 age limit</source>
        <translation> · %1 über der Altersgrenze von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (only the first %1 by expiry were read)</source>
        <translation> (nur die ersten %1 nach Ablaufzeit wurden gelesen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>desktop clock is %1 ahead of the server (times use the server&apos;s clock)</source>
        <translation>die Uhr dieses Rechners geht gegenüber dem Server %1 vor (Zeiten folgen der Serveruhr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desktop clock is %1 behind the server (times use the server&apos;s clock)</source>
        <translation>die Uhr dieses Rechners geht gegenüber dem Server %1 nach (Zeiten folgen der Serveruhr)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>SessionSourcePlan</name>
    <message>
        <location filename="../src/sessions/SessionSourcePlan.cpp" line="+14"/>
        <source>no monitoring connection to read the sessions table through</source>
        <translation>keine Überwachungsverbindung, über die die Sitzungstabelle gelesen werden könnte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no session source: the target has no admin URL and does not read the sessions table</source>
        <translation>keine Sitzungsquelle: das Ziel hat keine Admin-URL und liest die Sitzungstabelle nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no session source given (--sessions URL or --db CONNINFO)</source>
        <translation>keine Sitzungsquelle angegeben (--sessions URL oder --db CONNINFO)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no canary URL given (--sessions, or the profile&apos;s canary URL): the canary was not asked</source>
        <translation>keine Canary-URL angegeben (--sessions oder die Canary-URL des Profils): der Canary wurde nicht gefragt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the built-in one; give your own with --baseline</source>
        <translation>die eingebaute; eine eigene mit --baseline angeben</translation>
    </message>
</context>
<context>
    <name>SessionsCommand</name>
    <message>
        <source>%1 is not set and the keychain has no entry opsdash/%2</source>
        <translation type="vanished">%1 ist nicht gesetzt, und der Schlüsselbund hat keinen Eintrag opsdash/%2</translation>
    </message>
    <message>
        <source>%1 is not set and no keychain is available (%2)</source>
        <translation type="vanished">%1 ist nicht gesetzt, und es ist kein Schlüsselbund verfügbar (%2)</translation>
    </message>
    <message>
        <source>%1 is not set and the keychain refused access to opsdash/%2 (%3)</source>
        <translation type="vanished">%1 ist nicht gesetzt, und der Schlüsselbund verweigert den Zugriff auf opsdash/%2 (%3)</translation>
    </message>
    <message>
        <source>%1 is not set and reading opsdash/%2 from the keychain failed (%3)</source>
        <translation type="vanished">%1 ist nicht gesetzt, und das Lesen von opsdash/%2 aus dem Schlüsselbund ist fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>no canary account configured: %1</source>
        <translation type="vanished">kein Canary-Konto eingerichtet: %1</translation>
    </message>
    <message>
        <location filename="../src/app/SessionsCommand.cpp" line="+164"/>
        <source>source   %1</source>
        <translation>Quelle    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server   %1 (clock: %2)</source>
        <translation>Server    %1 (Uhr: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skew     %1</source>
        <translation>Versatz   %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>soonest  %1 in %2</source>
        <translation>nächste   %1 in %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>next 24 h, per hour: %1 · later: %2</source>
        <translation>nächste 24 h, pro Stunde: %1 · später: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>TIME LEFT</source>
        <translation>RESTZEIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXPIRES (server)</source>
        <translation>LÄUFT AB (Server)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST SEEN</source>
        <translation>ZULETZT GESEHEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>… and %1 more; --format json lists them all</source>
        <translation>… und %1 weitere; --format json listet alle auf</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>sessions: --format must be text or json, got &apos;%1&apos;</source>
        <translation>sessions: --format muss text oder json sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sessions: give exactly one of --url or --db</source>
        <translation>sessions: geben Sie genau eines von --url oder --db an</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>sessions: no token for %1: %2</source>
        <translation>sessions: kein Token für %1: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>could not connect</source>
        <translation>keine Verbindung möglich</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <location filename="../ui/SessionsPanel.ui" line="+10"/>
        <source>Login sessions</source>
        <translation>Anmeldesitzungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Canary idle limit</source>
        <translation>Leerlaufgrenze des Canary-Kontos</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sessions nearest expiry</source>
        <translation>Sitzungen mit dem nächsten Ablauf</translation>
    </message>
</context>
<context>
    <name>SessionsTableQuery</name>
    <message>
        <location filename="../src/sessions/SessionsTableQuery.cpp" line="+98"/>
        <source>table %1 does not exist; set sessionsTable.schema and sessionsTable.table in the baseline (%2)</source>
        <translation>Tabelle %1 existiert nicht; setzen Sie sessionsTable.schema und sessionsTable.table in der Baseline (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>table %1 has no column %2; set sessionsTable.columns.%3 in the baseline (%4); its columns are %5</source>
        <translation>Tabelle %1 hat keine Spalte %2; setzen Sie sessionsTable.columns.%3 in der Baseline (%4); ihre Spalten sind %5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>column %1 of %2 is %3, not a timestamp; check sessionsTable.columns.expires in the baseline (%4)</source>
        <translation>Spalte %1 von %2 ist %3, kein Zeitstempel; prüfen Sie sessionsTable.columns.expires in der Baseline (%4)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the sessions query returned an unexpected shape</source>
        <translation>die Sitzungsabfrage lieferte eine unerwartete Form</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <location filename="../src/app/SnapshotCommand.cpp" line="+39"/>
        <source>snapshot: internal error: no GUI application</source>
        <translation>snapshot: interner Fehler: keine GUI-Anwendung</translation>
    </message>
    <message>
        <source>snapshot: --%1 is not implemented yet</source>
        <translation type="vanished">snapshot: --%1 ist noch nicht umgesetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>snapshot: --out FILE.png is required</source>
        <translation>snapshot: --out DATEI.png ist erforderlich</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>snapshot: --size must be WIDTHxHEIGHT, e.g. 1600x1000, got &apos;%1&apos;</source>
        <translation>snapshot: --size muss BREITExHÖHE sein, z. B. 1600x1000, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>snapshot: --wait must be whole seconds from 0 to 3600, got &apos;%1&apos;</source>
        <translation>snapshot: --wait muss ganze Sekunden von 0 bis 3600 angeben, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 UTC · %2 · opsdash %3 · baseline %4 sha256 %5</source>
        <translation>%1 UTC · %2 · opsdash %3 · Baseline %4 sha256 %5</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>snapshot: cannot write %1</source>
        <translation>snapshot: %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>snapshot: written, but %1 was not connected when captured</source>
        <translation>snapshot: geschrieben, aber %1 war bei der Aufnahme nicht verbunden</translation>
    </message>
    <message>
        <source>snapshot: --panel is not implemented yet</source>
        <translation type="vanished">snapshot: --panel ist noch nicht umgesetzt</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>snapshot: --panel must be one of %1, got &apos;%2&apos;</source>
        <translation>snapshot: --panel muss einer von %1 sein, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>snapshot: --profile and --db name two targets; give one</source>
        <translation type="vanished">snapshot: --profile und --db nennen zwei Ziele; geben Sie eines an</translation>
    </message>
    <message>
        <source>snapshot: --profile: no saved target is called &apos;%1&apos;</source>
        <translation type="vanished">snapshot: --profile: kein gespeichertes Ziel heißt &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>snapshot: --theme must be light or dark, got &apos;%1&apos;</source>
        <translation>snapshot: --theme muss light oder dark sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>snapshot: no panel &apos;%1&apos; in this build; known panels: %2</source>
        <translation>snapshot: kein Bereich &apos;%1&apos; in dieser Version; bekannte Bereiche: %2</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>--overview and --db or --profile name different things; give one</source>
        <translation>--overview und --db oder --profile nennen Verschiedenes; geben Sie eines an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>snapshot: --overview and --panel capture different things; give one</source>
        <translation>snapshot: --overview und --panel nehmen Verschiedenes auf; geben Sie eines an</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>snapshot: --overview: no saved targets</source>
        <translation>snapshot: --overview: keine gespeicherten Ziele</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>overview of %n target(s)</source>
        <translation>
            <numerusform>Übersicht über %n Ziel</numerusform>
            <numerusform>Übersicht über %n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>snapshot: written, but %1 did not answer when captured: %2</source>
        <translation>snapshot: geschrieben, aber %1 hat bei der Aufnahme nicht geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>SourceChecks</name>
    <message>
        <location filename="../src/drift/SourceChecks.cpp" line="+36"/>
        <source>no repository at %1 (no such directory)</source>
        <translation>kein Repository unter %1 (Verzeichnis nicht vorhanden)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no repository given</source>
        <translation>kein Repository angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the repository %1 is not a directory</source>
        <translation>das Repository %1 ist kein Verzeichnis</translation>
    </message>
</context>
<context>
    <name>SourceError</name>
    <message>
        <location filename="../src/prom/PrometheusResponse.cpp" line="-168"/>
        <source>invalid JSON at byte %1: %2</source>
        <translation>ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the answer must be a JSON object</source>
        <translation>die Antwort muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prometheus refused the query (%1): %2</source>
        <translation>Prometheus hat die Abfrage abgelehnt (%1): %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>required field &quot;status&quot; is missing or not &quot;success&quot;</source>
        <translation>Pflichtfeld &quot;status&quot; fehlt oder ist nicht &quot;success&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>data.result must be a vector or a matrix, got &quot;%1&quot;</source>
        <translation>data.result muss ein Vektor oder eine Matrix sein, ist aber &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>a sample&apos;s value must be [time, &quot;number&quot;]</source>
        <translation>der Wert eines Messpunkts muss [Zeit, &quot;Zahl&quot;] sein</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <location filename="../src/drift/SourceFile.cpp" line="+25"/>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a directory, not a file</source>
        <translation>ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: %1 bytes is over the %2 MiB limit for a source file</source>
        <translation>abgelehnt: %1 Bytes liegen über der Grenze von %2 MiB für eine Quelldatei</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rejected: over the %1 MiB limit for a source file</source>
        <translation>abgelehnt: über der Grenze von %1 MiB für eine Quelldatei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rejected: binary content (NUL bytes), not a text file</source>
        <translation>abgelehnt: Binärinhalt (NUL-Bytes), keine Textdatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rejected: not valid UTF-8 text</source>
        <translation>abgelehnt: kein gültiger UTF-8-Text</translation>
    </message>
</context>
<context>
    <name>SyntaxTree</name>
    <message>
        <location filename="../src/drift/SyntaxTree.cpp" line="+51"/>
        <source>the tree-sitter grammar (ABI %1) does not fit the tree-sitter library (ABI %2..%3)</source>
        <translation>die tree-sitter-Grammatik (ABI %1) passt nicht zur tree-sitter-Bibliothek (ABI %2..%3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tree-sitter gave up parsing the file after %1 s (too complex to parse)</source>
        <translation>tree-sitter hat das Einlesen der Datei nach %1 s aufgegeben (zu komplex zum Einlesen)</translation>
    </message>
    <message>
        <source>tree-sitter could not parse the file</source>
        <translation type="vanished">tree-sitter konnte die Datei nicht parsen</translation>
    </message>
</context>
<context>
    <name>TargetInputs</name>
    <message>
        <location filename="../src/app/TargetInputs.cpp" line="+118"/>
        <source>%1: --profile and --db name two targets; give one</source>
        <translation>%1: --profile und --db nennen zwei Ziele; bitte nur eines angeben</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%1: --profile: no saved target is called &apos;%2&apos;</source>
        <translation>%1: --profile: kein gespeichertes Ziel heißt „%2“</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1: --profile and --db name two targets; for several, repeat --profile NAME or --db CONNINFO, not both</source>
        <translation>%1: --profile und --db nennen zwei Ziele; für mehrere wiederholen Sie --profile NAME oder --db CONNINFO, nicht beides</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: --sessions names one web app; with several targets, save a profile per target with its own sessions URL</source>
        <translation>%1: --sessions nennt eine Web-Anwendung; bei mehreren Zielen speichern Sie je Ziel ein Profil mit eigener Sitzungs-URL</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>%1: --profile: &apos;%2&apos; reads Prometheus (team mode); %1 needs a profile that names a database</source>
        <translation>%1: --profile: &apos;%2&apos; liest Prometheus (Team-Modus); %1 braucht ein Profil, das eine Datenbank nennt</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>opsdash %1: the profile names metrics for pool &apos;%2&apos;, which the baseline does not have; ignored</source>
        <translation>opsdash %1: das Profil nennt Metriken für den Pool &apos;%2&apos;, den die Baseline nicht hat; ignoriert</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>probe: --format must be text or json, got &apos;%1&apos;</source>
        <translation type="vanished">probe: --format muss text oder json sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>probe: --sessions is not implemented yet</source>
        <translation type="vanished">probe: --sessions ist noch nicht umgesetzt</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../src/gui/common/Theme.cpp" line="+60"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;System</source>
        <translation>Wie &amp;System</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <location filename="../src/gui/window/ThemeMenu.cpp" line="+13"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, dark or as the system</source>
        <translation>Hell, dunkel oder wie das System</translation>
    </message>
</context>
<context>
    <name>TsEvaluator</name>
    <message>
        <location filename="../src/drift/TsEvaluator.cpp" line="+192"/>
        <source>a number built from an unknown string</source>
        <translation>eine Zahl aus einer unbekannten Zeichenkette</translation>
    </message>
    <message>
        <location line="+474"/>
        <source>depends on a condition (%1)</source>
        <translation>hängt von einer Bedingung ab (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a function, not a value</source>
        <translation>ist eine Funktion, kein Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is only known at run time (%1)</source>
        <translation>ist erst zur Laufzeit bekannt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; (%2) is not an expression opsdash evaluates</source>
        <translation>&apos;%1&apos; (%2) ist kein Ausdruck, den opsdash auswertet</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>&apos;%1&apos; is not declared as a constant in this file</source>
        <translation>&apos;%1&apos; ist in dieser Datei nicht als Konstante deklariert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is declared %2 times in this file (lines %3); which one applies depends on scope</source>
        <translation type="vanished">&apos;%1&apos; ist in dieser Datei %2-mal deklariert (Zeilen %3); welche Deklaration gilt, hängt vom Gültigkeitsbereich ab</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>&apos;%1&apos; is imported from &apos;%2&apos;; other files are not followed</source>
        <translation>&apos;%1&apos; wird aus &apos;%2&apos; importiert; anderen Dateien wird nicht gefolgt</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&apos;%1&apos; is declared with let/var (line %2) and may change</source>
        <translation>&apos;%1&apos; ist mit let/var deklariert (Zeile %2) und kann sich ändern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; has no initializer</source>
        <translation>&apos;%1&apos; hat keinen Initialisierer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; refers to itself</source>
        <translation>&apos;%1&apos; verweist auf sich selbst</translation>
    </message>
    <message>
        <location line="+414"/>
        <location line="+38"/>
        <source>the operator &apos;%1&apos; is not evaluated</source>
        <translation>der Operator &apos;%1&apos; wird nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+40"/>
        <source>comes from the environment (%1)</source>
        <translation>stammt aus der Umgebung (%1)</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+44"/>
        <source>&apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation>&apos;%1&apos; hat keine Eigenschaft &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>the property &apos;%1&apos; of %2 is not evaluated</source>
        <translation>die Eigenschaft &apos;%1&apos; von %2 wird nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+200"/>
        <source>&apos;%1&apos; is not evaluated</source>
        <translation>&apos;%1&apos; wird nicht ausgewertet</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>parseInt with a radix that is not a constant</source>
        <translation>parseInt mit einer Basis, die keine Konstante ist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>parses a string that is not fully known</source>
        <translation>parst eine nicht vollständig bekannte Zeichenkette</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the call %1 is not evaluated</source>
        <translation>der Aufruf %1 wird nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>comes from the environment (%1, read by %2)</source>
        <translation>stammt aus der Umgebung (%1, gelesen von %2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>URLSearchParams from %1 is not evaluated</source>
        <translation>URLSearchParams aus %1 wird nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a URL from %1</source>
        <translation>eine URL aus %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;new %1(…)&apos; is not evaluated</source>
        <translation>&apos;new %1(…)&apos; wird nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a computed key (%1) could set any property</source>
        <translation>ein berechneter Schlüssel (%1) könnte jede Eigenschaft setzen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the spread %1 cannot be followed: %2</source>
        <translation>dem Spread %1 kann nicht gefolgt werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is a method, not a value</source>
        <translation>ist eine Methode, kein Wert</translation>
    </message>
    <message>
        <location line="-1110"/>
        <location line="+690"/>
        <source>line %1 changes a property whose name is not known</source>
        <translation>Zeile %1 ändert eine Eigenschaft, deren Name nicht bekannt ist</translation>
    </message>
    <message>
        <location line="-482"/>
        <source>&apos;%1&apos; is declared %2 times in the same scope (lines %3)</source>
        <translation>&apos;%1&apos; ist %2-mal im selben Gültigkeitsbereich deklariert (Zeilen %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is declared %2 times in this file (lines %3), none of them in scope here</source>
        <translation>&apos;%1&apos; ist %2-mal in dieser Datei deklariert (Zeilen %3), aber keine Deklaration ist hier sichtbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is declared at line %2, which is not in scope here</source>
        <translation>&apos;%1&apos; ist in Zeile %2 deklariert, die hier nicht sichtbar ist</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>&apos;%1&apos; is a function parameter (line %2); its value comes from the caller</source>
        <translation>&apos;%1&apos; ist ein Funktionsparameter (Zeile %2); sein Wert kommt vom Aufrufer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is bound by destructuring (line %2), which is not followed</source>
        <translation>&apos;%1&apos; wird durch Destrukturierung gebunden (Zeile %2), der nicht gefolgt wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is a function or class (line %2), not a value</source>
        <translation>&apos;%1&apos; ist eine Funktion oder Klasse (Zeile %2), kein Wert</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>changed at line %1 (%2), after the object is used</source>
        <translation>in Zeile %1 geändert (%2), nachdem das Objekt verwendet wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed at line %1 (%2), which may or may not run</source>
        <translation>in Zeile %1 geändert (%2), was ausgeführt werden kann oder nicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1 defines properties with %2</source>
        <translation>Zeile %1 definiert Eigenschaften mit %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Object.assign at line %1 merges %2, which cannot be followed</source>
        <translation>Object.assign in Zeile %1 übernimmt %2, dem nicht gefolgt werden kann</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>deleted at line %1</source>
        <translation>in Zeile %1 gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changed at line %1 (%2)</source>
        <translation>in Zeile %1 geändert (%2)</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>&apos;%1&apos; is a namespace import of &apos;%2&apos;, which is not followed</source>
        <translation>&apos;%1&apos; ist ein Namensraum-Import von &apos;%2&apos;, der nicht verfolgt wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is imported from &apos;%2&apos;, %3</source>
        <translation>&apos;%1&apos; wird aus &apos;%2&apos; importiert, %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no export named &apos;%2&apos;</source>
        <translation>%1 hat keinen Export namens &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the imports form a cycle (%1)</source>
        <translation>die Importe bilden einen Kreis (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>imports nested more than %1 files deep are not followed</source>
        <translation>Importe, die mehr als %1 Dateien tief verschachtelt sind, werden nicht verfolgt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>other files are not followed</source>
        <translation>andere Dateien werden nicht verfolgt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is re-exported from &apos;%2&apos;, %3</source>
        <translation>&apos;%1&apos; wird aus &apos;%2&apos; weiterexportiert, %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the default export of %1 is a function or class, not a value</source>
        <translation>der Default-Export von %1 ist eine Funktion oder Klasse, kein Wert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; is a function or class (line %2 of %3), not a value</source>
        <translation>&apos;%1&apos; ist eine Funktion oder Klasse (Zeile %2 von %3), kein Wert</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../src/app/VerifyCommand.cpp" line="-184"/>
        <source>%1 checks: %2 pass, %3 fail, %4 unknown, %5 missing</source>
        <translation>%1 Prüfungen: %2 pass, %3 fail, %4 unknown, %5 missing</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>source drift of %1</source>
        <translation>Quellcode-Abweichungen von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline %1 (%2)</source>
        <translation>Baseline %1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected %1</source>
        <translation>erwartet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected %1, found %2</source>
        <translation>erwartet %1, gefunden %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Source drift: %1</source>
        <translation>Quellcode-Abweichungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repository: %1</source>
        <translation>Repository: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline: %1 (sha256 %2)</source>
        <translation>Baseline: %1 (sha256 %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked: %1 by opsdash %2</source>
        <translation>Geprüft: %1 von opsdash %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result: **all %1 checks pass**</source>
        <translation>Ergebnis: **alle %1 Prüfungen bestanden**</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: **%1 of %2 checks do not pass**</source>
        <translation>Ergebnis: **%1 von %2 Prüfungen nicht bestanden**</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>| Check | Status | Expected | Actual | Evidence |</source>
        <translation>| Prüfung | Status | Erwartet | Ist | Nachweis |</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>verify: --format must be text, json or markdown, got &apos;%1&apos;</source>
        <translation>verify: --format muss text, json oder markdown sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verify: --repo DIR is required (a checkout of the monorepo)</source>
        <translation>verify: --repo VERZ ist erforderlich (ein Checkout des Monorepos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verify: --repo %1: no such directory</source>
        <translation>verify: --repo %1: Verzeichnis nicht vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verify: --repo %1: not a directory</source>
        <translation>verify: --repo %1: kein Verzeichnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verify: --repo %1: permission denied</source>
        <translation>verify: --repo %1: Zugriff verweigert</translation>
    </message>
</context>
<context>
    <name>WebChecks</name>
    <message>
        <location filename="../src/drift/WebChecks.cpp" line="+174"/>
        <location line="+11"/>
        <source>NextAuth(%1) at line %2: %3</source>
        <translation>NextAuth(%1) in Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>NextAuth(%1) at line %2 is not an object literal</source>
        <translation>NextAuth(%1) in Zeile %2 ist kein Objektliteral</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>several NextAuth option objects (lines %1); cannot tell which one is used</source>
        <translation>mehrere NextAuth-Optionsobjekte (Zeilen %1); es ist nicht erkennbar, welches verwendet wird</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no NextAuth options found (looked for NextAuth({…}), a const typed or satisfying NextAuthOptions/NextAuthConfig, and authOptions/authConfig)</source>
        <translation>keine NextAuth-Optionen gefunden (gesucht: NextAuth({…}), eine Konstante vom Typ NextAuthOptions/NextAuthConfig oder mit satisfies darauf, sowie authOptions/authConfig)</translation>
    </message>
    <message>
        <location line="+229"/>
        <location line="+73"/>
        <source>the NextAuth options cannot be evaluated: %1</source>
        <translation>die NextAuth-Optionen können nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the NextAuth options set no `session`; NextAuth&apos;s default %1 is %2</source>
        <translation>die NextAuth-Optionen setzen kein `session`; der Standardwert von NextAuth für %1 ist %2</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+83"/>
        <source>`session` cannot be evaluated: %1</source>
        <translation>`session` kann nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>`session.%1` is not set; NextAuth&apos;s default is %2</source>
        <translation>`session.%1` ist nicht gesetzt; der Standardwert von NextAuth ist %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the spread %1 cannot be followed: %2</source>
        <translation>dem Spread %1 kann nicht gefolgt werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no &lt;SessionProvider&gt; in the file</source>
        <translation>kein &lt;SessionProvider&gt; in der Datei</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;SessionProvider&gt; has no refetchInterval; NextAuth&apos;s default 0 never polls the session</source>
        <translation>&lt;SessionProvider&gt; hat kein refetchInterval; mit dem Standardwert 0 fragt NextAuth die Sitzung nie ab</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;SessionProvider&gt; has no refetchOnWindowFocus; NextAuth defaults to true, but the sign-off requires it written out</source>
        <translation>&lt;SessionProvider&gt; hat kein refetchOnWindowFocus; NextAuth nimmt standardmäßig true, aber die Abnahme verlangt, dass es ausgeschrieben ist</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a redirect whose URL carries %1</source>
        <translation>eine Weiterleitung, deren URL %1 enthält</translation>
    </message>
    <message>
        <source>no navigation found (router.push/replace, redirect, signIn/signOut callbackUrl, window.location)</source>
        <translation type="vanished">keine Navigation gefunden (router.push/replace, redirect, callbackUrl von signIn/signOut, window.location)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>part of the URL %1 cannot be evaluated</source>
        <translation>ein Teil der URL %1 kann nicht ausgewertet werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no redirect carries %1</source>
        <translation>keine Weiterleitung enthält %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reads the &apos;%1&apos; search parameter and shows a message for %2</source>
        <translation>liest den Suchparameter &apos;%1&apos; und zeigt für %2 eine Meldung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>reads &apos;%1&apos; (line %2)</source>
        <translation>liest &apos;%1&apos; (Zeile %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not read &apos;%1&apos;</source>
        <translation>liest &apos;%1&apos; nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>handles %1 (line %2)</source>
        <translation>behandelt %1 (Zeile %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no branch or message for %1</source>
        <translation>kein Zweig und keine Meldung für %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the form neither reads the &apos;%1&apos; parameter nor mentions %2</source>
        <translation>das Formular liest weder den Parameter &apos;%1&apos; noch erwähnt es %2</translation>
    </message>
    <message>
        <location line="-667"/>
        <source>NextAuth(%1) at line %2: the options come from a function with %3 return statements</source>
        <translation>NextAuth(%1) in Zeile %2: die Optionen kommen aus einer Funktion mit %3 return-Anweisungen</translation>
    </message>
    <message>
        <location line="+328"/>
        <source>%1 (NextAuth&apos;s default %2)</source>
        <translation>%1 (NextAuths Vorgabe %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with an adapter</source>
        <translation>mit Adapter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>without an adapter</source>
        <translation>ohne Adapter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`session.strategy` is not set</source>
        <translation>`session.strategy` ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>has no effect: with `strategy: &apos;jwt&apos;` (line %1) NextAuth ignores session.updateAge</source>
        <translation>hat keine Wirkung: mit `strategy: &apos;jwt&apos;` (Zeile %1) ignoriert NextAuth session.updateAge</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>no navigation found (router.push/replace, redirect, NextResponse.redirect, Response.redirect, signIn/signOut callbackUrl, window.location)</source>
        <translation>keine Navigation gefunden (router.push/replace, redirect, NextResponse.redirect, Response.redirect, signIn/signOut callbackUrl, window.location)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>the file has a syntax error at line %1 that may hide the rest</source>
        <translation>die Datei hat in Zeile %1 einen Syntaxfehler, der den Rest verbergen kann</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>no redirect read carries %1, but the file has a syntax error at line %2 that may hide one</source>
        <translation>keine gelesene Weiterleitung trägt %1, aber die Datei hat in Zeile %2 einen Syntaxfehler, der eine verbergen kann</translation>
    </message>
</context>
<context>
    <name>WebConfig</name>
    <message>
        <location filename="../src/serve/WebConfig.cpp" line="+59"/>
        <source>escape sequences in double quotes are not read here; use single quotes</source>
        <translation>Escape-Sequenzen in doppelten Anführungszeichen werden hier nicht gelesen; einfache Anführungszeichen verwenden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unterminated quoted string</source>
        <translation>nicht abgeschlossene Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected text after the quoted string</source>
        <translation>unerwarteter Text nach der Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only plain or quoted scalars are read here (no lists, flow mappings, anchors, tags or block scalars)</source>
        <translation>hier werden nur einfache oder zitierte Skalare gelesen (keine Listen, Flow-Mappings, Anker, Tags oder Block-Skalare)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a tab in the indentation (YAML indents with spaces)</source>
        <translation>ein Tabulator in der Einrückung (YAML rückt mit Leerzeichen ein)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected `key: value` (lists, flow mappings and quoted keys are not read here)</source>
        <translation>`Schlüssel: Wert` erwartet (Listen, Flow-Mappings und zitierte Schlüssel werden hier nicht gelesen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected `key: value`</source>
        <translation>`Schlüssel: Wert` erwartet</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&apos;%1&apos; is not read by opsdash serve (it reads %2 with cert_file and key_file, and %3)</source>
        <translation>&apos;%1&apos; wird von opsdash serve nicht gelesen (es liest %2 mit cert_file und key_file sowie %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; takes an indented mapping</source>
        <translation>&apos;%1&apos; erwartet ein eingerücktes Mapping</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; appears twice</source>
        <translation>&apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>indented line outside %1 or %2</source>
        <translation>eingerückte Zeile außerhalb von %1 oder %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected indentation (the entries of &apos;%1&apos; on line %2 are indented by %3)</source>
        <translation>unerwartete Einrückung (die Einträge von &apos;%1&apos; in Zeile %2 sind um %3 eingerückt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; needs a value</source>
        <translation>&apos;%1&apos; braucht einen Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; appears twice in %2</source>
        <translation>&apos;%1&apos; kommt in %2 zweimal vor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1.%2 is not supported by opsdash serve (it reads cert_file and key_file)</source>
        <translation>%1.%2 wird von opsdash serve nicht unterstützt (es liest cert_file und key_file)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the password of &apos;%1&apos; is not a bcrypt hash ($2a$, $2b$ or $2y$, 60 characters; make one with htpasswd -nB or mkpasswd -m bcrypt)</source>
        <translation>das Passwort von &apos;%1&apos; ist kein bcrypt-Hash ($2a$, $2b$ oder $2y$, 60 Zeichen; mit htpasswd -nB oder mkpasswd -m bcrypt erzeugen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs both cert_file and key_file</source>
        <translation>%1 braucht sowohl cert_file als auch key_file</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read the web config: %1</source>
        <translation>die Web-Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is larger than 64 KiB; a web config is a few lines</source>
        <translation>die Datei ist größer als 64 KiB; eine Web-Konfiguration hat wenige Zeilen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read the TLS certificate: %1</source>
        <translation>das TLS-Zertifikat kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no PEM certificate in this file</source>
        <translation>kein PEM-Zertifikat in dieser Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the TLS key: %1</source>
        <translation>der TLS-Schlüssel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no unencrypted PEM private key (RSA, EC or DSA) in this file</source>
        <translation>kein unverschlüsselter privater PEM-Schlüssel (RSA, EC oder DSA) in dieser Datei</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.ui" line="+41"/>
        <source>&amp;Add target…</source>
        <translation>Ziel &amp;hinzufügen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Or start opsdash with --db CONNINFO (a conninfo string, a postgresql:// URI or service=NAME) to watch a server without saving a target.</source>
        <translation>Oder starten Sie opsdash mit --db CONNINFO (eine Conninfo-Zeichenkette, eine postgresql://-URI oder service=NAME), um einen Server zu überwachen, ohne ein Ziel zu speichern.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Welcome to opsdash</source>
        <translation>Willkommen bei opsdash</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>opsdash watches a PostgreSQL server&apos;s connection pools, the web app&apos;s login sessions and the monorepo&apos;s configuration against a sign-off baseline. Add a target to start: the server to watch, where its sessions come from and the checkout to verify. Passwords and tokens go to the system keychain.</source>
        <translation>opsdash überwacht die Verbindungspools eines PostgreSQL-Servers, die Anmeldesitzungen der Web-App und die Konfiguration des Monorepos gegenüber einer abgenommenen Baseline. Fügen Sie zum Start ein Ziel hinzu: den zu überwachenden Server, die Quelle seiner Sitzungen und den zu prüfenden Checkout. Passwörter und Tokens kommen in den Schlüsselbund des Systems.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+100"/>
        <source>--profile: no saved target is called &apos;%1&apos; (none saved yet)</source>
        <translation>--profile: kein gespeichertes Ziel heißt &apos;%1&apos; (noch keines gespeichert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--profile: no saved target is called &apos;%1&apos;; saved: %2</source>
        <translation>--profile: kein gespeichertes Ziel heißt &apos;%1&apos;; gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>opsdash::AcknowledgeActions</name>
    <message>
        <location filename="../src/gui/events/AcknowledgeActions.cpp" line="+20"/>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Quittieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;ute…</source>
        <translation>&amp;Stummschalten…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No notification for this until its condition clears, with your name and a note</source>
        <translation>Keine Benachrichtigung dafür, bis sich der Zustand auflöst, mit Ihrem Namen und einer Notiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No notification for this for an hour, until tomorrow 09:00 or until a chosen time</source>
        <translation>Keine Benachrichtigung dafür für eine Stunde, bis morgen 09:00 oder bis zu einer gewählten Zeit</translation>
    </message>
</context>
<context>
    <name>opsdash::AcknowledgeDialog</name>
    <message>
        <location filename="../src/gui/events/AcknowledgeDialog.cpp" line="+21"/>
        <source>Mute %1</source>
        <translation>%1 stummschalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledge %1</source>
        <translation>%1 quittieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No desktop notification for %1 until the time chosen; it stays listed, marked. If it is still present then, it notifies again.</source>
        <translation>Keine Desktop-Benachrichtigung für %1 bis zur gewählten Zeit; es bleibt gelistet und markiert. Besteht es dann noch, wird erneut benachrichtigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No desktop notification for %1 until its condition clears; it stays listed, marked with your name and note.</source>
        <translation>Keine Desktop-Benachrichtigung für %1, bis sich der Zustand auflöst; es bleibt gelistet, markiert mit Ihrem Namen und Ihrer Notiz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mute</source>
        <translation>&amp;Stummschalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;cknowledge</source>
        <translation>&amp;Quittieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen time is in the window&apos;s time zone (View → Time zone).</source>
        <translation>Die gewählte Zeit gilt in der Zeitzone des Fensters (Ansicht → Zeitzone).</translation>
    </message>
</context>
<context>
    <name>opsdash::AcknowledgementMarks</name>
    <message>
        <location filename="../src/gui/events/AcknowledgeActions.cpp" line="+124"/>
        <source>no note</source>
        <translation>keine Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muted by %1 at %2 until %3: %4</source>
        <translation>Stummgeschaltet von %1 um %2 bis %3: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledged by %1 at %2, until its condition clears: %3</source>
        <translation>Quittiert von %1 um %2, bis sich der Zustand auflöst: %3</translation>
    </message>
</context>
<context>
    <name>opsdash::ActivityModel</name>
    <message>
        <location filename="../src/gui/activity/ActivityModel.cpp" line="+48"/>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="vanished">%1 seit %2</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backend age</source>
        <translation>Backend-Alter</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Query text</source>
        <translation>Abfragetext</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wait event</source>
        <translation>Wait-Event</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>%1 for %2, since %3</source>
        <translation>%1 seit %2 (ab %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>query started %1</source>
        <translation>Abfrage begonnen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transaction started %1</source>
        <translation>Transaktion begonnen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backend started %1</source>
        <translation>Backend gestartet %1</translation>
    </message>
</context>
<context>
    <name>opsdash::ActivityMonitor</name>
    <message>
        <location filename="../src/pg/ActivityMonitor.cpp" line="+54"/>
        <source>monitoring was stopped</source>
        <translation>die Überwachung wurde beendet</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>not connected: cannot quote the identifier</source>
        <translation>nicht verbunden: der Bezeichner kann nicht maskiert werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not connected to the server</source>
        <translation>nicht mit dem Server verbunden</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>no answer from the server for %1 s: the network or the server stalls</source>
        <translation>seit %1 s keine Antwort vom Server: das Netzwerk oder der Server hängt</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>the server returned an unexpected answer to the settings query</source>
        <translation>der Server gab eine unerwartete Antwort auf die Einstellungsabfrage</translation>
    </message>
</context>
<context>
    <name>opsdash::ActivityPanel</name>
    <message>
        <source>%1 sessions · %2 active · %3 shown</source>
        <translation type="vanished">%1 Sitzungen · %2 aktiv · %3 angezeigt</translation>
    </message>
    <message>
        <location filename="../src/gui/activity/ActivityPanel.cpp" line="+268"/>
        <source>%1

pid: %2
application: %3
user: %4
query:
%5</source>
        <translation>%1

PID: %2
Anwendung: %3
Benutzer: %4
Abfrage:
%5</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>&amp;Copy row</source>
        <translation>Zeile &amp;kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Terminate backend…</source>
        <translation>Backend &amp;beenden …</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>All pools</source>
        <translation>Alle Pools</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Ask the server to cancel this backend&apos;s running query</source>
        <translation>Den Server bitten, die laufende Abfrage dieses Backends abzubrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the server to end this backend&apos;s connection</source>
        <translation>Den Server bitten, die Verbindung dieses Backends zu beenden</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Ca&amp;ncel query…</source>
        <translation>Abfrage ab&amp;brechen …</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Cancel query</source>
        <translation>Abfrage abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the running query of this backend? The client sees an error for it.</source>
        <translation>Die laufende Abfrage dieses Backends abbrechen? Der Client erhält dafür einen Fehler.</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Copy &amp;query</source>
        <translation>&amp;Abfrage kopieren</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Disconnected — the rows are from the last poll.</source>
        <translation>Getrennt — die Zeilen stammen von der letzten Abfrage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Off: this target&apos;s profile is read-only</source>
        <translation type="vanished">Aus: das Profil dieses Ziels ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Terminate backend</source>
        <translation>Backend beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminate this backend? Its connection closes and any open transaction is rolled back.</source>
        <translation>Dieses Backend beenden? Seine Verbindung wird geschlossen und jede offene Transaktion zurückgerollt.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>No target.</source>
        <translation>Kein Ziel.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Off: this target&apos;s profile is read-only. To allow it, choose Edit in the target list and tick “Allow cancel query and terminate backend”.</source>
        <translation>Aus: Das Profil dieses Ziels ist schreibgeschützt. Zum Erlauben in der Zielliste „Bearbeiten“ wählen und „Abfrage abbrechen und Backend beenden erlauben“ ankreuzen.</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+271"/>
        <source>%1 connections · %2 active · %3 shown</source>
        <translation>%1 Verbindungen · %2 aktiv · %3 angezeigt</translation>
    </message>
</context>
<context>
    <name>opsdash::AdminEndpointSource</name>
    <message>
        <location filename="../src/sessions/AdminEndpointSource.cpp" line="+24"/>
        <source>&apos;%1&apos; is not an absolute URL</source>
        <translation>&apos;%1&apos; ist keine absolute URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; must start with http:// or https://</source>
        <translation>&apos;%1&apos; muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; has no host</source>
        <translation>&apos;%1&apos; hat keinen Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; carries credentials; the token comes from the keychain or OPSDASH_SESSIONS_TOKEN</source>
        <translation>&apos;%1&apos; enthält Zugangsdaten; das Token kommt aus dem Schlüsselbund oder aus OPSDASH_SESSIONS_TOKEN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; must be a base URL, without query or fragment</source>
        <translation>&apos;%1&apos; muss eine Basis-URL sein, ohne Query oder Fragment</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the bearer token (OPSDASH_SESSIONS_TOKEN or keychain entry opsdash/%1)</source>
        <translation>das Bearer-Token (OPSDASH_SESSIONS_TOKEN oder Schlüsselbund-Eintrag opsdash/%1)</translation>
    </message>
</context>
<context>
    <name>opsdash::AlertLog</name>
    <message>
        <location filename="../src/live/AlertLog.cpp" line="+114"/>
        <source>%1 acknowledged %2</source>
        <translation>%1 hat %2 quittiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 acknowledged %2: %3</source>
        <translation>%1 hat %2 quittiert: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 muted %2 until %3</source>
        <translation>%1 hat %2 bis %3 stummgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 muted %2 until %3: %4</source>
        <translation>%1 hat %2 bis %3 stummgeschaltet: %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the mute of %1 by %2 ended</source>
        <translation>die Stummschaltung von %1 durch %2 ist abgelaufen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>still present after its mute ended: %1</source>
        <translation>besteht nach Ablauf der Stummschaltung weiter: %1</translation>
    </message>
</context>
<context>
    <name>opsdash::Autostart</name>
    <message>
        <location filename="../src/gui/window/Autostart.cpp" line="+17"/>
        <source>Start with the &amp;desktop session</source>
        <translation>Mit der &amp;Arbeitsumgebung starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start opsdash minimized when you log in (an entry in %1)</source>
        <translation>opsdash beim Anmelden minimiert starten (ein Eintrag in %1)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 could not be removed: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder of %1 could not be made</source>
        <translation>der Ordner von %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>opsdash::BackendSignals</name>
    <message>
        <location filename="../src/pg/BackendSignals.cpp" line="+78"/>
        <source>%1 failed: %2 — %3</source>
        <translation>%1 fehlgeschlagen: %2 — %3</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 not done (the backend is gone, or not this role&apos;s to signal): %2</source>
        <translation>%1 nicht ausgeführt (das Backend ist weg, oder diese Rolle darf es nicht signalisieren): %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 sent: %2</source>
        <translation>%1 gesendet: %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>(no application name)</source>
        <translation>(kein Anwendungsname)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>cancel query</source>
        <translation>Abfrage abbrechen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>pid %1 · %2 · user %3 · %4</source>
        <translation>PID %1 · %2 · Benutzer %3 · %4</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>terminate backend</source>
        <translation>Backend beenden</translation>
    </message>
</context>
<context>
    <name>opsdash::CanarySource</name>
    <message>
        <location filename="../src/sessions/CanarySource.cpp" line="+101"/>
        <source>the canary cookie</source>
        <translation>das Canary-Cookie</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the response has no Date header</source>
        <translation>die Antwort hat keinen Date-Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Date header &apos;%1&apos; is not an HTTP date</source>
        <translation>der Date-Header &apos;%1&apos; ist kein HTTP-Datum</translation>
    </message>
</context>
<context>
    <name>opsdash::CloseToTray</name>
    <message>
        <location filename="../src/gui/window/CloseToTray.cpp" line="+28"/>
        <source>&amp;Keep watching in the tray when closed</source>
        <translation>Beim Schließen im Infobereich &amp;weiter überwachen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep watching?</source>
        <translation>Weiter überwachen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep watching every target from the tray when the window closes? Alerts keep coming; Quit in the tray menu stops everything.

You can change this later in Monitor → Keep watching in the tray when closed.</source>
        <translation>Alle Ziele nach dem Schließen des Fensters im Infobereich weiter überwachen? Warnungen kommen weiterhin; „Beenden“ im Menü des Infobereichs hält alles an.

Sie können das später unter Überwachung → Beim Schließen im Infobereich weiter überwachen ändern.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Closing the window hides it; the tray keeps watching and notifying until Quit</source>
        <translation>Schließen verbirgt das Fenster; der Infobereich überwacht und benachrichtigt weiter bis „Beenden“</translation>
    </message>
</context>
<context>
    <name>opsdash::DriftModel</name>
    <message>
        <location filename="../src/gui/drift/DriftModel.cpp" line="+293"/>
        <source>(nothing observed)</source>
        <translation>(nichts beobachtet)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Enter or double-click opens the file; Ctrl+C copies the location.</source>
        <translation>Eingabetaste oder Doppelklick öffnet die Datei; Strg+C kopiert die Fundstelle.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Plane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>actual: %1</source>
        <translation>Ist: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>expected: %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="vanished">fail</translation>
    </message>
    <message>
        <source>first seen: %1 UTC</source>
        <translation type="vanished">zuerst gesehen: %1 UTC</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="vanished">missing</translation>
    </message>
    <message>
        <source>not-checked</source>
        <translation type="vanished">not-checked</translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="vanished">pass</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>source</source>
        <translation>Quellcode</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="vanished">unknown</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>first seen: %1</source>
        <translation>zuerst gesehen: %1</translation>
    </message>
</context>
<context>
    <name>opsdash::DriftPanel</name>
    <message>
        <location filename="../src/gui/drift/DriftPanel.cpp" line="+279"/>
        <source>%1 checks</source>
        <translation>%1 Prüfungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check %1 against the baseline again (F6)</source>
        <translation>%1 erneut gegen die Baseline prüfen (F6)</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Copy location</source>
        <translation>Fundstelle kopieren</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>No repository: start opsdash with --repo DIR to check a checkout</source>
        <translation>Kein Repository: starten Sie opsdash mit --repo VERZ, um einen Checkout zu prüfen</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Re-verify</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Select a check to see why it has its status. Enter or a double-click opens the file of its evidence; Ctrl+C copies the location.</source>
        <translation>Wählen Sie eine Prüfung, um zu sehen, warum sie ihren Status hat. Eingabetaste oder Doppelklick öffnet die Datei ihres Nachweises; Strg+C kopiert die Fundstelle.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Source: %1</source>
        <translation>Quellcode: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: no repository given (start opsdash with --repo DIR)</source>
        <translation>Quellcode: kein Repository angegeben (starten Sie opsdash mit --repo VERZ)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>expected %1; actual %2; evidence %3</source>
        <translation>erwartet %1; Ist %2; Nachweis %3</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+99"/>
        <source>no repository given</source>
        <translation>kein Repository angegeben</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>server and live: %1</source>
        <translation>Server und Live: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>server and live: from the watched target, updated on each poll</source>
        <translation>Server und Live: vom überwachten Ziel, bei jeder Abfrage aktualisiert</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>verified at %1</source>
        <translation>geprüft um %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>verifying…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>no database target (start opsdash with --db CONNINFO)</source>
        <translation>kein Datenbankziel (starten Sie opsdash mit --db CONNINFO)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for the first poll</source>
        <translation>warte auf die erste Abfrage</translation>
    </message>
    <message>
        <source>Only checks that do not pass</source>
        <translation type="vanished">Nur nicht bestandene Prüfungen</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>No rows match: every check passes. Clear “Only checks that do not pass” to see them all.</source>
        <translation>Keine Zeilen passen: Alle Prüfungen sind bestanden. „Nur nicht bestandene Prüfungen“ abwählen, um alle zu sehen.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Only checks that do not pass</source>
        <translation>&amp;Nur nicht bestandene Prüfungen</translation>
    </message>
</context>
<context>
    <name>opsdash::DriftSummary</name>
    <message>
        <source>pass</source>
        <translation type="vanished">pass</translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="vanished">fail</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="vanished">unknown</translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="vanished">missing</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="vanished">not-checked</translation>
    </message>
    <message>
        <location filename="../src/gui/drift/DriftSummary.cpp" line="+47"/>
        <source>Show the Drift tab (Ctrl+3)</source>
        <translation>Den Reiter „Abweichung“ zeigen (Strg+3)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checks: none yet</source>
        <translation>Prüfungen: noch keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks: %1</source>
        <translation>Prüfungen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>expected %1, found %2</source>
        <translation>erwartet %1, gefunden %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): expected %3; found %4; evidence %5. Enter or a click shows it in the Drift tab.</source>
        <translation>%1 (%2): erwartet %3; gefunden %4; Nachweis %5. Eingabetaste oder ein Klick zeigt die Prüfung im Reiter „Abweichung“.</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>… %n more in the Drift tab</source>
        <translation>
            <numerusform>… %n weitere im Reiter „Abweichung“</numerusform>
            <numerusform>… %n weitere im Reiter „Abweichung“</numerusform>
        </translation>
    </message>
    <message>
        <location line="-109"/>
        <source>source checks not run: no checkout (give one with --repo DIR or in the profile)</source>
        <translation>Quellcode-Prüfungen nicht ausgeführt: kein Checkout (mit --repo VERZ oder im Profil angeben)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Server and live lines greyed: not live, last poll at %1.</source>
        <translation>Server- und Live-Zeilen ausgegraut: nicht live, letzte Abfrage um %1.</translation>
    </message>
</context>
<context>
    <name>opsdash::EventsModel</name>
    <message>
        <source>%1
local: %2</source>
        <translation type="vanished">%1
lokal: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/events/EventsModel.cpp" line="+35"/>
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Backend signal</source>
        <translation>Backend-Signal</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Login sessions</source>
        <translation>Anmeldesitzungen</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Pool threshold</source>
        <translation>Pool-Schwelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sessions source</source>
        <translation>Sitzungsquelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnected</source>
        <translation>Wieder verbunden</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="vanished">Zeit (UTC)</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muted</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mute ended</source>
        <translation>Stummschaltung abgelaufen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1
UTC: %2
local: %3</source>
        <translation>%1
UTC: %2
lokal: %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>opsdash::EventsPanel</name>
    <message>
        <location filename="../src/gui/events/EventsPanel.cpp" line="+127"/>
        <source>%1 events · %2 warning · %3 critical · %4 shown</source>
        <translation>%1 Ereignisse · %2 Warnung · %3 kritisch · %4 angezeigt</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>&amp;Copy event</source>
        <translation>Ereignis &amp;kopieren</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Critical only</source>
        <translation>Nur kritische</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Warnings and critical</source>
        <translation>Warnungen und kritische</translation>
    </message>
</context>
<context>
    <name>opsdash::EvidenceBundle</name>
    <message>
        <source>cannot create the directory</source>
        <translation type="vanished">das Verzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="vanished">nicht schreibbar: %1</translation>
    </message>
    <message>
        <source>exists and is not a directory</source>
        <translation type="vanished">existiert und ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>is not empty; evidence is never overwritten: choose a new directory</source>
        <translation type="vanished">ist nicht leer; ein Nachweis wird nie überschrieben: wählen Sie ein neues Verzeichnis</translation>
    </message>
    <message>
        <source>no output directory given</source>
        <translation type="vanished">kein Ausgabeverzeichnis angegeben</translation>
    </message>
    <message>
        <source>not a plain file name</source>
        <translation type="vanished">kein einfacher Dateiname</translation>
    </message>
</context>
<context>
    <name>opsdash::EvidenceCapture</name>
    <message>
        <location filename="../src/gui/evidence/EvidenceCapture.cpp" line="+129"/>
        <source>Capture &amp;evidence…</source>
        <translation>&amp;Nachweis erfassen …</translation>
    </message>
    <message>
        <source>Capture evidence into a new folder</source>
        <translation type="vanished">Nachweis in einen neuen Ordner erfassen</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Evidence not written</source>
        <translation>Nachweis nicht geschrieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence written</source>
        <translation>Nachweis geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evidence bundle is in %1. Open the folder?</source>
        <translation>Der Nachweis liegt in %1. Ordner öffnen?</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Write a screenshot and a report (Markdown, JSON, PDF) with checksums into a new folder</source>
        <translation>Ein Bildschirmfoto und einen Bericht (Markdown, JSON, PDF) mit Prüfsummen in einen neuen Ordner schreiben</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a capture is already being written</source>
        <translation>eine Erfassung wird bereits geschrieben</translation>
    </message>
    <message>
        <source>not collected by the window&apos;s capture; `opsdash evidence --sessions URL` (or --db) collects it</source>
        <translation type="vanished">von der Erfassung im Fenster nicht gesammelt; `opsdash evidence --sessions URL` (oder --db) sammelt es</translation>
    </message>
    <message>
        <source>opsdash evidence %1</source>
        <translation type="vanished">opsdash evidence %1</translation>
    </message>
    <message>
        <source>the window&apos;s capture does not ask the canary; `opsdash evidence --sessions URL` does</source>
        <translation type="vanished">die Erfassung im Fenster fragt den Canary nicht; `opsdash evidence --sessions URL` tut es</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>%1 UTC · %2 · opsdash %3 · baseline %4 sha256 %5</source>
        <translation>%1 UTC · %2 · opsdash %3 · Baseline %4 sha256 %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Evidence written, not signed</source>
        <translation>Nachweis geschrieben, nicht signiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evidence bundle is in %1, but it is not signed: the GnuPG key %2 could not sign it.</source>
        <translation>Der Nachweis liegt in %1, ist aber nicht signiert: der GnuPG-Schlüssel %2 konnte ihn nicht signieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose another key, or none, in Capture evidence (Ctrl+E).</source>
        <translation>Wählen Sie unter „Nachweis erfassen“ (Strg+E) einen anderen Schlüssel oder keinen.</translation>
    </message>
</context>
<context>
    <name>opsdash::EvidenceCollector</name>
    <message>
        <source>%1; next attempt %2</source>
        <translation type="vanished">%1; nächster Versuch %2</translation>
    </message>
    <message>
        <location filename="../src/evidence/EvidenceCollector.cpp" line="+42"/>
        <source>client sessions ≤ usable slots (max_connections − reserved connections)</source>
        <translation>Client-Sitzungen ≤ nutzbare Slots (max_connections − reservierte Verbindungen)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>no database target given (--db): the server was not observed</source>
        <translation>kein Datenbankziel angegeben (--db): der Server wurde nicht beobachtet</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>no repository given (--repo): the source files were not read</source>
        <translation>kein Repository angegeben (--repo): die Quelldateien wurden nicht gelesen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>no sample was taken from %1 in the window</source>
        <translation>im Zeitfenster wurde von %1 keine Messung erhoben</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>no sample was taken from %1: %2</source>
        <translation>von %1 wurde keine Messung erhoben: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no sessions URL given (--sessions): the canary was not asked</source>
        <translation>keine Sitzungs-URL angegeben (--sessions): der Canary wurde nicht gefragt</translation>
    </message>
    <message>
        <source>polling again after a gap since %1</source>
        <translation type="vanished">Abfragen laufen wieder nach einer Lücke seit %1</translation>
    </message>
</context>
<context>
    <name>opsdash::EvidenceDialog</name>
    <message>
        <location filename="../src/gui/evidence/EvidenceDialog.cpp" line="+25"/>
        <source>Capture evidence</source>
        <translation>Nachweis erfassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: not signed</source>
        <translation>leer: nicht signiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A GnuPG key&apos;s fingerprint, key id or user id (e-mail address)</source>
        <translation>Fingerabdruck, Schlüssel-ID oder Benutzer-ID (E-Mail-Adresse) eines GnuPG-Schlüssels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New folder:</source>
        <translation>Neuer Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with GnuPG key:</source>
        <translation>Mit GnuPG-Schlüssel signieren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signed bundle has SHA256SUMS.asc beside SHA256SUMS; a reviewer checks it with opsdash evidence --verify DIR.</source>
        <translation>Ein signiertes Bündel hat SHA256SUMS.asc neben SHA256SUMS; Prüfende kontrollieren es mit opsdash evidence --verify VERZEICHNIS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capture</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Capture evidence into a new folder</source>
        <translation>Nachweis in einen neuen Ordner erfassen</translation>
    </message>
</context>
<context>
    <name>opsdash::ExpiryHistogram</name>
    <message>
        <location filename="../src/gui/sessions/ExpiryHistogram.cpp" line="+110"/>
        <source>+%1 h</source>
        <translation>+%1 h</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Expiries per hour, next 24 h</source>
        <translation>Abläufe pro Stunde, nächste 24 h</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Expiries per hour, next 24 h (%1 later)</source>
        <translation>Abläufe pro Stunde, nächste 24 h (%1 später)</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Sessions expiring in each of the next 24 hours, on the server&apos;s clock</source>
        <translation>Sitzungen, die in jeder der nächsten 24 Stunden ablaufen, nach der Serveruhr</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>opsdash::ExportDialog</name>
    <message>
        <location filename="../src/gui/export/ExportDialog.cpp" line="+29"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the login sessions, the activity or the events, as shown, to a CSV or JSON file</source>
        <translation>Die Anmeldesitzungen, die Aktivität oder die Ereignisse wie angezeigt in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n row(s) as shown, after the table&apos;s filter and sort.</source>
        <translation>
            <numerusform>%n Zeile wie angezeigt, nach Filter und Sortierung der Tabelle.</numerusform>
            <numerusform>%n Zeilen wie angezeigt, nach Filter und Sortierung der Tabelle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not exported to %1: %2</source>
        <translation>Nicht nach %1 exportiert: %2</translation>
    </message>
</context>
<context>
    <name>opsdash::HistoryChart</name>
    <message>
        <location filename="../src/gui/chart/HistoryChart.cpp" line="+73"/>
        <location line="+194"/>
        <source>Connections per pool</source>
        <translation>Verbindungen je Pool</translation>
    </message>
    <message>
        <source>time (local)</source>
        <translation type="vanished">Zeit (lokal)</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Connections per pool — no history in this range yet</source>
        <translation>Verbindungen je Pool — in diesem Zeitraum noch kein Verlauf</translation>
    </message>
    <message>
        <location line="+404"/>
        <source>%1 budget %2</source>
        <translation>%1 Budget %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usable %1</source>
        <translation>nutzbar %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+204"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 (max %3)</source>
        <translation>%1: %2 (max. %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>annotation “%1” at %2</source>
        <translation>Anmerkung „%1“ um %2</translation>
    </message>
    <message>
        <location line="-656"/>
        <location line="+109"/>
        <source>Connections per pool — %1</source>
        <translation>Verbindungen je Pool — %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Connections per pool — no target</source>
        <translation>Verbindungen je Pool — kein Ziel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>history file unavailable: %1</source>
        <translation>Verlaufsdatei nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>history file cannot be read: %1</source>
        <translation>Verlaufsdatei nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connections per pool — waiting for the first samples</source>
        <translation>Verbindungen je Pool — die ersten Messungen stehen noch aus</translation>
    </message>
    <message>
        <location line="+365"/>
        <location line="+197"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no data</source>
        <translation>%1: keine Daten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 (max %3; partial, %4 % seen)</source>
        <translation>%1: %2 (max. %3; teilweise, %4 % erfasst)</translation>
    </message>
    <message>
        <location line="-597"/>
        <source>Prometheus range cannot be read: %1</source>
        <translation>Prometheus-Zeitraum kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
</context>
<context>
    <name>opsdash::HistoryWorker</name>
    <message>
        <location filename="../src/history/HistoryWorker.cpp" line="+168"/>
        <source>the history file is not open</source>
        <translation>die Verlaufsdatei ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>opsdash::HttpFetch</name>
    <message>
        <location filename="../src/sessions/HttpFetch.cpp" line="+148"/>
        <source>the response announces %1 bytes, more than the %2-byte limit</source>
        <translation>die Antwort kündigt %1 Bytes an, mehr als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the response exceeded the %1-byte limit; aborted</source>
        <translation>die Antwort überschritt die Grenze von %1 Bytes; abgebrochen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more than %1 redirects; the last to %2</source>
        <translation>mehr als %1 Weiterleitungen; die letzte nach %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused a redirect from https to %1: %2</source>
        <translation>Weiterleitung von https nach %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused a redirect to another origin: %1</source>
        <translation>Weiterleitung zu einem anderen Ursprung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>the server closed the connection without an answer</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+92"/>
        <source>no response for %1 s; gave up</source>
        <translation>seit %1 s keine Antwort; aufgegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS verification failed: %1</source>
        <translation>TLS-Überprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>401 Unauthorized: %1 was not accepted</source>
        <translation>401 Unauthorized: %1 wurde nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>403 Forbidden: %1 does not grant access</source>
        <translation>403 Forbidden: %1 gewährt keinen Zugriff</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>404 Not Found: the app does not serve this endpoint</source>
        <translation>404 Not Found: die App bietet diesen Endpunkt nicht an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>server error %1</source>
        <translation>Serverfehler %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected HTTP status %1</source>
        <translation>unerwarteter HTTP-Status %1</translation>
    </message>
    <message>
        <source>the response has no Content-Type; expected application/json</source>
        <translation type="vanished">die Antwort hat keinen Content-Type; erwartet: application/json</translation>
    </message>
    <message>
        <source>the response is %1, not application/json</source>
        <translation type="vanished">die Antwort ist %1, nicht application/json</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>no complete response within %1 s (%2 bytes had arrived); gave up</source>
        <translation>keine vollständige Antwort binnen %1 s (%2 Bytes waren angekommen); aufgegeben</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>the response has no Content-Type; expected %1</source>
        <translation>die Antwort hat keinen Content-Type; erwartet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the response is %1, not %2</source>
        <translation>die Antwort ist %1, nicht %2</translation>
    </message>
</context>
<context>
    <name>opsdash::LiveSessions</name>
    <message>
        <location filename="../src/live/LiveSessions.cpp" line="+197"/>
        <source>--sessions: %1</source>
        <translation>--sessions: %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>opsdash serve exports no login sessions for this target (opsdash_login_sessions): it watches no session source there. Give serve&apos;s target an admin endpoint or a sessions table.</source>
        <translation>opsdash serve exportiert für dieses Ziel keine Anmeldesitzungen (opsdash_login_sessions): Es beobachtet dort keine Sitzungsquelle. Geben Sie dem Ziel von serve einen Admin-Endpunkt oder eine Sitzungstabelle.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 answers again (after %2)</source>
        <translation>%1 antwortet wieder (nach %2)</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>canary URL: %1</source>
        <translation>Canary-URL: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no canary account configured: %1</source>
        <translation>kein Canary-Konto eingerichtet: %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="-458"/>
        <source>The baseline says session.strategy is &quot;jwt&quot;: JWT sessions leave nothing on the server to list, so server-side session monitoring does not apply. The canary still checks maxAge.</source>
        <translation>Laut Baseline ist session.strategy &quot;jwt&quot;: JWT-Sitzungen hinterlassen auf dem Server nichts, was sich auflisten ließe, serverseitige Sitzungsüberwachung entfällt daher. Der Canary prüft maxAge weiterhin.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The checked source sets session.strategy to &quot;jwt&quot;: JWT sessions leave nothing on the server to list, so server-side session monitoring does not apply. The canary still checks maxAge.</source>
        <translation>Der geprüfte Quellcode setzt session.strategy auf &quot;jwt&quot;: JWT-Sitzungen hinterlassen auf dem Server nichts, was sich auflisten ließe, serverseitige Sitzungsüberwachung entfällt daher. Der Canary prüft maxAge weiterhin.</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>No session source configured: this database has no sessions table (%1). To watch login sessions, give the app&apos;s admin endpoint (--sessions URL, or a profile&apos;s admin URL), or a baseline (--baseline) naming the table the app&apos;s NextAuth adapter uses.</source>
        <translation>Keine Sitzungsquelle eingerichtet: Diese Datenbank hat keine Sitzungstabelle (%1). Um Anmeldesitzungen zu überwachen, geben Sie den Admin-Endpunkt der App an (--sessions URL oder die Admin-URL eines Profils) oder eine Baseline (--baseline), die die Tabelle des NextAuth-Adapters der App nennt.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>no new data for %1 s (two polls)</source>
        <translation>seit %1 s keine neuen Daten (zwei Abfragen)</translation>
    </message>
</context>
<context>
    <name>opsdash::LiveTarget</name>
    <message>
        <source>%1 (next attempt %2)</source>
        <translation type="vanished">%1 (nächster Versuch %2)</translation>
    </message>
    <message>
        <location filename="../src/live/LiveTarget.cpp" line="+225"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target down (opsdash_up 0)</source>
        <translation>Ziel nicht erreichbar (opsdash_up 0)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1; next attempt %2</source>
        <translation>%1; nächster Versuch %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>polling again after a gap since %1</source>
        <translation>Abfragen laufen wieder nach einer Lücke seit %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>pg_stat_activity on %1, %2 – %3</source>
        <translation>pg_stat_activity auf %1, %2 – %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pg_settings on %1</source>
        <translation>pg_settings auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_roles, pg_database and pg_stat_activity on %1 at %2</source>
        <translation>pg_roles, pg_database und pg_stat_activity auf %1 um %2</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Prometheus %1</source>
        <translation>Prometheus %1</translation>
    </message>
</context>
<context>
    <name>opsdash::MainToolBar</name>
    <message>
        <location filename="../src/gui/window/MainToolBar.cpp" line="+17"/>
        <source>Poll interval</source>
        <translation>Abfrageintervall</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>every %1 s</source>
        <translation>alle %1 s</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Time range of the chart</source>
        <translation>Zeitraum des Diagramms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last 15 min</source>
        <translation>letzte 15 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>last 1 h</source>
        <translation>letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last 6 h</source>
        <translation>letzte 6 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>last 24 h</source>
        <translation>letzte 24 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>last 7 d</source>
        <translation>letzte 7 Tage</translation>
    </message>
</context>
<context>
    <name>opsdash::MainWindow</name>
    <message>
        <source>Poll interval</source>
        <translation type="vanished">Abfrageintervall</translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation type="vanished">alle %1 s</translation>
    </message>
    <message>
        <source>Time range of the chart</source>
        <translation type="vanished">Zeitraum des Diagramms</translation>
    </message>
    <message>
        <source>last 15 min</source>
        <translation type="vanished">letzte 15 min</translation>
    </message>
    <message>
        <source>last 1 h</source>
        <translation type="vanished">letzte Stunde</translation>
    </message>
    <message>
        <source>last 6 h</source>
        <translation type="vanished">letzte 6 h</translation>
    </message>
    <message>
        <source>last 24 h</source>
        <translation type="vanished">letzte 24 h</translation>
    </message>
    <message>
        <source>last 7 d</source>
        <translation type="vanished">letzte 7 Tage</translation>
    </message>
    <message>
        <source>Sessions per pool — waiting for the first samples</source>
        <translation type="vanished">Sitzungen je Pool — die ersten Messungen stehen noch aus</translation>
    </message>
    <message>
        <source>Sessions per pool — no target</source>
        <translation type="vanished">Sitzungen je Pool — kein Ziel</translation>
    </message>
    <message>
        <source>No target. Start opsdash with --db CONNINFO (a conninfo string, a postgresql:// URI or service=NAME) to watch a server.</source>
        <translation type="vanished">Kein Ziel. Starten Sie opsdash mit --db CONNINFO (eine Conninfo-Zeichenkette, eine postgresql://-URI oder service=NAME), um einen Server zu überwachen.</translation>
    </message>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="+521"/>
        <source>Show the %1 panel (%2)</source>
        <translation>Bereich %1 anzeigen (%2)</translation>
    </message>
    <message>
        <source>Waiting for the keychain…</source>
        <translation type="vanished">Warte auf den Schlüsselbund …</translation>
    </message>
    <message>
        <source>The system keychain (Secret Service) has not answered yet. The window keeps working; opsdash gives up after %1 s and says so.</source>
        <translation type="vanished">Der Schlüsselbund des Systems (Secret Service) hat noch nicht geantwortet. Das Fenster arbeitet weiter; opsdash gibt nach %1 s auf und meldet es.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Disconnected by you. Press Ctrl+K to connect again.</source>
        <translation>Von Ihnen getrennt. Drücken Sie Strg+K, um erneut zu verbinden.</translation>
    </message>
    <message>
        <source>History writes delayed %1 s — %2 polls waiting</source>
        <translation type="vanished">Verlauf wird seit %1 s nicht geschrieben — %2 Abfragen warten</translation>
    </message>
    <message>
        <source>Another program holds the history file&apos;s lock (%1). The polls wait in memory and are written when it lets go; the chart shows what is written.</source>
        <translation type="vanished">Ein anderes Programm sperrt die Verlaufsdatei (%1). Die Abfragen warten im Speicher und werden geschrieben, sobald die Sperre frei ist; das Diagramm zeigt, was geschrieben ist.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Connecting to %1 …</source>
        <translation>Verbindung zu %1 wird aufgebaut …</translation>
    </message>
    <message>
        <source>PostgreSQL %1 · max_connections %2 · %3 usable</source>
        <translation type="vanished">PostgreSQL %1 · max_connections %2 · %3 nutzbar</translation>
    </message>
    <message>
        <source>Next attempt at %1. %2</source>
        <translation type="vanished">Nächster Versuch um %1. %2</translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="vanished">Kein Ziel</translation>
    </message>
    <message>
        <source>Disconnected (by you) — %1</source>
        <translation type="vanished">Getrennt (von Ihnen) — %1</translation>
    </message>
    <message>
        <source>Connecting — %1</source>
        <translation type="vanished">Verbindungsaufbau — %1</translation>
    </message>
    <message>
        <source>Connected, paused — %1</source>
        <translation type="vanished">Verbunden, pausiert — %1</translation>
    </message>
    <message>
        <source>Connected — %1</source>
        <translation type="vanished">Verbunden — %1</translation>
    </message>
    <message>
        <source>Disconnected — %1 — retrying in %2 s: %3</source>
        <translation type="vanished">Getrennt — %1 — neuer Versuch in %2 s: %3</translation>
    </message>
    <message>
        <source>last poll %1 s ago · %2 ms</source>
        <translation type="vanished">letzte Abfrage vor %1 s · %2 ms</translation>
    </message>
    <message>
        <source>no poll yet</source>
        <translation type="vanished">noch keine Abfrage</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>About opsdash</source>
        <translation>Über opsdash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;opsdash %1&lt;/b&gt;&lt;p&gt;Watches PostgreSQL connection pools, login sessions and configuration drift against a sign-off baseline.&lt;/p&gt;&lt;p&gt;Baseline: %2 (%3)&lt;/p&gt;</source>
        <translation>&lt;b&gt;opsdash %1&lt;/b&gt;&lt;p&gt;Überwacht PostgreSQL-Verbindungspools, Anmeldesitzungen und Konfigurationsabweichungen gegenüber einer abgenommenen Baseline.&lt;/p&gt;&lt;p&gt;Baseline: %2 (%3)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation type="vanished">Benachrichtigungen &amp;stummschalten</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="vanished">&amp;Design</translation>
    </message>
    <message>
        <location line="-507"/>
        <location line="+12"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+388"/>
        <source>Disconnected by you.</source>
        <translation>Von Ihnen getrennt.</translation>
    </message>
    <message>
        <location line="-409"/>
        <source>Drift</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Keep listing events, but show no desktop notifications for them</source>
        <translation type="vanished">Ereignisse weiter auflisten, aber keine Desktop-Benachrichtigungen dafür zeigen</translation>
    </message>
    <message>
        <source>Light, dark or as the system</source>
        <translation type="vanished">Hell, dunkel oder wie das System</translation>
    </message>
    <message>
        <source>No target.</source>
        <translation type="vanished">Kein Ziel.</translation>
    </message>
    <message>
        <source>No target. Choose or add one in the toolbar&apos;s target list, or start opsdash with --db CONNINFO (a conninfo string, a postgresql:// URI or service=NAME).</source>
        <translation type="vanished">Kein Ziel. Wählen oder ergänzen Sie eines in der Zielliste der Werkzeugleiste, oder starten Sie opsdash mit --db CONNINFO (eine Conninfo-Zeichenkette, eine postgresql://-URI oder service=NAME).</translation>
    </message>
    <message>
        <location line="+439"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="vanished">Design</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>clock skew: desktop %1%2</source>
        <translation type="vanished">Uhrversatz: Rechner %1%2</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation type="vanished">letzte %1</translation>
    </message>
    <message>
        <source>no database target (start opsdash with --db CONNINFO)</source>
        <translation type="vanished">kein Datenbankziel (starten Sie opsdash mit --db CONNINFO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the built-in one</source>
        <translation>die eingebaute</translation>
    </message>
    <message>
        <source>waiting for the first poll</source>
        <translation type="vanished">warte auf die erste Abfrage</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>“%1” names the baseline %2, but this window was opened with %3. Restart opsdash with --profile “%1” to check against it.</source>
        <translation>„%1“ nennt die Baseline %2, aber dieses Fenster wurde mit %3 geöffnet. Starten Sie opsdash mit --profile „%1“ neu, um dagegen zu prüfen.</translation>
    </message>
    <message>
        <source>opsdash</source>
        <translation type="vanished">opsdash</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Login sessions</source>
        <translation>Anmeldesitzungen</translation>
    </message>
    <message>
        <location line="+328"/>
        <location line="+54"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reading %1 …</source>
        <translation>Lese %1 …</translation>
    </message>
</context>
<context>
    <name>opsdash::MarkReleaseDialog</name>
    <message>
        <location filename="../src/gui/chart/MarkReleaseDialog.cpp" line="+15"/>
        <source>&amp;Mark</source>
        <translation>&amp;Markieren</translation>
    </message>
</context>
<context>
    <name>opsdash::NoRowsMatch</name>
    <message>
        <location filename="../src/gui/common/NoRowsMatch.cpp" line="+11"/>
        <source>No rows match the filter.</source>
        <translation>Keine Zeile passt zum Filter.</translation>
    </message>
</context>
<context>
    <name>opsdash::Notifications</name>
    <message>
        <source>&amp;Mute notifications</source>
        <translation type="vanished">Benachrichtigungen &amp;stummschalten</translation>
    </message>
    <message>
        <source>Keep listing events, but show no desktop notifications for them</source>
        <translation type="vanished">Ereignisse weiter auflisten, aber keine Desktop-Benachrichtigungen dafür zeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/window/Notifications.cpp" line="+23"/>
        <source>&amp;Show opsdash</source>
        <translation>opsdash &amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit opsdash</source>
        <translation>opsdash &amp;beenden</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+32"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>&amp;Do not disturb</source>
        <translation>&amp;Nicht stören</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep listing events, but show no desktop notifications for any of them (one alert or check: Acknowledge… or Mute… on its row)</source>
        <translation>Ereignisse weiter auflisten, aber für keines eine Desktop-Benachrichtigung zeigen (für einen einzelnen Alarm oder eine Prüfung: Quittieren… oder Stummschalten… in seiner Zeile)</translation>
    </message>
</context>
<context>
    <name>opsdash::OverviewPage</name>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="+54"/>
        <source>No saved targets yet. Add one from the target list in the toolbar.</source>
        <translation>Noch keine gespeicherten Ziele. Legen Sie eines über die Zielliste in der Werkzeugleiste an.</translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>&lt;b&gt;Overview&lt;/b&gt; — %n target(s): %1 critical · %2 warning. Enter or a click opens a dashboard; Backspace or Alt+Left comes back here.</source>
        <translation>
            <numerusform>&lt;b&gt;Übersicht&lt;/b&gt; — %n Ziel: %1 kritisch · %2 Warnung. Eingabe oder ein Klick öffnet ein Dashboard; Rücktaste oder Alt+Links führt hierher zurück.</numerusform>
            <numerusform>&lt;b&gt;Übersicht&lt;/b&gt; — %n Ziele: %1 kritisch · %2 Warnung. Eingabe oder ein Klick öffnet ein Dashboard; Rücktaste oder Alt+Links führt hierher zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every saved target at once (Alt+Left, Backspace)</source>
        <translation>Alle gespeicherten Ziele auf einmal (Alt+Links, Rücktaste)</translation>
    </message>
</context>
<context>
    <name>opsdash::OverviewTile</name>
    <message>
        <location filename="../src/gui/overview/OverviewTile.cpp" line="+39"/>
        <source>Open the dashboard of %1 (Enter)</source>
        <translation>Dashboard von %1 öffnen (Eingabe)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connecting…</source>
        <translation>verbinde …</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="vanished">getrennt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waiting for the first poll</source>
        <translation>warte auf die erste Abfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polled %1 s ago</source>
        <translation>abgefragt vor %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>polled %1 min ago</source>
        <translation>abgefragt vor %1 min</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Usable capacity: not read yet</source>
        <translation>Nutzbare Kapazität: noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usable capacity: %1 of %2 slots in use</source>
        <translation>Nutzbare Kapazität: %1 von %2 Slots belegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks: waiting for the server</source>
        <translation>Prüfungen: warte auf den Server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checks: %1</source>
        <translation>Prüfungen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> — worst: %1 %2</source>
        <translation> — am schlimmsten: %1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Login sessions: no source</source>
        <translation>Anmeldesitzungen: keine Quelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login sessions: not watched</source>
        <translation>Anmeldesitzungen: nicht beobachtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login sessions: waiting</source>
        <translation>Anmeldesitzungen: warte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login sessions in the critical window: %1</source>
        <translation>Anmeldesitzungen im kritischen Fenster: %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 / %2 (%3 %)</source>
        <translation>%1 / %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>client sessions, last 15 min (peak %1)</source>
        <translation>Client-Sitzungen, letzte 15 min (Spitze %1)</translation>
    </message>
</context>
<context>
    <name>opsdash::PauseBanner</name>
    <message>
        <location filename="../src/gui/window/PauseBanner.cpp" line="+26"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume polling (Space)</source>
        <translation>Abfragen fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>PAUSED since %1 — press Space or Resume</source>
        <translation>PAUSIERT seit %1 — Leertaste oder Fortsetzen drücken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PAUSED since %1 — the target was disconnected when paused and still is — press Space or Resume</source>
        <translation>PAUSIERT seit %1 — das Ziel war beim Pausieren getrennt und ist es noch — Leertaste oder Fortsetzen drücken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PAUSED since %1 — the target is disconnected — press Space or Resume</source>
        <translation>PAUSIERT seit %1 — das Ziel ist getrennt — Leertaste oder Fortsetzen drücken</translation>
    </message>
</context>
<context>
    <name>opsdash::PgBouncerMonitor</name>
    <message>
        <location filename="../src/pg/PgBouncerMonitor.cpp" line="+34"/>
        <source>no answer from the PgBouncer admin console for %1 s</source>
        <translation>keine Antwort der PgBouncer-Admin-Konsole seit %1 s</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>PgBouncer not watched</source>
        <translation>PgBouncer wird nicht beobachtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connecting to the PgBouncer admin console</source>
        <translation>Verbindung zur PgBouncer-Admin-Konsole wird aufgebaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PgBouncer admin console connected</source>
        <translation>PgBouncer-Admin-Konsole verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PgBouncer admin console unreachable: %1</source>
        <translation>PgBouncer-Admin-Konsole nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a PgBouncer admin console (dbname=pgbouncer, a user in stats_users): %1</source>
        <translation>keine PgBouncer-Admin-Konsole (dbname=pgbouncer, ein Benutzer in stats_users): %1</translation>
    </message>
</context>
<context>
    <name>opsdash::PgConnection</name>
    <message>
        <location filename="../src/pg/PgConnection.cpp" line="+64"/>
        <source>timed out after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>invalid connection string: %1</source>
        <translation>ungültige Verbindungszeichenkette: %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>out of memory starting a connection</source>
        <translation>kein Speicher mehr beim Aufbau einer Verbindung</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>not connected: cannot quote the identifier</source>
        <translation>nicht verbunden: der Bezeichner kann nicht maskiert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot quote the identifier: %1</source>
        <translation>der Bezeichner kann nicht maskiert werden: %1</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
</context>
<context>
    <name>opsdash::PoolBar</name>
    <message>
        <location filename="../src/gui/pools/PoolBar.cpp" line="+22"/>
        <source>Pool %1</source>
        <translation>Pool %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1  %2 / %3 (%4 %)  peak %5</source>
        <translation>%1  %2 / %3 (%4 %)  Spitze %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1  %2  peak %3</source>
        <translation>%1  %2  Spitze %3</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1  %2 / %3 connection limit, budget %4 (%5 %)  peak %6</source>
        <translation>%1  %2 / %3 Verbindungslimit, Budget %4 (%5 %)  Spitze %6</translation>
    </message>
</context>
<context>
    <name>opsdash::PoolBudgetPanel</name>
    <message>
        <location filename="../src/gui/pools/PoolBudgetPanel.cpp" line="+23"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle in transaction</source>
        <translation>Leerlauf in Transaktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle in transaction (aborted)</source>
        <translation>Leerlauf in Transaktion (abgebrochen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;nbsp;&amp;nbsp;┊ peak in window</source>
        <translation>&amp;nbsp;&amp;nbsp;┊ Spitze im Zeitfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Disconnected — the bars show the last data, stale.</source>
        <translation type="vanished">Getrennt — die Balken zeigen die letzten, veralteten Daten.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Disconnected — no data yet.</source>
        <translation>Getrennt — noch keine Daten.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>OVER-COMMITTED by %1: %2 &gt; %3 usable slots (%4). server.capacity: fail</source>
        <translation>UM %1 ÜBERBUCHT: %2 &gt; %3 nutzbare Slots (%4). server.capacity: fail</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+272"/>
        <source>client sessions %1 / %2 usable — max_connections %3, %4 reserved</source>
        <translation>Client-Sitzungen %1 / %2 nutzbar — max_connections %3, davon %4 reserviert</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>No target. Choose or add one in the toolbar&apos;s target list, or start opsdash with --db CONNINFO (a conninfo string, a postgresql:// URI or service=NAME).</source>
        <translation>Kein Ziel. Wählen oder ergänzen Sie eines in der Zielliste der Werkzeugleiste, oder starten Sie opsdash mit --db CONNINFO (eine Conninfo-Zeichenkette, eine postgresql://-URI oder service=NAME).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Next attempt at %1. %2</source>
        <translation>Nächster Versuch um %1. %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Disconnected — greyed: the last data, polled at %1.</source>
        <translation>Getrennt — ausgegraut: die letzten Daten, abgefragt um %1.</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+44"/>
        <source>%1&apos;s own statistics: waiting for %2</source>
        <translation>Eigene Statistik von %1: warte auf %2</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>%1&apos;s own statistics: %2</source>
        <translation>Eigene Statistik von %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (app): in use %2 · idle %3 · open %4 / %5</source>
        <translation>%1 (App): belegt %2 · Leerlauf %3 · offen %4 / %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · waits %1/s</source>
        <translation> · Wartevorgänge %1/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, average wait %1 ms</source>
        <translation>, mittlere Wartezeit %1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — stale since %1: %2</source>
        <translation> — veraltet seit %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>PgBouncer: waiting for its admin console</source>
        <translation>PgBouncer: warte auf die Admin-Konsole</translation>
    </message>
</context>
<context>
    <name>opsdash::PoolMetricsPoller</name>
    <message>
        <location filename="../src/live/PoolMetricsPoller.cpp" line="+36"/>
        <source>the request without credentials</source>
        <translation>die Anfrage ohne Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>opsdash::ProfileDialog</name>
    <message>
        <location filename="../src/gui/targets/ProfileDialog.cpp" line="+31"/>
        <source>Add target</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit target “%1”</source>
        <translation>Ziel „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Remove the password from the connection string; type it in the Password field so it goes to the keychain.</source>
        <translation>Entfernen Sie das Passwort aus der Verbindungszeichenkette; tragen Sie es im Feld Passwort ein, damit es in den Schlüsselbund kommt.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>connected — PostgreSQL %1 (%2)</source>
        <translation>verbunden — PostgreSQL %1 (%2)</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>libpq default (prefer)</source>
        <translation>libpq-Standard (prefer)</translation>
    </message>
    <message>
        <location line="+281"/>
        <source>Connecting to %1 …</source>
        <translation>Verbindung zu %1 wird aufgebaut …</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic authentication</source>
        <translation>Basic-Authentifizierung</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Remove the password from the PgBouncer admin connection; libpq finds it in .pgpass or PGPASSFILE.</source>
        <translation>Entfernen Sie das Passwort aus der PgBouncer-Admin-Verbindung; libpq findet es in .pgpass oder PGPASSFILE.</translation>
    </message>
</context>
<context>
    <name>opsdash::ProfileSecrets</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="vanished">%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/secrets/ProfileSecrets.cpp" line="+171"/>
        <source>Could not store %1 in the keychain: %2</source>
        <translation>%1 konnte nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>No keychain is available (%1). Secrets are kept in memory for this run only; enter them again next time, or set PGPASSWORD / use .pgpass for the database.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Geheimnisse bleiben nur für diesen Lauf im Speicher; geben Sie sie beim nächsten Mal erneut ein, oder setzen Sie für die Datenbank PGPASSWORD bzw. nutzen Sie .pgpass.</translation>
    </message>
    <message>
        <source>Could not read the keychain (%1). opsdash carries on without the secrets it keeps there; enter them again if asked.</source>
        <translation type="vanished">Der Schlüsselbund ließ sich nicht lesen (%1). opsdash arbeitet ohne die dort abgelegten Geheimnisse weiter; bei Nachfrage bitte erneut eingeben.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Could not read %1: %2. opsdash carries on without it; enter it again if asked.</source>
        <translation>%1 ließ sich nicht lesen: %2. opsdash arbeitet ohne weiter; bei Nachfrage bitte erneut eingeben.</translation>
    </message>
</context>
<context>
    <name>opsdash::PrometheusSource</name>
    <message>
        <location filename="../src/prom/PrometheusSource.cpp" line="+47"/>
        <source>%1 (target %2)</source>
        <translation>%1 (Target %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no series of the target</source>
        <translation>keine Reihen des Ziels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prometheus timeout</source>
        <translation>Prometheus-Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prometheus HTTP %1</source>
        <translation>Prometheus HTTP %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bad JSON from Prometheus (%1)</source>
        <translation>ungültiges JSON von Prometheus (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prometheus query error</source>
        <translation>Prometheus-Abfragefehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prometheus unreachable (%1)</source>
        <translation>Prometheus nicht erreichbar (%1)</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Prometheus has no series with target=%1 (is opsdash serve scraped, and is the target label right?)</source>
        <translation>Prometheus hat keine Reihen mit target=%1 (wird opsdash serve abgefragt, und stimmt das Target-Label?)</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Prometheus refused the query (HTTP %1)</source>
        <translation>Prometheus hat die Abfrage abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the profile&apos;s Prometheus credentials</source>
        <translation>die Prometheus-Zugangsdaten des Profils</translation>
    </message>
</context>
<context>
    <name>opsdash::ReleaseMarker</name>
    <message>
        <location filename="../src/gui/chart/ReleaseMarker.cpp" line="+18"/>
        <source>&amp;Mark release…</source>
        <translation>Release mar&amp;kieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark a release at this moment on the history chart and in the events (Ctrl+M)</source>
        <translation>Einen Release zu diesem Zeitpunkt im Verlaufsdiagramm und bei den Ereignissen markieren (Strg+M)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>release %1</source>
        <translation>Release %1</translation>
    </message>
</context>
<context>
    <name>opsdash::SecretStore</name>
    <message>
        <location filename="../src/secrets/SecretStore.cpp" line="+108"/>
        <source>%1 is not set and the keychain has no entry opsdash/%2</source>
        <translation>%1 ist nicht gesetzt, und der Schlüsselbund hat keinen Eintrag opsdash/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not set and no keychain is available (%2)</source>
        <translation>%1 ist nicht gesetzt, und es ist kein Schlüsselbund verfügbar (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not set and the keychain refused access to opsdash/%2 (%3)</source>
        <translation>%1 ist nicht gesetzt, und der Schlüsselbund verweigert den Zugriff auf opsdash/%2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not set and reading opsdash/%2 from the keychain failed (%3)</source>
        <translation>%1 ist nicht gesetzt, und das Lesen von opsdash/%2 aus dem Schlüsselbund ist fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>keychain entry %1/%2</source>
        <translation>Schlüsselbund-Eintrag %1/%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this run&apos;s memory (no keychain backend)</source>
        <translation>Speicher dieses Laufs (kein Schlüsselbund-Backend)</translation>
    </message>
</context>
<context>
    <name>opsdash::ServeService</name>
    <message>
        <location filename="../src/serve/ServeService.cpp" line="+57"/>
        <source>no pool &apos;%1&apos; in the baseline %2</source>
        <translation>kein Pool &apos;%1&apos; in der Baseline %2</translation>
    </message>
</context>
<context>
    <name>opsdash::SessionsModel</name>
    <message>
        <location filename="../src/gui/sessions/SessionsModel.cpp" line="+218"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session (hash)</source>
        <translation>Sitzung (Hash)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>expires %1 UTC (server clock)</source>
        <translation type="vanished">läuft ab %1 UTC (Serveruhr)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>first 12 hex digits of md5 of the session token; the token itself is never read or shown</source>
        <translation>die ersten 12 Hex-Ziffern des MD5 des Sitzungstokens; das Token selbst wird nie gelesen oder gezeigt</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>over age</source>
        <translation>über der Altersgrenze</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>expires %1 (server clock)</source>
        <translation>läuft ab %1 (Serveruhr)</translation>
    </message>
</context>
<context>
    <name>opsdash::SessionsPanel</name>
    <message>
        <location filename="../src/gui/sessions/SessionsPanel.cpp" line="+297"/>
        <source>%1 (showing the data received at %2)</source>
        <translation>%1 (gezeigt werden die um %2 empfangenen Daten)</translation>
    </message>
    <message>
        <location line="-199"/>
        <location line="+185"/>
        <source>%1 · times on the server&apos;s clock (%2) · received %3</source>
        <translation>%1 · Zeiten nach der Serveruhr (%2) · empfangen %3</translation>
    </message>
    <message>
        <source>--sessions: %1</source>
        <translation type="vanished">--sessions: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Error — %1:</source>
        <translation>Fehler — %1:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No session data</source>
        <translation>Keine Sitzungsdaten</translation>
    </message>
    <message>
        <source>No session source — start with --sessions URL</source>
        <translation type="vanished">Keine Sitzungsquelle — starten Sie mit --sessions URL</translation>
    </message>
    <message>
        <source>OPSDASH_SESSIONS_TOKEN is not set and no keychain is available (%1)</source>
        <translation type="vanished">OPSDASH_SESSIONS_TOKEN ist nicht gesetzt, und es ist kein Schlüsselbund verfügbar (%1)</translation>
    </message>
    <message>
        <source>OPSDASH_SESSIONS_TOKEN is not set and the keychain has no entry opsdash/%1</source>
        <translation type="vanished">OPSDASH_SESSIONS_TOKEN ist nicht gesetzt, und der Schlüsselbund hat keinen Eintrag opsdash/%1</translation>
    </message>
    <message>
        <source>OPSDASH_SESSIONS_TOKEN is not set and the keychain refused access to opsdash/%1 (%2)</source>
        <translation type="vanished">OPSDASH_SESSIONS_TOKEN ist nicht gesetzt, und der Schlüsselbund verweigert den Zugriff auf opsdash/%1 (%2)</translation>
    </message>
    <message>
        <source>OPSDASH_CANARY_COOKIE is not set and the keychain has no entry opsdash/%1</source>
        <translation type="vanished">OPSDASH_CANARY_COOKIE ist nicht gesetzt und der Schlüsselbund hat keinen Eintrag opsdash/%1</translation>
    </message>
    <message>
        <source>OPSDASH_CANARY_COOKIE is not set and no keychain is available (%1)</source>
        <translation type="vanished">OPSDASH_CANARY_COOKIE ist nicht gesetzt und kein Schlüsselbund ist verfügbar (%1)</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 Tage)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Login sessions — from Prometheus</source>
        <translation>Anmeldesitzungen — aus Prometheus</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No session source — start with --sessions URL or --db CONNINFO</source>
        <translation>Keine Sitzungsquelle — starten Sie mit --sessions URL oder --db CONNINFO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opsdash reads login sessions from the app&apos;s admin endpoint (GET &lt;base&gt;/api/admin/sessions, bearer token from the keychain or OPSDASH_SESSIONS_TOKEN) or, without one, from the sessions table through the monitoring connection — never by polling a user&apos;s session.</source>
        <translation>opsdash liest Anmeldesitzungen über den Admin-Endpunkt der App (GET &lt;base&gt;/api/admin/sessions, Bearer-Token aus dem Schlüsselbund oder OPSDASH_SESSIONS_TOKEN) oder, ohne ihn, aus der Sitzungstabelle über die Überwachungsverbindung — nie durch Abfragen der Sitzung eines Benutzers.</translation>
    </message>
    <message>
        <source>%1 answers again (after %2)</source>
        <translation type="vanished">%1 antwortet wieder (nach %2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>STALE since %1 — %2:</source>
        <translation>VERALTET seit %1 — %2:</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Login sessions — admin endpoint</source>
        <translation>Anmeldesitzungen — Admin-Endpunkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login sessions — sessions table</source>
        <translation>Anmeldesitzungen — Sitzungstabelle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Login sessions</source>
        <translation>Anmeldesitzungen</translation>
    </message>
    <message>
        <source>the built-in baseline</source>
        <translation type="vanished">die eingebaute Baseline</translation>
    </message>
    <message>
        <source>canary URL: %1</source>
        <translation type="vanished">Canary-URL: %1</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>canary: checking …</source>
        <translation>Canary: wird geprüft …</translation>
    </message>
    <message>
        <source>no canary account configured: %1</source>
        <translation type="vanished">kein Canary-Konto eingerichtet: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+52"/>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual: %1</source>
        <translation>Tatsächlich: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The canary is a dedicated account: checking it keeps it logged in.</source>
        <translation>Das Canary-Konto ist ein eigenes Konto: jede Prüfung hält es angemeldet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>canary: not configured</source>
        <translation>Canary: nicht eingerichtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>canary: no session — log the canary account in again</source>
        <translation>Canary: keine Sitzung — das Canary-Konto neu anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>canary: %1</source>
        <translation>Canary: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>canary: idle limit %1 (baseline %2 ± %3) — %4</source>
        <translation>Canary: Leerlaufgrenze %1 (Baseline %2 ± %3) — %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>STALE — %1</source>
        <translation>VERALTET — %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>from %1 · counted by opsdash serve · received %2</source>
        <translation>aus %1 · gezählt von opsdash serve · empfangen %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 active · %2 ok · %3 warn · %4 critical</source>
        <translation>%1 aktiv · %2 ok · %3 Warnung · %4 kritisch</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../src/gui/window/StatusBar.cpp" line="+91"/>
        <source>Sessions STALE since %1 — %2</source>
        <translation>Sitzungen VERALTET seit %1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sessions error — %1</source>
        <translation>Sitzungen: Fehler — %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../src/gui/window/StatusBar.cpp" line="+7"/>
        <source>Sessions fresh · %1 active</source>
        <translation>Sitzungen aktuell · %1 aktiv</translation>
    </message>
    <message>
        <source>the built-in one; give your own with --baseline</source>
        <translation type="vanished">die eingebaute; eine eigene mit --baseline angeben</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Sessions: no source</source>
        <translation>Sitzungen: keine Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions: waiting</source>
        <translation>Sitzungen: warte</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Waiting for the first answer from %1 …</source>
        <translation>Warte auf die erste Antwort von %1 …</translation>
    </message>
    <message>
        <source>opsdash reads login sessions from the app&apos;s admin endpoint (GET &lt;base&gt;/api/admin/sessions, bearer token from the keychain or OPSDASH_SESSIONS_TOKEN), never by polling a user&apos;s session.</source>
        <translation type="vanished">opsdash liest Anmeldesitzungen über den Admin-Endpunkt der App (GET &lt;base&gt;/api/admin/sessions, Bearer-Token aus dem Schlüsselbund oder OPSDASH_SESSIONS_TOKEN), nie durch Abfragen der Sitzung eines Benutzers.</translation>
    </message>
    <message>
        <source>reading opsdash/%1 from the keychain failed (%2)</source>
        <translation type="vanished">das Lesen von opsdash/%1 aus dem Schlüsselbund ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>the HTTP Date header</source>
        <translation>der HTTP-Date-Header</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database&apos;s now()</source>
        <translation>now() der Datenbank</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the response&apos;s serverTime</source>
        <translation>serverTime der Antwort</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>No session source configured</source>
        <translation>Keine Sitzungsquelle eingerichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server-side session monitoring does not apply to JWT sessions</source>
        <translation>Serverseitige Sitzungsüberwachung entfällt bei JWT-Sitzungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Team mode: Prometheus keeps only the counts by level (opsdash_login_sessions), no series per session, so no session is listed here.</source>
        <translation>Team-Modus: Prometheus hält nur die Anzahlen je Stufe (opsdash_login_sessions), keine Reihe je Sitzung, daher wird hier keine Sitzung aufgelistet.</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Sessions: no session source configured</source>
        <translation>Sitzungen: keine Sitzungsquelle eingerichtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions: JWT, nothing server-side to watch</source>
        <translation>Sitzungen: JWT, serverseitig nichts zu überwachen</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Filter by user or session (Ctrl+F)</source>
        <translation>Nach Benutzer oder Sitzung filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+356"/>
        <source>Sessions: waiting for the database</source>
        <translation>Sitzungen: warte auf die Datenbank</translation>
    </message>
</context>
<context>
    <name>opsdash::SessionsProbe</name>
    <message>
        <location filename="../src/evidence/SessionsProbe.cpp" line="+42"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gave no answer</source>
        <translation>%1 gab keine Antwort</translation>
    </message>
    <message>
        <source>canary URL: %1</source>
        <translation type="vanished">Canary-URL: %1</translation>
    </message>
    <message>
        <source>%1 is not set and the keychain gave no entry opsdash/%2 (%3)</source>
        <translation type="vanished">%1 ist nicht gesetzt, und der Schlüsselbund lieferte keinen Eintrag opsdash/%2 (%3)</translation>
    </message>
    <message>
        <source>%1 is not set and the keychain has no entry opsdash/%2</source>
        <translation type="vanished">%1 ist nicht gesetzt, und der Schlüsselbund hat keinen Eintrag opsdash/%2</translation>
    </message>
    <message>
        <source>no monitoring connection to read the sessions table through</source>
        <translation type="vanished">keine Überwachungsverbindung, über die die Sitzungstabelle gelesen werden könnte</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>no admin token for %1: %2</source>
        <translation>kein Admin-Token für %1: %2</translation>
    </message>
    <message>
        <source>no canary account configured: %1</source>
        <translation type="vanished">kein Canary-Konto eingerichtet: %1</translation>
    </message>
    <message>
        <source>no session source given (--sessions URL or --db CONNINFO)</source>
        <translation type="vanished">keine Sitzungsquelle angegeben (--sessions URL oder --db CONNINFO)</translation>
    </message>
    <message>
        <source>no sessions URL given (--sessions): the canary was not asked</source>
        <translation type="vanished">keine Sitzungs-URL angegeben (--sessions): der Canary wurde nicht gefragt</translation>
    </message>
</context>
<context>
    <name>opsdash::SessionsTableSource</name>
    <message>
        <source>the connection is not ready</source>
        <translation type="vanished">die Verbindung ist nicht bereit</translation>
    </message>
    <message>
        <location filename="../src/sessions/SessionsTableSource.cpp" line="+99"/>
        <source>cannot quote the names of sessionsTable in the baseline (%1): %2</source>
        <translation>die Namen von sessionsTable in der Baseline (%1) können nicht maskiert werden: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1; grant SELECT on %2 to the monitoring role</source>
        <translation>%1; erteilen Sie der Überwachungsrolle SELECT auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; check sessionsTable in the baseline (%2)</source>
        <translation>%1; prüfen Sie sessionsTable in der Baseline (%2)</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>no monitoring connection</source>
        <translation>keine Überwachungsverbindung</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+20"/>
        <source>the monitoring connection is down</source>
        <translation>die Überwachungsverbindung ist unterbrochen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the monitoring connection is stopped</source>
        <translation>die Überwachungsverbindung ist beendet</translation>
    </message>
</context>
<context>
    <name>opsdash::SettingsMenu</name>
    <message>
        <location filename="../src/gui/window/SettingsMenu.cpp" line="+17"/>
        <source>&amp;Editor command…</source>
        <translation>&amp;Editor-Befehl …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command that opens a source file of the Drift tab at its line</source>
        <translation>Der Befehl, der eine Quelldatei des Reiters „Abweichung“ an ihrer Zeile öffnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start with the desktop session: %1</source>
        <translation>Mit der Arbeitsumgebung starten: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Editor command</source>
        <translation>Editor-Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a source file at its line; {file} and {line} are replaced, e.g. code -g {file}:{line}.
Empty: %1.</source>
        <translation>Öffnet eine Quelldatei an ihrer Zeile; {file} und {line} werden ersetzt, z. B. code -g {file}:{line}.
Leer: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the desktop&apos;s application for the file</source>
        <translation>das Programm der Arbeitsumgebung für die Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from $VISUAL, %1</source>
        <translation>aus $VISUAL, %1</translation>
    </message>
</context>
<context>
    <name>opsdash::ShortcutsDialog</name>
    <message>
        <location filename="../src/gui/window/ShortcutsDialog.cpp" line="+33"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>opsdash::StatusBar</name>
    <message>
        <location filename="../src/gui/window/StatusBar.cpp" line="-45"/>
        <location line="+205"/>
        <source>last poll %1 s ago · %2 ms</source>
        <translation>letzte Abfrage vor %1 s · %2 ms</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Waiting for the keychain…</source>
        <translation>Warte auf den Schlüsselbund …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain (Secret Service) has not answered yet. The window keeps working; opsdash gives up after %1 s and says so.</source>
        <translation>Der Schlüsselbund des Systems (Secret Service) hat noch nicht geantwortet. Das Fenster arbeitet weiter; opsdash gibt nach %1 s auf und meldet es.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>PostgreSQL %1 · max_connections %2 · %3 usable</source>
        <translation>PostgreSQL %1 · max_connections %2 · %3 nutzbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>max_connections %1 − superuser_reserved_connections %2 − reserved_connections %3 = %4 connections usable by the applications.</source>
        <translation>max_connections %1 − superuser_reserved_connections %2 − reserved_connections %3 = %4 Verbindungen für die Anwendungen nutzbar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>History writes delayed %1 s — %2 polls waiting</source>
        <translation>Verlauf wird seit %1 s nicht geschrieben — %2 Abfragen warten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program holds the history file&apos;s lock (%1). The polls wait in memory and are written when it lets go; the chart shows what is written.</source>
        <translation>Ein anderes Programm sperrt die Verlaufsdatei (%1). Die Abfragen warten im Speicher und werden geschrieben, sobald die Sperre frei ist; das Diagramm zeigt, was geschrieben ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History file unavailable</source>
        <translation>Verlaufsdatei nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file cannot be opened or written: %1. The window keeps polling; the chart shows the polls since opsdash started.</source>
        <translation>Die Verlaufsdatei lässt sich nicht öffnen oder schreiben: %1. Das Fenster fragt weiter ab; das Diagramm zeigt die Abfragen seit dem Start von opsdash.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>History cannot be read</source>
        <translation>Verlauf nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file cannot be read: %1.</source>
        <translation>Die Verlaufsdatei lässt sich nicht lesen: %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>clock skew: desktop %1%2</source>
        <translation>Uhrversatz: Rechner %1%2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Paused — from Prometheus %1</source>
        <translation>Pausiert — aus Prometheus %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Disconnected (by you) — %1</source>
        <translation>Getrennt (von Ihnen) — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting — %1</source>
        <translation>Verbindungsaufbau — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected, paused — %1</source>
        <translation>Verbunden, pausiert — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected — %1</source>
        <translation>Verbunden — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disconnected — %1 — retrying in %2 s: %3</source>
        <translation>Getrennt — %1 — neuer Versuch in %2 s: %3</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>no poll yet</source>
        <translation>noch keine Abfrage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopped — from Prometheus %1</source>
        <translation>Angehalten — aus Prometheus %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading — from Prometheus %1</source>
        <translation>Lese — aus Prometheus %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live — from Prometheus %1</source>
        <translation>Live — aus Prometheus %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prometheus %1 — %2: %3</source>
        <translation>Prometheus %1 — %2: %3</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No desktop notifications: events are still listed and the tray still shows the status. Monitor → Do not disturb ends it.</source>
        <translation>Keine Desktop-Benachrichtigungen: Ereignisse werden weiter gelistet und das Tray-Symbol zeigt weiter den Status. Überwachung → Nicht stören beendet es.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Every time in the window is shown in this zone (View → Time zone); ages are not affected, evidence keeps UTC.</source>
        <translation>Alle Zeiten im Fenster stehen in dieser Zone (Ansicht → Zeitzone); Alter bleiben gleich, Nachweise behalten UTC.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Paused, disconnected (by you) — %1</source>
        <translation>Pausiert, getrennt (von Ihnen) — %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paused, disconnected — %1 — retrying in %2 s: %3</source>
        <translation>Pausiert, getrennt — %1 — neuer Versuch in %2 s: %3</translation>
    </message>
</context>
<context>
    <name>opsdash::StatusIcon</name>
    <message>
        <location filename="../src/gui/common/StatusIcon.cpp" line="+74"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>opsdash::TargetSelector</name>
    <message>
        <location filename="../src/gui/targets/TargetSelector.cpp" line="+85"/>
        <source>%1 (command line)</source>
        <translation>%1 (Befehlszeile)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add target…</source>
        <translation>Ziel hinzufügen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit “%1”…</source>
        <translation>„%1“ bearbeiten …</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Remove target</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the target “%1” and its keychain password? Its history file stays.</source>
        <translation>Das Ziel „%1“ und sein Passwort im Schlüsselbund entfernen? Seine Verlaufsdatei bleibt erhalten.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Remove “%1”…</source>
        <translation>„%1“ entfernen …</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Target: the server and sources being watched</source>
        <translation>Ziel: der überwachte Server und seine Quellen</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
</context>
<context>
    <name>opsdash::TimeDisplay</name>
    <message>
        <location filename="../src/gui/common/TimeDisplay.cpp" line="+66"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Local</source>
        <translation>&amp;Lokal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times in this desktop&apos;s time zone</source>
        <translation>Zeiten in der Zeitzone dieses Rechners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times in UTC, as evidence records them</source>
        <translation>Zeiten in UTC, wie Nachweise sie festhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times in the target server&apos;s TimeZone setting (local time while it is not known)</source>
        <translation>Zeiten in der TimeZone-Einstellung des Zielservers (Ortszeit, solange sie nicht bekannt ist)</translation>
    </message>
</context>
<context>
    <name>opsdash::TrayNotifier</name>
    <message>
        <location filename="../src/gui/window/TrayNotifier.cpp" line="+39"/>
        <source>opsdash — %1
%2</source>
        <translation>opsdash — %1
%2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>opsdash — all clear</source>
        <translation>opsdash — alles in Ordnung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>opsdash: %1</source>
        <translation>opsdash: %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>opsdash</source>
        <translation>opsdash</translation>
    </message>
</context>
<context>
    <name>opsdash::WelcomePage</name>
    <message>
        <location filename="../src/gui/window/WelcomePage.cpp" line="+75"/>
        <source>Could not start %1.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>How to run the &amp;demo</source>
        <translation>So starten Sie die &amp;Demo</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+9"/>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Run %1 now? It opens its own opsdash window when the platform is up.</source>
        <translation>%1 jetzt ausführen? Es öffnet ein eigenes opsdash-Fenster, sobald die Plattform läuft.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Started %1. Its window opens when the platform is up; its messages go to the terminal opsdash was started from, if any.</source>
        <translation>%1 gestartet. Sein Fenster öffnet sich, sobald die Plattform läuft; seine Meldungen gehen an das Terminal, aus dem opsdash gestartet wurde, falls vorhanden.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The demo</source>
        <translation>Die Demo</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The demo is scripts/demo in the opsdash source tree: it brings up a throwaway PostgreSQL with the real postgres.js and Go pools and a sample monorepo, then opens opsdash on it. This opsdash was not started from a source tree, so run it from a checkout: scripts/demo (docs/demo.md).</source>
        <translation>Die Demo ist scripts/demo im Quellbaum von opsdash: Sie startet ein Wegwerf-PostgreSQL mit den echten Pools von postgres.js und Go und einem Beispiel-Monorepo und öffnet opsdash darauf. Dieses opsdash wurde nicht aus einem Quellbaum gestartet; führen Sie es daher aus einem Checkout aus: scripts/demo (docs/demo.md).</translation>
    </message>
    <message>
        <source>“Open the demo” runs %1: it installs what is missing, builds, brings up a throwaway PostgreSQL with the real postgres.js and Go pools and a sample monorepo, and opens a second opsdash window on it. The first run takes minutes; closing that window tears everything down.</source>
        <translation type="vanished">„Demo öffnen“ führt %1 aus: Es installiert, was fehlt, baut, startet ein Wegwerf-PostgreSQL mit den echten Pools von postgres.js und Go und einem Beispiel-Monorepo und öffnet darauf ein zweites opsdash-Fenster. Der erste Lauf dauert Minuten; das Schließen dieses Fensters baut alles wieder ab.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“Open the demo” runs %1: it builds, brings up a throwaway PostgreSQL with the real postgres.js and Go pools and a sample monorepo, and opens a second opsdash window on it; closing that window tears everything down. If packages are missing it needs sudo: then run it from a terminal instead.</source>
        <translation>„Demo öffnen“ führt %1 aus: Es baut, startet ein Wegwerf-PostgreSQL mit den echten Pools von postgres.js und Go und einem Beispiel-Monorepo und öffnet darauf ein zweites opsdash-Fenster; das Schließen dieses Fensters baut alles wieder ab. Fehlen Pakete, braucht es sudo: starten Sie es dann aus einem Terminal.</translation>
    </message>
</context>
<context>
    <name>opsdash::WindowTitle</name>
    <message>
        <location filename="../src/gui/window/WindowTitle.cpp" line="+43"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 check fails</source>
        <translation>1 Prüfung schlägt fehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 checks fail</source>
        <translation>%1 Prüfungen schlagen fehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 missing</source>
        <translation>%1 fehlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 unknown</source>
        <translation>%1 unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all checks pass</source>
        <translation>alle Prüfungen bestanden</translation>
    </message>
</context>
</TS>
