<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About housedesk</source>
        <translation>Over housedesk</translation>
    </message>
    <message>
        <source>housedesk %1</source>
        <translation>housedesk %1</translation>
    </message>
    <message>
        <source>The register of a community house: rooms, users, activities, bookings and visitor counts, and the quarterly exchange with the municipality.</source>
        <translation>De registratie van een gemeenschapshuis: ruimtes, gebruikers, activiteiten, reserveringen en bezoekersaantallen, en de kwartaaluitwisseling met de gemeente.</translation>
    </message>
    <message>
        <source>Database: %1
Backups: %2
Log: %3</source>
        <translation>Database: %1
Back-ups: %2
Logboek: %3</translation>
    </message>
    <message>
        <source>A newer version</source>
        <translation>Een nieuwere versie</translation>
    </message>
    <message>
        <source>This computer runs version %1. housedesk does not look for updates on the internet and downloads nothing by itself.

A newer version comes from the municipality: ask your contact person there for the installer, by e-mail or on a USB stick. Close housedesk, start the installer and install over this version. Your data stays where it is; when the new version has to bring it up to date, it first makes a backup.</source>
        <translation>Op deze computer draait versie %1. housedesk zoekt niet op internet naar updates en downloadt zelf niets.

Een nieuwere versie krijgt u van de gemeente: vraag uw contactpersoon daar om het installatieprogramma, per e-mail of op een USB-stick. Sluit housedesk, start het installatieprogramma en installeer over deze versie heen. Uw gegevens blijven waar ze zijn; als de nieuwe versie ze moet bijwerken, maakt die eerst een back-up.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <source>Edit activity %1</source>
        <translation>Activiteit %1 bewerken</translation>
    </message>
    <message>
        <source>Choose the user (group)</source>
        <translation>Kies de gebruiker (groep)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>e.g. Koffieochtend, Rouwcafé, BSO-club</source>
        <translation>bijv. Koffieochtend, Rouwcafé, BSO-club</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Choose the type</source>
        <translation>Kies het type</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Target &amp;groups:</source>
        <translation>&amp;Doelgroepen:</translation>
    </message>
    <message>
        <source>Choose how open it is</source>
        <translation>Kies hoe toegankelijk het is</translation>
    </message>
    <message>
        <source>&amp;Open to:</source>
        <translation>&amp;Toegankelijk voor:</translation>
    </message>
    <message>
        <source>Follows the user&apos;s kind</source>
        <translation>Volgt de soort gebruiker</translation>
    </message>
    <message>
        <source>N&amp;ature of use:</source>
        <translation>Gebruiks&amp;aard:</translation>
    </message>
    <message>
        <source>No usual room</source>
        <translation>Geen vaste ruimte</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (niet in gebruik)</translation>
    </message>
    <message>
        <source>Usual &amp;room:</source>
        <translation>Vaste &amp;ruimte:</translation>
    </message>
    <message>
        <source>Usual t&amp;imes:</source>
        <translation>Vaste t&amp;ijden:</translation>
    </message>
    <message>
        <source>Usual set-up and c&amp;lean-up:</source>
        <translation>Gebruikelijke op- en a&amp;fbouw:</translation>
    </message>
    <message>
        <source>Set-up and clean-up</source>
        <translation>Op- en afbouw</translation>
    </message>
    <message>
        <source>e.g. 20</source>
        <translation>bijv. 20</translation>
    </message>
    <message>
        <source>Usual &amp;visitors:</source>
        <translation>Gebruikelijk aantal &amp;bezoekers:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>Proposed from the user&apos;s kind once you choose one.</source>
        <translation>Wordt voorgesteld op grond van de soort gebruiker zodra u die kiest.</translation>
    </message>
    <message>
        <source>As usual for a user of this kind. Change it if this activity differs.</source>
        <translation>Zoals gebruikelijk bij deze soort gebruiker. Pas het aan als deze activiteit afwijkt.</translation>
    </message>
    <message>
        <source>Usual for this kind of user: %1.</source>
        <translation>Gebruikelijk bij deze soort gebruiker: %1.</translation>
    </message>
</context>
<context>
    <name>ActivityList</name>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>No activities yet. An activity is what a user does in the house: a coffee morning, a choir rehearsal, an after-school club, a birthday party.

Press New (Ctrl+N) to add one. Its user must be registered first, in the Users tab.</source>
        <translation>Nog geen activiteiten. Een activiteit is wat een gebruiker in het huis doet: een koffieochtend, een koorrepetitie, een naschoolse club, een verjaardagsfeest.

Klik op Nieuw (Ctrl+N) om er een toe te voegen. De gebruiker moet eerst geregistreerd zijn, op het tabblad Gebruikers.</translation>
    </message>
    <message>
        <source>Search by name, user, type… (Ctrl+F)</source>
        <translation>Zoek op naam, gebruiker, type… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typen</translation>
    </message>
    <message>
        <source>Show only this type</source>
        <translation>Alleen dit type tonen</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alle doelgroepen</translation>
    </message>
    <message>
        <source>Show only this target group</source>
        <translation>Alleen deze doelgroep tonen</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle gebruikers</translation>
    </message>
    <message>
        <source>Show only this user</source>
        <translation>Alleen deze gebruiker tonen</translation>
    </message>
    <message>
        <source>Archive %1?

It is no longer offered in the agenda; its history stays in the reports. You can bring it back later with &apos;Show archived&apos;.</source>
        <translation>%1 archiveren?

Het wordt niet meer aangeboden in de agenda; de geschiedenis blijft in de overzichten. U kunt het later terughalen via &apos;Toon gearchiveerde&apos;.</translation>
    </message>
    <message>
        <source>Delete %1?

Nothing has been booked for it yet. This cannot be undone.</source>
        <translation>%1 verwijderen?

Er is nog niets voor geboekt. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Bring back %1?

Its user %2 is archived and comes back with it; the user&apos;s other activities stay archived.</source>
        <translation>%1 terughalen?

De gebruiker %2 is gearchiveerd en komt mee terug; de andere activiteiten van die gebruiker blijven gearchiveerd.</translation>
    </message>
</context>
<context>
    <name>AgendaScreen</name>
    <message>
        <source>changed on its own</source>
        <translation>los aangepast</translation>
    </message>
    <message>
        <source>series</source>
        <translation>reeks</translation>
    </message>
    <message>
        <source>Export the agenda</source>
        <extracomment>The columns (Date, Nature, Status, Repeats) whose text depends only on ``_shared_key``. The columns whose text is each row&apos;s own.</extracomment>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Vorige</translation>
    </message>
    <message>
        <source>Go back (Page Up or Alt+Left)</source>
        <translation>Terug (Page Up of Alt+Links)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Van&amp;daag</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Naar vandaag (T)</translation>
    </message>
    <message>
        <source>N&amp;ext ▶</source>
        <translation>V&amp;olgende ▶</translation>
    </message>
    <message>
        <source>Go on (Page Down or Alt+Right)</source>
        <translation>Verder (Page Down of Alt+Rechts)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Rooms shown</source>
        <translation>Getoonde ruimtes</translation>
    </message>
    <message>
        <source>R&amp;ooms:</source>
        <translation>R&amp;uimtes:</translation>
    </message>
    <message>
        <source>Past sessions still planned: say whether they were held</source>
        <translation>Voorbije bijeenkomsten die nog gepland staan: geef aan of ze zijn gehouden</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>Agenda e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Save the agenda of the rooms shown as an .ics file for a website or phone</source>
        <translation>De agenda van de getoonde ruimtes opslaan als .ics-bestand voor een website of telefoon</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>A&amp;fdrukken…</translation>
    </message>
    <message>
        <source>A week or day sheet for the notice board or the bar (PDF or printer)</source>
        <translation>Een week- of dagoverzicht voor het prikbord of de bar (PDF of printer)</translation>
    </message>
    <message>
        <source>&amp;Hall screen</source>
        <translation>Scherm voor de ha&amp;l</translation>
    </message>
    <message>
        <source>Today in the house, full screen for a screen in the hall (Esc closes it)</source>
        <translation>Vandaag in het huis, schermvullend voor een scherm in de hal (Esc sluit het)</translation>
    </message>
    <message>
        <source>Saved for %1; the agenda now shows that date.</source>
        <translation>Opgeslagen voor %1; de agenda staat nu op die datum.</translation>
    </message>
    <message>
        <source>%1 on %2 is skipped. &lt;a href=&quot;undo&quot;&gt;Put it back&lt;/a&gt; (Ctrl+Z)</source>
        <translation>%1 op %2 is overgeslagen. &lt;a href=&quot;undo&quot;&gt;Zet hem terug&lt;/a&gt; (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;New booking</source>
        <translation>&amp;Nieuwe reservering</translation>
    </message>
    <message>
        <source>Book a session (Ctrl+N)</source>
        <translation>Een bijeenkomst reserveren (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search the sessions shown (Ctrl+F)</source>
        <translation>Zoeken in de getoonde bijeenkomsten (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the sessions shown</source>
        <translation>Zoeken in de getoonde bijeenkomsten</translation>
    </message>
    <message>
        <source>Sessions shown</source>
        <translation>Getoonde bijeenkomsten</translation>
    </message>
    <message>
        <source>&amp;To confirm: %1</source>
        <translation>&amp;Te bevestigen: %1</translation>
    </message>
    <message>
        <source>Sessions to confirm: %1</source>
        <translation>Te bevestigen bijeenkomsten: %1</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Alle ruimtes</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 bijeenkomsten</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3</source>
        <translation>Week %1: %2 tot en met %3</translation>
    </message>
    <message>
        <source>%1 on %2 could not be put back: %3</source>
        <translation>%1 op %2 kon niet worden teruggezet: %3</translation>
    </message>
    <message>
        <source>%1 on %2 is back in the agenda.</source>
        <translation>%1 op %2 staat weer in de agenda.</translation>
    </message>
    <message>
        <source>The sheet was saved as %1</source>
        <translation>Het overzicht is opgeslagen als %1</translation>
    </message>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation>De agenda kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The calendar was not saved: it is published, and these names would take an e-mail address or phone number out of the house.
%1</source>
        <translation>De agenda is niet opgeslagen: die wordt gepubliceerd, en deze namen zouden een e-mailadres of telefoonnummer het huis uit laten gaan.
%1</translation>
    </message>
    <message>
        <source>Calendar saved as %1</source>
        <translation>Agenda opgeslagen als %1</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <extracomment>At most this many seconds between two progress reports reaching the GUI thread. A progress dialog appears only if the work is still going after this many milliseconds. Seconds a thread may hold the interpreter while another one waits (Python&apos;s default: 0.005).</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>Bezig met annuleren …</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily (automatic)</source>
        <translation>Dagelijks (automatisch)</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Met de hand gemaakt</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Vóór een update</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vóór het terugzetten</translation>
    </message>
    <message>
        <source>Damaged (kept)</source>
        <translation>Beschadigd (bewaard)</translation>
    </message>
    <message>
        <source>House: %1
Rooms: %2 · users: %3 · activities: %4
Sessions: %5 (the last on %6) · signals: %7</source>
        <translation>Huis: %1
Ruimtes: %2 · gebruikers: %3 · activiteiten: %4
Bijeenkomsten: %5 (de laatste op %6) · signalen: %7</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>Waar moet de back-up komen?</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>Geen back-up gemaakt</translation>
    </message>
    <message>
        <source>The backup could not be written in %1.

%2</source>
        <translation>De back-up kon niet worden geschreven in %1.

%2</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>Import history: %1 exports counted, %2 files read, %3 expected houses</source>
        <translation>Importgeschiedenis: %1 getelde exports, %2 gelezen bestanden, %3 verwachte huizen</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Writing a checked copy to %1 …</source>
        <translation>Gecontroleerde kopie schrijven naar %1 …</translation>
    </message>
    <message>
        <source>The backup of the data and of the import history was checked and is here:
%1
%2</source>
        <translation>De back-up van de gegevens en van de importgeschiedenis is gecontroleerd en staat hier:
%1
%2</translation>
    </message>
    <message>
        <source>The backup was checked and is here:
%1</source>
        <translation>De back-up is gecontroleerd en staat hier:
%1</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>Back-up geannuleerd</translation>
    </message>
    <message>
        <source>The backup was cancelled; no copy was written.</source>
        <translation>De back-up is geannuleerd; er is geen kopie geschreven.</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <source>The backup was not restored; nothing was changed.

%1</source>
        <translation>De back-up is niet teruggezet; er is niets veranderd.

%1</translation>
    </message>
    <message>
        <source>The import history of the backup is back in place as well.</source>
        <translation>De importgeschiedenis van de back-up is ook teruggezet.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>The backup is back in place.

The data as it was just before is kept in:
%1</source>
        <translation>De back-up is teruggezet.

De gegevens zoals ze vlak daarvoor waren, zijn bewaard in:
%1</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>name (private person)</source>
        <translation>naam (particulier)</translation>
    </message>
    <message>
        <source>activity texts</source>
        <translation>teksten bij activiteiten</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Gearchiveerd op</translation>
    </message>
    <message>
        <source>To remove</source>
        <translation>Wordt verwijderd</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Ends after midnight, at %1 at night.</source>
        <translation>Loopt door na middernacht, tot %1 ’s nachts.</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>Bijeenkomst reserveren</translation>
    </message>
    <message>
        <source>Choose an activity…</source>
        <translation>Kies een activiteit…</translation>
    </message>
    <message>
        <source>Choose a room…</source>
        <translation>Kies een ruimte…</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Activiteit:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Ruimte:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Start &amp;time:</source>
        <translation>Begin&amp;tijd:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>&amp;End time:</source>
        <translation>&amp;Eindtijd:</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <source>Set-up and c&amp;lean-up:</source>
        <translation>Op- en af&amp;bouw:</translation>
    </message>
    <message>
        <source>Set-up and clean-up</source>
        <translation>Op- en afbouw</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>&amp;Herhaling:</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <source>Add extra opening for %1 %2 and save</source>
        <translation>Extra openstelling toevoegen voor %1 %2 en opslaan</translation>
    </message>
    <message>
        <source>%1 is then open %2 that day, instead of %3.</source>
        <translation>%1 is die dag dan open %2, in plaats van %3.</translation>
    </message>
    <message>
        <source>%1 is then open %2 that day; usually it is closed.</source>
        <translation>%1 is die dag dan open %2; gewoonlijk is het dan gesloten.</translation>
    </message>
    <message>
        <source>Extra opening: private rental</source>
        <translation>Extra openstelling: particuliere verhuur</translation>
    </message>
    <message>
        <source>Extra opening: %1</source>
        <translation>Extra openstelling: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of the %3 times; %n date(s) left out.</source>
        <translation>
            <numerusform>%1: %2 van de %3 keer; %n datum overgeslagen.</numerusform>
            <numerusform>%1: %2 van de %3 keer; %n data overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 times; %n date(s) left out.</source>
        <translation>
            <numerusform>%1: %2 keer; %n datum overgeslagen.</numerusform>
            <numerusform>%1: %2 keer; %n data overgeslagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>New closing days</source>
        <translation>Nieuwe sluitingsdagen</translation>
    </message>
    <message>
        <source>Closing days</source>
        <translation>Sluitingsdagen</translation>
    </message>
    <message>
        <source>&amp;Closed:</source>
        <translation>&amp;Gesloten:</translation>
    </message>
    <message>
        <source>e.g. Zomersluiting, onderhoud, verbouwing</source>
        <translation>bijv. Zomersluiting, onderhoud, verbouwing</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>The whole house</source>
        <translation>Het hele huis</translation>
    </message>
</context>
<context>
    <name>ClosuresTab</name>
    <message>
        <source>Closing days</source>
        <translation>Sluitingsdagen</translation>
    </message>
    <message>
        <source>No closing days yet.

Press “Public holidays…” to pick the holidays on which the house is closed, or New (Ctrl+N) for a holiday break or maintenance of a room.</source>
        <translation>Nog geen sluitingsdagen.

Klik op “Feestdagen…” om de feestdagen te kiezen waarop het huis dicht is, of op Nieuw (Ctrl+N) voor een vakantiesluiting of onderhoud van een ruimte.</translation>
    </message>
    <message>
        <source>Also show &amp;past closing days</source>
        <translation>Ook &amp;eerdere sluitingsdagen tonen</translation>
    </message>
    <message>
        <source>Also show past closing days</source>
        <translation>Ook eerdere sluitingsdagen tonen</translation>
    </message>
    <message>
        <source>Delete closing days</source>
        <translation>Sluitingsdagen verwijderen</translation>
    </message>
    <message>
        <source>&amp;Public holidays…</source>
        <translation>&amp;Feestdagen…</translation>
    </message>
    <message>
        <source>Pick the Dutch public holidays to close on</source>
        <translation>Kies de Nederlandse feestdagen waarop het huis dicht is</translation>
    </message>
    <message>
        <source>Delete “%1” (%2 until %3)? Those days count as open again.</source>
        <translation>“%1” (%2 tot en met %3) verwijderen? Die dagen tellen dan weer als open.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Check before saving</source>
        <translation>Controle vóór het opslaan</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) cannot be booked as asked:</source>
        <translation>
            <numerusform>%n datum kan niet worden gereserveerd zoals gevraagd:</numerusform>
            <numerusform>%n data kunnen niet worden gereserveerd zoals gevraagd:</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be booked as asked:</source>
        <translation>Dit kan niet worden gereserveerd zoals gevraagd:</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n date(s) can be booked as asked, so nothing can be saved. Go back and choose another room, other times or other days.</source>
        <translation>
            <numerusform>De datum van deze reeks kan niet worden gereserveerd zoals gevraagd, dus er kan niets worden opgeslagen. Ga terug en kies een andere ruimte, andere tijden of andere dagen.</numerusform>
            <numerusform>Geen van de %n data kan worden gereserveerd zoals gevraagd, dus er kan niets worden opgeslagen. Ga terug en kies een andere ruimte, andere tijden of andere dagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %2 times; %n date(s) left out:</source>
        <translation>
            <numerusform>%1 van de %2 keer; %n datum overgeslagen:</numerusform>
            <numerusform>%1 van de %2 keer; %n data overgeslagen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Clashing dates</source>
        <translation>Botsende data</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n time(s) at the end and save</source>
        <translation>
            <numerusform>&amp;Aanvullen met %n keer aan het eind en opslaan</numerusform>
            <numerusform>&amp;Aanvullen met %n keer aan het eind en opslaan</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Leave these dates out and save (%1 times)</source>
        <translation>Deze data &amp;overslaan en opslaan (%1 keer)</translation>
    </message>
    <message>
        <source>&amp;Leave these dates out and save</source>
        <translation>Deze data &amp;overslaan en opslaan</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Toch &amp;opslaan</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Terug naar het formulier</translation>
    </message>
    <message>
        <source>Or add the missing times at the end: the series then takes place %1 times, until %2.</source>
        <translation>Of vul de ontbrekende keren aan het eind aan: de reeks komt dan %1 keer, tot en met %2.</translation>
    </message>
    <message>
        <source>Or add times at the end: as long as a series may run, it takes place %1 times, until %2.</source>
        <translation>Of vul aan het eind aan: zo lang als een reeks mag lopen komt hij %1 keer, tot en met %2.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct the count</source>
        <extracomment>What each column sorts by, in the order of ``COLUMNS``. The room and activity filters show at least this many characters of a name. Widest a column gets when sized to its contents; longer text is cut off with &quot;…&quot;.</extracomment>
        <translation>Telling corrigeren</translation>
    </message>
    <message>
        <source>&amp;Visitors:</source>
        <translation>&amp;Bezoekers:</translation>
    </message>
    <message>
        <source>V&amp;olunteers:</source>
        <translation>V&amp;rijwilligers:</translation>
    </message>
    <message>
        <source>Leave a field empty if nobody counted (that is not the same as 0).</source>
        <translation>Laat een veld leeg als niemand heeft geteld (dat is niet hetzelfde als 0).</translation>
    </message>
    <message>
        <source>Earlier corrections:</source>
        <translation>Eerdere correcties:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>bezoekers</translation>
    </message>
    <message>
        <source>volunteers</source>
        <translation>vrijwilligers</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4</source>
        <translation>%1: %2 van %3 naar %4</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>The problem was written down in:
%1

If it happens again, please send that file to whoever looks after housedesk.</source>
        <translation>Het probleem is vastgelegd in:
%1

Gebeurt het nog eens, stuur dat bestand dan naar degene die housedesk beheert.</translation>
    </message>
    <message>
        <source>The problem could not be written down in the log (%1): the disk may be full or not writable. It was:
%2</source>
        <translation>Het probleem kon niet worden vastgelegd in het logboek (%1): de schijf is misschien vol of alleen-lezen. Het was:
%2</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>housedesk ran into an unexpected problem. What you were doing has not been saved; everything saved before is safe, and you can carry on.</source>
        <translation>housedesk liep tegen een onverwacht probleem aan. Wat u aan het doen was, is niet opgeslagen; alles wat eerder is opgeslagen is veilig, en u kunt gewoon verder.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Type the date as you write it, e.g. 19-07-2027, 19-7-27 or 19 juli 2027</source>
        <translation>Typ de datum zoals u hem schrijft, bijv. 19-07-2027, 19-7-27 of 19 juli 2027</translation>
    </message>
    <message>
        <source>Choose the day on a calendar (Alt+Down)</source>
        <translation>Kies de dag op een kalender (Alt+pijl omlaag)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation>Kalender voor %1</translation>
    </message>
</context>
<context>
    <name>DaysForm</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Whole house</source>
        <translation>Hele huis</translation>
    </message>
    <message>
        <source>Whole house or room</source>
        <translation>Hele huis of ruimte</translation>
    </message>
    <message>
        <source>%1, 1 day</source>
        <translation>%1, 1 dag</translation>
    </message>
    <message>
        <source>%1 until %2: %3 days</source>
        <translation>%1 tot en met %2: %3 dagen</translation>
    </message>
</context>
<context>
    <name>DoorCounter</name>
    <message>
        <source>Door counter — %1</source>
        <translation>Turfteller — %1</translation>
    </message>
    <message>
        <source>One fewer</source>
        <translation>Eén minder</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Eén meer</translation>
    </message>
    <message>
        <source>&amp;Close (Esc)</source>
        <translation>&amp;Sluiten (Esc)</translation>
    </message>
    <message>
        <source>Space or + counts one more, − one fewer.</source>
        <translation>Spatie of + telt er één bij, − één eraf.</translation>
    </message>
    <message>
        <source>Full: %1 places</source>
        <translation>Vol: %1 plaatsen</translation>
    </message>
    <message>
        <source>of %1 places</source>
        <translation>van de %1 plaatsen</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>New other hours</source>
        <translation>Nieuwe afwijkende openingstijden</translation>
    </message>
    <message>
        <source>Other hours</source>
        <translation>Afwijkende openingstijden</translation>
    </message>
    <message>
        <source>On these days these hours replace the usual opening hours. A closing day stays closed.</source>
        <translation>Op deze dagen komen deze tijden in de plaats van de gewone openingstijden. Een sluitingsdag blijft gesloten.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Geldt voor:</translation>
    </message>
    <message>
        <source>Open from</source>
        <translation>Open vanaf</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>Open tot</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>&amp;Open:</source>
        <translation>Ope&amp;n:</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingstijden</translation>
    </message>
    <message>
        <source>e.g. Verjaardagsfeest, zomerweek, late bar</source>
        <translation>bijv. verjaardagsfeest, zomerweek, late bar</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Open until %1 at night, after midnight.</source>
        <translation>Open tot %1 ’s nachts, na middernacht.</translation>
    </message>
    <message>
        <source>Other opening hours</source>
        <translation>Andere openingstijden</translation>
    </message>
    <message>
        <source>The whole house</source>
        <translation>Het hele huis</translation>
    </message>
</context>
<context>
    <name>ExceptionsTab</name>
    <message>
        <source>Other hours</source>
        <translation>Afwijkende openingstijden</translation>
    </message>
    <message>
        <source>No other hours yet.

Press New (Ctrl+N) when the house or a room is open at other times than usual on some days: a party on Saturday evening until 00:30, a week of shorter hours. A booking outside the hours offers to add them too.</source>
        <translation>Nog geen afwijkende openingstijden.

Druk op Nieuw (Ctrl+N) als het huis of een ruimte op sommige dagen op andere tijden open is dan gewoonlijk: een feest op zaterdagavond tot 00:30, een week met kortere tijden. Een reservering buiten de openingstijden biedt ze ook aan.</translation>
    </message>
    <message>
        <source>Also show &amp;past days</source>
        <translation>Ook &amp;eerdere dagen tonen</translation>
    </message>
    <message>
        <source>Also show past days</source>
        <translation>Ook eerdere dagen tonen</translation>
    </message>
    <message>
        <source>Delete other hours</source>
        <translation>Afwijkende openingstijden verwijderen</translation>
    </message>
    <message>
        <source>Delete the hours %1 from %2 until %3? Those days have the usual hours again.</source>
        <translation>De tijden %1 van %2 tot en met %3 verwijderen? Die dagen hebben dan weer de gewone openingstijden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ExpectedHousesDialog</name>
    <message>
        <source>Expected houses</source>
        <extracomment>The tabs, in order.</extracomment>
        <translation>Verwachte huizen</translation>
    </message>
    <message>
        <source>One house per line: its code, a space, and its name, e.g. “BERGH De Schakel”. Houses on this list that sent nothing for a period are reported as missing.</source>
        <translation>Eén huis per regel: de code, een spatie en de naam, bijv. “BERGH De Schakel”. Huizen op deze lijst die voor een periode niets stuurden, worden als ontbrekend gemeld.</translation>
    </message>
    <message>
        <source>&amp;Houses:</source>
        <translation>&amp;Huizen:</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Room</source>
        <extracomment>How many years back the period list reaches. At most this many reasons for a refused export are listed; the rest are counted.</extracomment>
        <translation>Ruimte</translation>
    </message>
    <message>
        <source>Available hours</source>
        <translation>Beschikbare uren</translation>
    </message>
    <message>
        <source>Used hours</source>
        <translation>Gebruikte uren</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Bezettingsgraad</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Maatschappelijk</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Commercieel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>To settle</source>
        <translation>Te regelen</translation>
    </message>
    <message>
        <source>Still planned: held or cancelled?</source>
        <translation>Nog gepland: gehouden of geannuleerd?</translation>
    </message>
    <message>
        <source>Held, not counted</source>
        <translation>Gehouden, niet geteld</translation>
    </message>
    <message>
        <source>Name of the house</source>
        <translation>Naam van het huis</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Ruimte %1</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Activiteit %1</translation>
    </message>
    <message>
        <source>Signal of %1: theme</source>
        <translation>Signaal van %1: thema</translation>
    </message>
    <message>
        <source>Signal of %1: text</source>
        <translation>Signaal van %1: tekst</translation>
    </message>
    <message>
        <source>Remarks of the board</source>
        <translation>Toelichting van het bestuur</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Personal data?</source>
        <translation>Persoonsgegevens?</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… en nog %1.</translation>
    </message>
    <message>
        <source>Not exported: these texts would take an e-mail address or phone number out of the house. Change them on their screens and export again.</source>
        <translation>Niet geëxporteerd: deze teksten zouden een e-mailadres of telefoonnummer het huis uit laten gaan. Pas ze aan op hun scherm en exporteer opnieuw.</translation>
    </message>
</context>
<context>
    <name>ExportScreen</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Choose the quarter (or year), check its figures, settle what is still open, approve it and export it for the municipality. Contact details never leave the house; private rentals are exported as “Particuliere verhuur”.</source>
        <translation>Kies het kwartaal (of jaar), controleer de cijfers, regel wat nog openstaat, stel het vast en exporteer het voor de gemeente. Contactgegevens verlaten het huis nooit; particuliere verhuur wordt geëxporteerd als “Particuliere verhuur”.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Hours per room</source>
        <translation>Uren per ruimte</translation>
    </message>
    <message>
        <source>Sessions still to settle</source>
        <translation>Nog te regelen bijeenkomsten</translation>
    </message>
    <message>
        <source>&amp;Hours per room</source>
        <translation>&amp;Uren per ruimte</translation>
    </message>
    <message>
        <source>Active volunteers at the end of the period</source>
        <translation>Actieve vrijwilligers aan het eind van de periode</translation>
    </message>
    <message>
        <source>Board members at the end of the period</source>
        <translation>Bestuursleden aan het eind van de periode</translation>
    </message>
    <message>
        <source>Re&amp;marks of the board (go to the municipality):</source>
        <translation>&amp;Toelichting van het bestuur (gaat naar de gemeente):</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Vaststellen…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Heropenen…</translation>
    </message>
    <message>
        <source>Approval by the board</source>
        <translation>Vaststelling door het bestuur</translation>
    </message>
    <message>
        <source>Active &amp;volunteers:</source>
        <translation>Actieve &amp;vrijwilligers:</translation>
    </message>
    <message>
        <source>&amp;Board members:</source>
        <translation>&amp;Bestuursleden:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>These texts go to the municipality</source>
        <translation>Deze teksten gaan mee naar de gemeente</translation>
    </message>
    <message>
        <source>Write the workbook for the municipality</source>
        <translation>Het Excel-bestand voor de gemeente schrijven</translation>
    </message>
    <message>
        <source>Remarks of the board</source>
        <translation>Toelichting van het bestuur</translation>
    </message>
    <message>
        <source>What the board wants the municipality to know about this period, e.g. the roof leaked and the large hall was closed for two weeks. No names or contact details.</source>
        <translation>Wat het bestuur de gemeente over deze periode wil vertellen, bijvoorbeeld: het dak lekte en de grote zaal was twee weken dicht. Geen namen of contactgegevens.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Keep the counts and the remarks without approving (Ctrl+S)</source>
        <translation>De aantallen en de toelichting bewaren zonder vast te stellen (Ctrl+S)</translation>
    </message>
    <message>
        <source>S&amp;till to settle (%1)</source>
        <translation>Nog te &amp;regelen (%1)</translation>
    </message>
    <message>
        <source>Texts to the m&amp;unicipality (%1)</source>
        <translation>Teksten naar de &amp;gemeente (%1)</translation>
    </message>
    <message>
        <source>These texts go to the municipality.</source>
        <translation>Deze teksten gaan mee naar de gemeente.</translation>
    </message>
    <message>
        <source>These texts go to the municipality. %1 of them look like personal data (in red): change them, or the export is refused.</source>
        <translation>Deze teksten gaan mee naar de gemeente. %1 daarvan lijken persoonsgegevens te bevatten (in rood): pas ze aan, anders wordt de export geweigerd.</translation>
    </message>
    <message>
        <source>These texts go to the municipality. None of them looks like personal data.</source>
        <translation>Deze teksten gaan mee naar de gemeente. Geen ervan lijkt persoonsgegevens te bevatten.</translation>
    </message>
    <message>
        <source>Working out the figures of %1 …</source>
        <translation>De cijfers van %1 worden berekend …</translation>
    </message>
    <message>
        <source>Sessions held: %1 (cancelled: %2)
Visitors: %3
Hours used: %4 of %5 available (%6)
Activities: %7, of which new: %8
Signals: %9</source>
        <translation>Gehouden bijeenkomsten: %1 (geannuleerd: %2)
Bezoekers: %3
Gebruikte uren: %4 van %5 beschikbaar (%6)
Activiteiten: %7, waarvan nieuw: %8
Signalen: %9</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>Vastgesteld op %1</translation>
    </message>
    <message>
        <source>Approved with the whole year %1</source>
        <translation>Vastgesteld met het hele jaar %1</translation>
    </message>
    <message>
        <source>Not ended yet: it can be approved once it has ended</source>
        <translation>Nog niet afgelopen: vaststellen kan zodra de periode voorbij is</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Nog niet vastgesteld</translation>
    </message>
    <message>
        <source>Still to settle before approving: %1 session(s) still planned (held or cancelled?), %2 held without a count. Settle them on the Today or Tallies screen.</source>
        <translation>Nog te regelen vóór het vaststellen: %1 bijeenkomst(en) staan nog gepland (gehouden of geannuleerd?), %2 gehouden zonder telling. Regel ze op het scherm Vandaag of Tellingen.</translation>
    </message>
    <message>
        <source>Every session of this period is settled.</source>
        <translation>Alle bijeenkomsten van deze periode zijn geregeld.</translation>
    </message>
    <message>
        <source>Proposed: the counts of %1; change them if they are no longer right.</source>
        <translation>Voorstel: de aantallen van %1; pas ze aan als ze niet meer kloppen.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 van %2 tekens</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Approve %1 with %2 active volunteers and %3 board members? The period is then locked: changing it needs reopening first.</source>
        <translation>%1 vaststellen met %2 actieve vrijwilligers en %3 bestuursleden? De periode ligt daarna vast: wijzigen kan pas na heropenen.</translation>
    </message>
    <message>
        <source>The board&apos;s remarks are kept with it and go to the municipality.</source>
        <translation>De toelichting van het bestuur wordt erbij bewaard en gaat naar de gemeente.</translation>
    </message>
    <message>
        <source>%1 session(s) are not settled yet.</source>
        <translation>%1 bijeenkomst(en) zijn nog niet geregeld.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Vaststellen</translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>Bezig met %1 …</translation>
    </message>
    <message>
        <source>Writing the workbook of %1 …</source>
        <translation>Het werkboek van %1 wordt geschreven …</translation>
    </message>
    <message>
        <source>(not approved yet)</source>
        <translation>(nog niet vastgesteld)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschreven: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>De export is geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>Where should the export go?</source>
        <translation>Waar moet de export komen?</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error message</source>
        <translation>Foutmelding</translation>
    </message>
</context>
<context>
    <name>FieldWarning</name>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to housedesk</source>
        <translation>Welkom bij housedesk</translation>
    </message>
    <message>
        <source>housedesk keeps the register of a community house: rooms, users and activities, bookings and visitor counts. What is this computer for?</source>
        <translation>housedesk houdt de registratie van een gemeenschapshuis bij: ruimtes, gebruikers en activiteiten, reserveringen en bezoekersaantallen. Waarvoor wordt deze computer gebruikt?</translation>
    </message>
    <message>
        <source>The computer of a community &amp;house</source>
        <translation>De computer van een gemeenschaps&amp;huis</translation>
    </message>
    <message>
        <source>Computer of a community house</source>
        <translation>Computer van een gemeenschapshuis</translation>
    </message>
    <message>
        <source>The computer of the &amp;municipality (policy adviser)</source>
        <translation>De computer van de &amp;gemeente (beleidsadviseur)</translation>
    </message>
    <message>
        <source>Computer of the municipality</source>
        <translation>Computer van de gemeente</translation>
    </message>
    <message>
        <source>House code</source>
        <translation>Code van het huis</translation>
    </message>
    <message>
        <source>given by the municipality, e.g. BERGH</source>
        <translation>door de gemeente gegeven, bijv. BERGH</translation>
    </message>
    <message>
        <source>Name of the house</source>
        <translation>Naam van het huis</translation>
    </message>
    <message>
        <source>e.g. Gemeenschapshuis De Schakel</source>
        <translation>bijv. Gemeenschapshuis De Schakel</translation>
    </message>
    <message>
        <source>Village or neighbourhood</source>
        <translation>Kern of wijk</translation>
    </message>
    <message>
        <source>House &amp;code:</source>
        <translation>&amp;Code van het huis:</translation>
    </message>
    <message>
        <source>&amp;Name of the house:</source>
        <translation>&amp;Naam van het huis:</translation>
    </message>
    <message>
        <source>&amp;Village or neighbourhood:</source>
        <translation>&amp;Kern of wijk:</translation>
    </message>
    <message>
        <source>Reads the quarterly files of all houses and adds them up. The screens of a house are hidden.</source>
        <translation>Leest de kwartaalbestanden van alle huizen en telt ze op. De schermen voor een huis worden verborgen.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>This looks like %2 (%1); it would go to the municipality, where nobody may be recognised. Leave it out, or write it so that nobody can be, e.g. “a resident”.</source>
        <translation>Dit lijkt op %2 (%1); het gaat naar de gemeente, en daar mag niemand herkenbaar zijn. Laat het weg, of schrijf het zo dat niemand te herkennen is, bijv. “een bewoner”.</translation>
    </message>
    <message>
        <source>This looks like a phone number (%1); it would go to the municipality. Remove it: the export lets no phone numbers or e-mail addresses through.</source>
        <translation>Dit lijkt een telefoonnummer (%1); het zou mee naar de gemeente gaan. Haal het weg: de export laat geen telefoonnummers of e-mailadressen door.</translation>
    </message>
    <message>
        <source>This looks like an e-mail address (%1); it would go to the municipality. Remove it: the export lets no phone numbers or e-mail addresses through.</source>
        <translation>Dit lijkt een e-mailadres (%1); het zou mee naar de gemeente gaan. Haal het weg: de export laat geen telefoonnummers of e-mailadressen door.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Gemeente</name>
    <message>
        <source>File</source>
        <extracomment>The files sorted by status: what needs a question to a house first.</extracomment>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Huis</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Bijeen-
komsten</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Visitors a year earlier</source>
        <translation>Bezoekers
vorig jaar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Bezetting
vorig jaar</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Community share</source>
        <translation>Aandeel
maatschappelijk</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Gebruikte
uren</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>latest quarter</source>
        <translation>laatste kwartaal</translation>
    </message>
    <message>
        <source>older</source>
        <translation>ouder</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Laatst ontvangen</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nog niets</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Bezettings-
graad</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Community hours</source>
        <translation>Maatschap-
pelijke uren</translation>
    </message>
    <message>
        <source>Activities (new)</source>
        <translation>Activiteiten
(nieuw)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Vast-
gesteld</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <extracomment>The percent sign after a no-break space: &quot;12 %&quot; never breaks between its parts.</extracomment>
        <translation>%1 ptn</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>geteld</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>kopie</translation>
    </message>
    <message>
        <source>read before</source>
        <translation>al eerder gelezen</translation>
    </message>
    <message>
        <source>Nothing read yet. Drop the houses&apos; files (or a folder of them) here, or choose them.</source>
        <translation>Nog niets ingelezen. Sleep de bestanden van de huizen (of een map ermee) hierheen, of kies ze.</translation>
    </message>
    <message>
        <source>Read on %1: %2 file(s); %3 counted, %4 read before (they count once), %5 copies, %6 superseded, %7 rejected.</source>
        <translation>Ingelezen op %1: %2 bestand(en); %3 geteld, %4 al eerder gelezen (die tellen één keer), %5 kopie(ën), %6 vervangen, %7 afgewezen.</translation>
    </message>
    <message>
        <source>%1 house-period(s) count in all.</source>
        <translation>In totaal tellen %1 huis-perioden mee.</translation>
    </message>
    <message>
        <source>Latest quarter %1: %2 of the %3 expected houses have not sent it.</source>
        <translation>Laatste kwartaal %1: %2 van de %3 verwachte huizen hebben het nog niet gestuurd.</translation>
    </message>
    <message>
        <source>No list of expected houses yet (Expected houses…), so no house can be missing.</source>
        <translation>Er is nog geen lijst van verwachte huizen (Verwachte huizen…), dus er kan geen huis ontbreken.</translation>
    </message>
    <message>
        <source>First the expected houses that have not sent the latest quarter, %1 (the last quarter that has ended); then the older quarters each house lacks. A quarter still running is not owed yet.</source>
        <translation>Eerst de verwachte huizen die het laatste kwartaal, %1 (het laatst afgelopen kwartaal), nog niet stuurden; daarna de oudere kwartalen die een huis mist. Een kwartaal dat nog loopt, hoeft nog niemand te sturen.</translation>
    </message>
    <message>
        <source>%1 against the same quarter a year earlier, %2.</source>
        <translation>%1 vergeleken met hetzelfde kwartaal een jaar eerder, %2.</translation>
    </message>
    <message>
        <source>%1 against the year before, %2.</source>
        <translation>%1 vergeleken met het jaar ervoor, %2.</translation>
    </message>
    <message>
        <source>The total adds up all %1 houses; “comparable” adds up the %2 houses that sent both periods, and only these are compared.</source>
        <translation>Het totaal telt alle %1 huizen op; “vergelijkbaar” telt de %2 huizen op die beide perioden stuurden, en alleen die worden vergeleken.</translation>
    </message>
    <message>
        <source>Occupancy: hours used of the hours the rooms were open, added up before dividing. Its difference is in percentage points, from the percentages as shown. A change in visitors is in whole percent; “—” where there is nothing to compare with.</source>
        <translation>Bezettingsgraad: gebruikte uren van de uren dat de ruimtes open waren, eerst opgeteld en dan gedeeld. Het verschil is in procentpunten, uit de percentages zoals ze er staan. Een verandering in bezoekers is in hele procenten; “—” waar er niets is om mee te vergelijken.</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>Totaal (%1)</translation>
    </message>
    <message>
        <source>Total (%1 houses)</source>
        <translation>Totaal (%1 huizen)</translation>
    </message>
    <message>
        <source>Comparable (%1)</source>
        <translation>Vergelijkbaar (%1)</translation>
    </message>
    <message>
        <source>Comparable (%1 houses)</source>
        <translation>Vergelijkbaar (%1 huizen)</translation>
    </message>
    <message>
        <source>Nothing counted for this period.</source>
        <translation>Voor deze periode is niets geteld.</translation>
    </message>
    <message>
        <source>Visitors per house, %1</source>
        <translation>Bezoekers per huis, %1</translation>
    </message>
    <message>
        <source>Occupancy per house, %1</source>
        <translation>Bezettingsgraad per huis, %1</translation>
    </message>
    <message>
        <source>Community share of the hours used, %1</source>
        <translation>Aandeel maatschappelijk gebruik van de gebruikte uren, %1</translation>
    </message>
    <message>
        <source>Nothing counted yet.</source>
        <translation>Nog niets geteld.</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Versie</translation>
    </message>
</context>
<context>
    <name>HallBoard</name>
    <message>
        <source>Today in the house</source>
        <extracomment>How often the board looks at the clock: &quot;now&quot; moves on, a new day is caught.</extracomment>
        <translation>Vandaag in het huis</translation>
    </message>
    <message>
        <source>Today in the house · %1</source>
        <translation>Vandaag in het huis · %1</translation>
    </message>
    <message>
        <source>Esc closes this screen</source>
        <translation>Esc sluit dit scherm</translation>
    </message>
    <message>
        <source>The house is closed today: %1</source>
        <translation>Het huis is vandaag gesloten: %1</translation>
    </message>
    <message>
        <source>Nothing is planned for today.</source>
        <translation>Vandaag staat er niets op de agenda.</translation>
    </message>
    <message>
        <source>and %1 more later today</source>
        <translation>en nog %1 later vandaag</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>next</source>
        <translation>straks</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>vervalt</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>housedesk guide</source>
        <translation>Handleiding housedesk</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Terug</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhoud</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>The guide is written in Dutch, the language of the houses.</source>
        <translation>De handleiding is in het Nederlands geschreven, de taal van de huizen.</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Public holidays</source>
        <translation>Feestdagen</translation>
    </message>
    <message>
        <source>Tick the public holidays on which the whole house is closed. Days the house is closed already are shown as such.</source>
        <translation>Vink de feestdagen aan waarop het hele huis dicht is. Dagen waarop het huis al dicht is, staan erbij vermeld.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>&amp;Tick all</source>
        <translation>&amp;Alles aanvinken</translation>
    </message>
    <message>
        <source>&amp;Add as closing days</source>
        <translation>&amp;Toevoegen als sluitingsdagen</translation>
    </message>
    <message>
        <source>Add as closing days</source>
        <translation>Toevoegen als sluitingsdagen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>(closed already: %1)</source>
        <translation>(al dicht: %1)</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>whole house</source>
        <translation>hele huis</translation>
    </message>
    <message>
        <source>Opening hours on %1 — %2</source>
        <translation>Openingstijden op %1 — %2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>&amp;Same as the whole house (%1)</source>
        <translation>&amp;Zoals het hele huis (%1)</translation>
    </message>
    <message>
        <source>&amp;Open at these times:</source>
        <translation>&amp;Open op deze tijden:</translation>
    </message>
    <message>
        <source>C&amp;losed all day</source>
        <translation>De hele dag &amp;gesloten</translation>
    </message>
    <message>
        <source>This day:</source>
        <translation>Deze dag:</translation>
    </message>
    <message>
        <source>Opening on this day</source>
        <translation>Open op deze dag</translation>
    </message>
    <message>
        <source>Time slot %1, from</source>
        <translation>Tijdvak %1, van</translation>
    </message>
    <message>
        <source>Time slot %1, until</source>
        <translation>Tijdvak %1, tot</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Time slot %1:</source>
        <translation>Tijdvak %1:</translation>
    </message>
    <message>
        <source>Time slot %1</source>
        <translation>Tijdvak %1</translation>
    </message>
    <message>
        <source>Write times like 8:30 or 13.00; leave a slot empty if you do not need it. A day may have several slots, e.g. 08:30–12:30 and 13:00–23:00.</source>
        <translation>Schrijf tijden als 8:30 of 13.00; laat een tijdvak leeg als u het niet nodig hebt. Een dag kan meerdere tijdvakken hebben, bijv. 08:30–12:30 en 13:00–23:00.</translation>
    </message>
    <message>
        <source>Also on:</source>
        <translation>Ook op:</translation>
    </message>
    <message>
        <source>The same hours also on these days</source>
        <translation>Dezelfde tijden ook op deze dagen</translation>
    </message>
    <message>
        <source>Other opening hours</source>
        <translation>Andere openingstijden</translation>
    </message>
    <message>
        <source>the whole house</source>
        <translation>het hele huis</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <source>When the house is open, per weekday. A room follows the house&apos;s hours (shown in grey) unless it has hours of its own. Select a day and press Enter, or double-click it, to change it. Days with other hours than usual and closing days are on the next tabs.</source>
        <translation>Wanneer het huis open is, per weekdag. Een ruimte volgt de tijden van het huis (in grijs) tenzij ze eigen tijden heeft. Kies een dag en druk op Enter, of dubbelklik erop, om die te wijzigen. Afwijkende openingstijden en sluitingsdagen staan op de volgende tabbladen.</translation>
    </message>
    <message>
        <source>Opening hours per weekday</source>
        <translation>Openingstijden per weekdag</translation>
    </message>
    <message>
        <source>&amp;Change hours…</source>
        <translation>Tijden &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Change the hours of the selected day (Enter)</source>
        <translation>De tijden van de gekozen dag wijzigen (Enter)</translation>
    </message>
    <message>
        <source>The house has no opening hours yet. Select Monday in the row “Whole house” and press Enter; tick “Also on” to give other days the same hours.</source>
        <translation>Het huis heeft nog geen openingstijden. Kies maandag in de rij “Hele huis” en druk op Enter; vink “Ook op” aan om andere dagen dezelfde tijden te geven.</translation>
    </message>
    <message>
        <source>The rooms you add on the Rooms tab appear below the house.</source>
        <translation>De ruimtes die u op het tabblad Ruimtes toevoegt, verschijnen onder het huis.</translation>
    </message>
</context>
<context>
    <name>HoursTableModel</name>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Whole house</source>
        <translation>Hele huis</translation>
    </message>
    <message>
        <source>The whole house; rooms follow these hours unless they have their own.</source>
        <translation>Het hele huis; ruimtes volgen deze tijden tenzij ze eigen tijden hebben.</translation>
    </message>
    <message>
        <source>Follows the hours of the whole house.</source>
        <translation>Volgt de tijden van het hele huis.</translation>
    </message>
    <message>
        <source>This room is closed on this day.</source>
        <translation>Deze ruimte is op deze dag gesloten.</translation>
    </message>
    <message>
        <source>This room&apos;s own hours.</source>
        <translation>De eigen tijden van deze ruimte.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>set-up and clean-up</source>
        <translation>op- en afbouw</translation>
    </message>
    <message>
        <source>closed or outside opening hours</source>
        <translation>gesloten of buiten de openingstijden</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <extracomment>The rows were reloaded (e.g. after a save).</extracomment>
        <translation>Zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>Add a new one (Ctrl+N)</source>
        <translation>Nieuwe toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation>De gekozen regel bewerken (Enter)</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <extracomment>Read when first shown, and again after others changed the ``kinds`` it lists.</extracomment>
        <translation>%1 getoond</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Screens</source>
        <extracomment>A screen smaller than this (in either direction) gets a maximised window at the first start. The width of the navigation&apos;s column, unless a screen&apos;s name needs more. The size of the window at the first start on a larger screen. Whether the current row is being changed by a key in the list (the focus stays). The user chose another interface language (&quot;nl&quot; or &quot;en&quot;). The user switched large text on or off. File menu: make a backup, restore one, remove old personal data. The window has been painted for the first time (emitted once, after that paint). The window closes; its geometry (``saveGeometry``) is to be remembered.</extracomment>
        <translation>Schermen</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>housedesk — municipality</source>
        <translation>housedesk — gemeente</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Remove old &amp;personal data…</source>
        <translation>Oude &amp;persoonsgegevens verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Read what this screen shows afresh</source>
        <translation>Lees opnieuw wat dit scherm toont</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation>&amp;Grote letters</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Help with this screen</source>
        <translation>Hulp bij dit &amp;scherm</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Snel&amp;toetsen</translation>
    </message>
    <message>
        <source>&amp;About housedesk</source>
        <translation>&amp;Over housedesk</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Vernieuwd</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>More visitors than the room holds</source>
        <translation>Meer bezoekers dan er in de ruimte passen</translation>
    </message>
    <message>
        <source>Yes, save it</source>
        <translation>Ja, opslaan</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>Month overview</source>
        <extracomment>A day was clicked: show it.</extracomment>
        <translation>Maandoverzicht</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Gesloten: %1</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 meer</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move %1</source>
        <translation>%1 verplaatsen</translation>
    </message>
    <message>
        <source>Now: %1, %2, %3.</source>
        <translation>Nu: %1, %2, %3.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Ruimte:</translation>
    </message>
    <message>
        <source>Start &amp;time:</source>
        <translation>Begin&amp;tijd:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>&amp;End time:</source>
        <translation>&amp;Eindtijd:</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <source>Checked against the agenda now; the closing days or hours you are saving are checked when you save them.</source>
        <translation>Dit wordt nu met de agenda vergeleken; met de sluitingsdagen of openingstijden die u gaat opslaan pas bij het opslaan.</translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation>&amp;Hierheen verplaatsen</translation>
    </message>
    <message>
        <source>Move here</source>
        <translation>Hierheen verplaatsen</translation>
    </message>
</context>
<context>
    <name>MunicipalityFigures</name>
    <message>
        <source>Sessions held</source>
        <translation>Gehouden bijeenkomsten</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Gebruikte uren</translation>
    </message>
    <message>
        <source>Hours available</source>
        <translation>Beschikbare uren</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>New activities</source>
        <translation>Nieuwe activiteiten</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Bezettingsgraad</translation>
    </message>
    <message>
        <source>Community share</source>
        <translation>Aandeel maatschappelijk gebruik</translation>
    </message>
</context>
<context>
    <name>MunicipalityReport</name>
    <message>
        <source>Community houses, %1</source>
        <extracomment>Rejected files&apos; lines shown per file: the advice and the first findings.</extracomment>
        <translation>Gemeenschapshuizen, %1</translation>
    </message>
    <message>
        <source>Community houses</source>
        <translation>Gemeenschapshuizen</translation>
    </message>
    <message>
        <source>Overview of %1</source>
        <translation>Overzicht van %1</translation>
    </message>
    <message>
        <source>compared with the same period a year earlier (%1)</source>
        <translation>vergeleken met dezelfde periode een jaar eerder (%1)</translation>
    </message>
    <message>
        <source>Made by housedesk on %1 from the import history: %2 house-period(s) count, the files last read on %3. %4 house(s) in this period; %5 expected.</source>
        <translation>Gemaakt door housedesk op %1 uit de importgeschiedenis: %2 huis-perioden tellen mee, de bestanden zijn het laatst ingelezen op %3. %4 huizen in deze periode; %5 verwacht.</translation>
    </message>
    <message>
        <source>All houses against a year earlier</source>
        <translation>Alle huizen vergeleken met een jaar eerder</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Huis</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Bijeen­kom­sten</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoe­kers</translation>
    </message>
    <message>
        <source>Visitors a year earlier</source>
        <translation>Bezoe­kers jaar eerder</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veran­dering</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Bezet­ting</translation>
    </message>
    <message>
        <source>Occupancy a year earlier</source>
        <translation>Bezet­ting jaar eerder</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Community share</source>
        <translation>Aandeel maat­schap­pelijk</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <source>Every house, largest first; the hatched bar is the same period a year earlier.</source>
        <translation>Elk huis, de grootste eerst; de gearceerde balk is dezelfde periode een jaar eerder.</translation>
    </message>
    <message>
        <source>Per house</source>
        <translation>Per huis</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>not approved by the board</source>
        <translation>niet vastgesteld door het bestuur</translation>
    </message>
    <message>
        <source>Houses missing</source>
        <translation>Ontbrekende huizen</translation>
    </message>
    <message>
        <source>Every expected house has sent every quarter.</source>
        <translation>Elk verwacht huis heeft elk kwartaal gestuurd.</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Laatst ontvangen</translation>
    </message>
    <message>
        <source>Files refused</source>
        <translation>Afgewezen bestanden</translation>
    </message>
    <message>
        <source>The last reading refused no file.</source>
        <translation>Bij het laatste inlezen is geen bestand afgewezen.</translation>
    </message>
    <message>
        <source>Nothing of these files counts. What to ask the house comes first.</source>
        <translation>Niets van deze bestanden telt mee. Wat u het huis kunt vragen, staat steeds voorop.</translation>
    </message>
    <message>
        <source>… and %1 more (see the workbook&apos;s Meldingen sheet)</source>
        <translation>… en nog %1 (zie het blad Meldingen van de werkmap)</translation>
    </message>
</context>
<context>
    <name>MunicipalityScreen</name>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Drop the houses&apos; quarterly files (or a folder of them) here, or choose them. Every file is checked; a file read before is not counted twice.</source>
        <translation>Sleep de kwartaalbestanden van de huizen (of een map ermee) hierheen, of kies ze. Elk bestand wordt gecontroleerd; een bestand dat al eerder is ingelezen, telt niet dubbel.</translation>
    </message>
    <message>
        <source>Choose a &amp;folder…</source>
        <translation>&amp;Map kiezen…</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>&amp;Bestanden kiezen…</translation>
    </message>
    <message>
        <source>&amp;Save as Excel…</source>
        <translation>Opslaan als &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Rapport (PDF)…</translation>
    </message>
    <message>
        <source>An A4 report of all houses for the chosen period, to print or send</source>
        <translation>Een A4-rapport van alle huizen voor de gekozen periode, om af te drukken of te versturen</translation>
    </message>
    <message>
        <source>&amp;Expected houses…</source>
        <translation>&amp;Verwachte huizen…</translation>
    </message>
    <message>
        <source>Files read</source>
        <translation>Ingelezen bestanden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop reading; nothing is counted (Esc)</source>
        <translation>Stoppen met inlezen; er wordt niets geteld (Esc)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Houses</source>
        <translation>Per huis</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Alle perioden</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Rapport opslaan als</translation>
    </message>
    <message>
        <source>Houses %1.pdf</source>
        <translation>Huizen %1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Writing the report of %1 …</source>
        <translation>Het rapport van %1 wordt geschreven …</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Rapport geschreven: %1</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbrekend</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>The import history cannot be read: %1</source>
        <translation>De importgeschiedenis kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Folder with the houses&apos; files</source>
        <translation>Map met de bestanden van de huizen</translation>
    </message>
    <message>
        <source>The houses&apos; files</source>
        <translation>De bestanden van de huizen</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx);;All files (*)</source>
        <translation>Excel-bestanden (*.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>No Excel files found there.</source>
        <translation>Daar zijn geen Excel-bestanden gevonden.</translation>
    </message>
    <message>
        <source>Reading %1 file(s) …</source>
        <translation>Bezig met %1 bestand(en) …</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>Bezig met annuleren …</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was counted.</source>
        <translation>Het inlezen is geannuleerd; er is niets geteld.</translation>
    </message>
    <message>
        <source>Nothing counted yet.</source>
        <translation>Nog niets geteld.</translation>
    </message>
    <message>
        <source>Save the overview</source>
        <translation>Overzicht opslaan</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel-bestanden (*.xlsx)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>no data</source>
        <extracomment>The year before lies (partly) before registration began: nothing to compare with.</extracomment>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>%1 up to and including %2 (still running)</source>
        <translation>%1 t/m %2 (loopt nog)</translation>
    </message>
    <message>
        <source>%1 up to and including %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <source>Not yet approved by the board.</source>
        <translation>Nog niet vastgesteld door het bestuur.</translation>
    </message>
    <message>
        <source>Approved by the board.</source>
        <translation>Vastgesteld door het bestuur.</translation>
    </message>
    <message>
        <source>Approved by the board on %1.</source>
        <translation>Vastgesteld door het bestuur op %1.</translation>
    </message>
    <message>
        <source>%1 sessions on days gone by are still planned: they count nowhere (not as held, not as cancelled) and are not exported. Settle each one: held, with its visitors, or did not take place.</source>
        <translation>%1 bijeenkomsten op dagen die voorbij zijn staan nog op gepland: ze tellen nergens mee (niet als gehouden, niet als geannuleerd) en gaan niet mee in de export. Handel ze af: gehouden, met het aantal bezoekers, of niet doorgegaan.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
    <message>
        <source>Morning (before 12:00)</source>
        <translation>Ochtend (voor 12:00)</translation>
    </message>
    <message>
        <source>Afternoon (12:00–18:00)</source>
        <translation>Middag (12:00–18:00)</translation>
    </message>
    <message>
        <source>Evening (from 18:00)</source>
        <translation>Avond (vanaf 18:00)</translation>
    </message>
    <message>
        <source>Occupancy per room</source>
        <translation>Bezettingsgraad per ruimte</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Deze periode</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Een jaar eerder</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 ptn</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Gehouden bijeenkomsten</translation>
    </message>
    <message>
        <source>Visitors per counted session</source>
        <translation>Bezoekers per getelde bijeenkomst</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Gebruikte uren</translation>
    </message>
    <message>
        <source>Occupancy of the rooms</source>
        <translation>Bezettingsgraad van de ruimtes</translation>
    </message>
    <message>
        <source>Community use (share of hours)</source>
        <translation>Maatschappelijk gebruik (aandeel uren)</translation>
    </message>
    <message>
        <source>Private rental (share of hours)</source>
        <translation>Particuliere verhuur (aandeel uren)</translation>
    </message>
    <message>
        <source>Commercial use (share of hours)</source>
        <translation>Commercieel gebruik (aandeel uren)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>New activities</source>
        <translation>Nieuwe activiteiten</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Sessions cancelled</source>
        <translation>Geannuleerde bijeenkomsten</translation>
    </message>
    <message>
        <source>No sessions were held in this period.</source>
        <translation>In deze periode zijn geen bijeenkomsten gehouden.</translation>
    </message>
    <message>
        <source>Every held session was counted (%1 sessions).</source>
        <translation>Elke gehouden bijeenkomst is geteld (%1 bijeenkomsten).</translation>
    </message>
    <message>
        <source>%1 of %2 held sessions were counted (%3). Sessions without a count:</source>
        <translation>%1 van de %2 gehouden bijeenkomsten zijn geteld (%3). Bijeenkomsten zonder telling:</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>Niets te tonen voor deze periode.</translation>
    </message>
    <message>
        <source>Visitors per month</source>
        <translation>Bezoekers per maand</translation>
    </message>
    <message>
        <source>Hours used by nature of use</source>
        <translation>Gebruikte uren naar gebruiksaard</translation>
    </message>
    <message>
        <source>Visitors by type of activity</source>
        <translation>Bezoekers naar soort activiteit</translation>
    </message>
    <message>
        <source>Visitors by weekday</source>
        <translation>Bezoekers per weekdag</translation>
    </message>
    <message>
        <source>Visitors by part of the day</source>
        <translation>Bezoekers per dagdeel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Verslag opslaan als</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Make &amp;report (PDF)…</source>
        <translation>&amp;Verslag maken (PDF)…</translation>
    </message>
    <message>
        <source>Make a report of this period as a PDF</source>
        <translation>Een verslag van deze periode maken als PDF</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Niets te tonen</translation>
    </message>
    <message>
        <source>Count set-up and clean-up time as &amp;use</source>
        <translation>Op- en afbouwtijd &amp;meetellen als gebruik</translation>
    </message>
    <message>
        <source>Count set-up and clean-up time as use</source>
        <translation>Op- en afbouwtijd meetellen als gebruik</translation>
    </message>
    <message>
        <source>Used hours then include the time rooms are taken before and after sessions. Only in this overview and its report: the export to the municipality always counts the sessions&apos; own hours.</source>
        <translation>De gebruikte uren tellen dan ook de tijd mee dat ruimtes voor en na bijeenkomsten bezet zijn. Alleen in dit overzicht en het verslag: het bestand voor de gemeente telt altijd alleen de uren van de bijeenkomsten zelf.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>E&amp;xplanation of the figures</source>
        <translation>&amp;Uitleg bij de cijfers</translation>
    </message>
    <message>
        <source>Explanation of the figures</source>
        <translation>Uitleg bij de cijfers</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Search the activities</source>
        <translation>Zoeken in de activiteiten</translation>
    </message>
    <message>
        <source>Search an activity, user or type…</source>
        <translation>Zoek een activiteit, gebruiker of soort…</translation>
    </message>
    <message>
        <source>Held sessions without a count</source>
        <translation>Gehouden bijeenkomsten zonder telling</translation>
    </message>
    <message>
        <source>Past sessions still planned</source>
        <translation>Bijeenkomsten in het verleden die nog op gepland staan</translation>
    </message>
    <message>
        <source>&amp;Settle the selected session…</source>
        <translation>Gekozen bijeenkomst &amp;afhandelen…</translation>
    </message>
    <message>
        <source>Mark it held, with its visitors, or say why it did not take place (Enter)</source>
        <translation>Zet haar op gehouden, met het aantal bezoekers, of zeg waarom ze niet doorging (Enter)</translation>
    </message>
    <message>
        <source>Key figures, against the same days a year earlier</source>
        <translation>Kerncijfers, tegenover dezelfde dagen een jaar eerder</translation>
    </message>
    <message>
        <source>Activities, most visitors first</source>
        <translation>Activiteiten, de meeste bezoekers eerst</translation>
    </message>
    <message>
        <source>Visitor counts</source>
        <translation>Tellingen</translation>
    </message>
    <message>
        <source>Working out the figures of %1 …</source>
        <translation>De cijfers van %1 worden berekend …</translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation>%1, vergeleken met %2</translation>
    </message>
    <message>
        <source>%1 (no comparison: registration began after %2)</source>
        <translation>%1 (geen vergelijking: de registratie begon na %2)</translation>
    </message>
    <message>
        <source>Nothing was registered for %1: no held or cancelled sessions and no signals. Choose another period above, or register the sessions and their visitor counts first (Agenda and Tallies).</source>
        <translation>Voor %1 is niets geregistreerd: geen gehouden of geannuleerde bijeenkomsten en geen signalen. Kies hierboven een andere periode, of registreer eerst de bijeenkomsten en hun bezoekersaantallen (Agenda en Tellingen).</translation>
    </message>
    <message>
        <source>Report %1 %2.pdf</source>
        <translation>Verslag %1 %2.pdf</translation>
    </message>
    <message>
        <source>Writing the report …</source>
        <translation>Het verslag wordt geschreven …</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Writing the report of %1 …</source>
        <translation>Het verslag van %1 wordt geschreven …</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Verslag geschreven: %1</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Het verslag is geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Het verslag kon niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>This quarter (%1)</source>
        <translation>Dit kwartaal (%1)</translation>
    </message>
    <message>
        <source>Last quarter (%1)</source>
        <translation>Vorig kwartaal (%1)</translation>
    </message>
    <message>
        <source>This year (%1)</source>
        <translation>Dit jaar (%1)</translation>
    </message>
    <message>
        <source>Last year (%1)</source>
        <translation>Vorig jaar (%1)</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Alle perioden</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Van … tot en met …</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Save the sheet</source>
        <translation>Overzicht opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Print the agenda</source>
        <translation>Agenda afdrukken</translation>
    </message>
    <message>
        <source>The &amp;week: %1</source>
        <translation>De &amp;week: %1</translation>
    </message>
    <message>
        <source>The &amp;next week: %1</source>
        <translation>De &amp;volgende week: %1</translation>
    </message>
    <message>
        <source>One &amp;day:</source>
        <translation>Eén &amp;dag:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>A4 landscape, for the notice board or the bar: the rooms, times and names of what takes place. No users or contact persons; a private rental is shown as &apos;Particuliere verhuur&apos;.</source>
        <translation>A4 liggend, voor het prikbord of de bar: de ruimtes, tijden en namen van wat er plaatsvindt. Geen gebruikers of contactpersonen; een particuliere verhuur staat er als &apos;Particuliere verhuur&apos;.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>A&amp;fdrukken…</translation>
    </message>
    <message>
        <source>The sheet could not be saved: %1</source>
        <translation>Het overzicht kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>Archived longer ago than</source>
        <translation>Langer geleden gearchiveerd dan</translation>
    </message>
    <message>
        <source>Remove old personal data</source>
        <translation>Oude persoonsgegevens verwijderen</translation>
    </message>
    <message>
        <source>Contact persons are personal data, and so are the names of private persons and what was written about their activities. When a user has been archived for a long time, the house no longer needs them. A private person&apos;s name becomes “Particulier” and a number, their private rentals “Particuliere verhuur”; descriptions and reasons of cancelling are emptied. This cannot be undone; codes, sessions and counts stay for the reports.</source>
        <translation>Contactpersonen zijn persoonsgegevens, en dat zijn ook de namen van particulieren en wat er over hun activiteiten is geschreven. Als een gebruiker al lang gearchiveerd is, heeft het huis ze niet meer nodig. De naam van een particulier wordt “Particulier” met een nummer, een particuliere verhuur heet dan “Particuliere verhuur”; omschrijvingen en redenen van annuleren worden leeggemaakt. Dit kan niet ongedaan worden gemaakt; codes, bijeenkomsten en tellingen blijven voor de overzichten.</translation>
    </message>
    <message>
        <source>Users whose personal data will be removed</source>
        <translation>Gebruikers van wie de persoonsgegevens worden verwijderd</translation>
    </message>
    <message>
        <source>&amp;Remove details…</source>
        <translation>Gegevens &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Archived longer ago than:</source>
        <translation>Langer geleden gearchiveerd dan:</translation>
    </message>
    <message>
        <source>No archived user of that age has personal data left.</source>
        <translation>Geen gebruiker die zo lang gearchiveerd is, heeft nog persoonsgegevens.</translation>
    </message>
    <message>
        <source>%1 user(s) with personal data.</source>
        <translation>%1 gebruiker(s) met persoonsgegevens.</translation>
    </message>
    <message>
        <source>Remove the personal data of %1 user(s) for good? This cannot be undone.</source>
        <translation>De persoonsgegevens van %1 gebruiker(s) definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The personal data were removed, but the database is in use elsewhere, so old copies of them stay in the file until the next removal.</source>
        <translation>De persoonsgegevens zijn verwijderd, maar de database is elders in gebruik, dus oude kopieën ervan blijven tot de volgende keer verwijderen in het bestand staan.</translation>
    </message>
    <message>
        <source>The personal data of %1 user(s) were removed.</source>
        <translation>De persoonsgegevens van %1 gebruiker(s) zijn verwijderd.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>RangeChoice</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Tot en met datum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>This month (%1)</source>
        <translation>Deze maand (%1)</translation>
    </message>
    <message>
        <source>Last month (%1)</source>
        <translation>Vorige maand (%1)</translation>
    </message>
    <message>
        <source>This quarter (%1)</source>
        <translation>Dit kwartaal (%1)</translation>
    </message>
    <message>
        <source>Last quarter (%1)</source>
        <translation>Vorig kwartaal (%1)</translation>
    </message>
    <message>
        <source>This year (%1)</source>
        <translation>Dit jaar (%1)</translation>
    </message>
    <message>
        <source>Last year (%1)</source>
        <translation>Vorig jaar (%1)</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Van … tot en met …</translation>
    </message>
</context>
<context>
    <name>RegisterList</name>
    <message>
        <source>Sh&amp;ow archived</source>
        <extracomment>Something was saved, archived or deleted; the other list may need reloading too.</extracomment>
        <translation>Toon ge&amp;archiveerde</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Toon gearchiveerde</translation>
    </message>
    <message>
        <source>Also list what is archived: no longer in use, kept for the reports.</source>
        <translation>Ook tonen wat gearchiveerd is: niet meer in gebruik, bewaard voor de overzichten.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Terughalen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Terughalen</translation>
    </message>
    <message>
        <source>Use it again (Delete key)</source>
        <translation>Weer in gebruik nemen (Delete-toets)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Nothing is registered for it yet (Delete key)</source>
        <translation>Er is nog niets voor geregistreerd (Delete-toets)</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>A&amp;rchiveren…</translation>
    </message>
    <message>
        <source>No longer in use; its history stays in the reports (Delete key)</source>
        <translation>Niet meer in gebruik; de geschiedenis blijft in de overzichten (Delete-toets)</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen %1</source>
        <translation>%1 heropenen</translation>
    </message>
    <message>
        <source>A reopened period can be corrected; approve it again afterwards and send the new export. The reason is kept.</source>
        <translation>Een heropende periode kan worden gecorrigeerd; stel haar daarna opnieuw vast en stuur de nieuwe export. De reden wordt bewaard.</translation>
    </message>
    <message>
        <source>e.g. a count was wrong</source>
        <translation>bijv. een telling klopte niet</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
</context>
<context>
    <name>RepeatFields</name>
    <message>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <source>Once (does not repeat)</source>
        <translation>Eenmalig (herhaalt niet)</translation>
    </message>
    <message>
        <source>Every week or every few weeks</source>
        <translation>Elke week of om de paar weken</translation>
    </message>
    <message>
        <source>Once a month, on a weekday</source>
        <translation>Eens per maand, op een weekdag</translation>
    </message>
    <message>
        <source>Every how many weeks</source>
        <translation>Om de hoeveel weken</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Elke</translation>
    </message>
    <message>
        <source>week(s), on:</source>
        <translation>week/weken, op:</translation>
    </message>
    <message>
        <source>Which one of the month</source>
        <translation>Welke van de maand</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Eerste</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Tweede</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Derde</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Vierde</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekdag</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Laatste datum</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Aantal keren</translation>
    </message>
    <message>
        <source>of the month</source>
        <translation>van de maand</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Page %1</source>
        <extracomment>Where a long word in a table&apos;s cell may break (with a hyphen shown): &quot;Bijeen­komsten&quot;. Dots per inch of the PDF&apos;s coordinates: fine enough for hairlines, small numbers to handle.</extracomment>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>Usage of %1, %2</source>
        <translation>Gebruik van %1, %2</translation>
    </message>
    <message>
        <source>Nothing was registered for this period: no held or cancelled sessions and no signals.</source>
        <translation>Voor deze periode is niets geregistreerd: geen gehouden of geannuleerde bijeenkomsten en geen signalen.</translation>
    </message>
    <message>
        <source>Usage of the house</source>
        <translation>Gebruik van het huis</translation>
    </message>
    <message>
        <source>Made by housedesk on %1 for the board&apos;s meeting.</source>
        <translation>Gemaakt door housedesk op %1 voor de bestuursvergadering.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Deze periode</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Een jaar eerder</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>No comparison with a year earlier: registration began after %1, so that year is not complete.</source>
        <translation>Geen vergelijking met een jaar eerder: de registratie begon na %1, dus dat jaar is niet volledig.</translation>
    </message>
    <message>
        <source>Nothing was registered in the same period a year earlier.</source>
        <translation>In dezelfde periode een jaar eerder is niets geregistreerd.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <source>Activities, most visitors first</source>
        <translation>Activiteiten, de meeste bezoekers eerst</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>* new: its first session was in this period.</source>
        <translation>* nieuw: de eerste bijeenkomst was in deze periode.</translation>
    </message>
    <message>
        <source>Past sessions still planned</source>
        <translation>Bijeenkomsten in het verleden die nog op gepland staan</translation>
    </message>
    <message>
        <source>Visitor counts</source>
        <translation>Tellingen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>compared with the same days a year earlier (%1)</source>
        <translation>vergeleken met dezelfde dagen een jaar eerder (%1)</translation>
    </message>
    <message>
        <source>no comparison with a year earlier: no data before %1</source>
        <translation>geen vergelijking met een jaar eerder: geen gegevens vóór %1</translation>
    </message>
    <message>
        <source>What the figures count</source>
        <translation>Wat de cijfers tellen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <source>Signals from residents</source>
        <translation>Signalen van inwoners</translation>
    </message>
    <message>
        <source>No signals were registered in this period.</source>
        <translation>In deze periode zijn geen signalen geregistreerd.</translation>
    </message>
    <message>
        <source>(The text is not shared outside the house.)</source>
        <translation>(De tekst wordt niet buiten het huis gedeeld.)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Choose the backup to put back. The data as it is now is saved first, so a restore can itself be undone.</source>
        <translation>Kies de back-up die terug moet. De gegevens zoals ze nu zijn, worden eerst bewaard, zodat ook het terugzetten ongedaan kan worden gemaakt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Choose a backup to see what it holds.</source>
        <translation>Kies een back-up om te zien wat erin staat.</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Ander bestand…</translation>
    </message>
    <message>
        <source>A backup on a USB stick or elsewhere</source>
        <translation>Een back-up op een USB-stick of ergens anders</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet. Choose another file, e.g. on a USB stick.</source>
        <translation>Er staan nog geen back-ups in %1. Kies een ander bestand, bijv. op een USB-stick.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Kies een back-up</translation>
    </message>
    <message>
        <source>housedesk backups (*.sqlite3);;All files (*)</source>
        <translation>housedesk-back-ups (*.sqlite3);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>This file cannot be restored:
%1</source>
        <translation>Dit bestand kan niet worden teruggezet:
%1</translation>
    </message>
    <message>
        <source>Careful: this backup belongs to another house (%1), not to this one (%2). Restoring it puts the data of %1 in place of the data of %2.</source>
        <translation>Let op: deze back-up hoort bij een ander huis (%1), niet bij dit huis (%2). Terugzetten zet de gegevens van %1 op de plaats van die van %2.</translation>
    </message>
    <message>
        <source>Put this backup back?

%1

Everything entered after it will be gone from the app (it stays in the copy that is made first).</source>
        <translation>Deze back-up terugzetten?

%1

Alles wat daarna is ingevoerd, verdwijnt uit de app (het blijft in de kopie die eerst wordt gemaakt).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>New room</source>
        <translation>Nieuwe ruimte</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Ruimte %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The room&apos;s code stays the same, also in the exports.</source>
        <translation>De code van de ruimte blijft altijd hetzelfde, ook in de exports.</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>e.g. Grote zaal</source>
        <translation>bijv. Grote zaal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>number of people, e.g. 40</source>
        <translation>aantal personen, bijv. 40</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capaciteit:</translation>
    </message>
    <message>
        <source>Capacity (people)</source>
        <translation>Capaciteit (personen)</translation>
    </message>
    <message>
        <source>optional, e.g. 65</source>
        <translation>niet verplicht, bijv. 65</translation>
    </message>
    <message>
        <source>&amp;Area in m²:</source>
        <translation>&amp;Oppervlakte in m²:</translation>
    </message>
    <message>
        <source>Area in square metres</source>
        <translation>Oppervlakte in vierkante meters</translation>
    </message>
    <message>
        <source>Other facilities</source>
        <translation>Andere voorzieningen</translation>
    </message>
    <message>
        <source>separated by commas, e.g. bar, dartbord</source>
        <translation>gescheiden door komma&apos;s, bijv. bar, dartbord</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>An&amp;ders:</translation>
    </message>
    <message>
        <source>Facilities:</source>
        <translation>Voorzieningen:</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <source>In use &amp;since:</source>
        <translation>In gebruik &amp;sinds:</translation>
    </message>
    <message>
        <source>In use since</source>
        <translation>In gebruik sinds</translation>
    </message>
    <message>
        <source>&amp;No longer in use from:</source>
        <translation>&amp;Niet meer in gebruik vanaf:</translation>
    </message>
    <message>
        <source>No longer in use</source>
        <translation>Niet meer in gebruik</translation>
    </message>
    <message>
        <source>No longer in use from</source>
        <translation>Niet meer in gebruik vanaf</translation>
    </message>
    <message>
        <source>The figures count the room&apos;s opening hours from this day on. For a room the house has had for years, choose the day registration began.</source>
        <translation>De cijfers tellen de openingsuren van de ruimte vanaf deze dag. Heeft het huis de ruimte al jaren, kies dan de dag waarop de registratie begon.</translation>
    </message>
    <message>
        <source>A room that is no longer in use keeps its history, is not offered for new bookings, and counts in the figures only up to the day before. Untick to put it back in service from today: the days in between stay out of the figures as closing days.</source>
        <translation>Een ruimte die niet meer in gebruik is, houdt haar geschiedenis, wordt niet meer aangeboden voor nieuwe reserveringen en telt in de cijfers alleen mee tot de dag ervoor. Vink uit om haar vanaf vandaag weer in gebruik te nemen: de dagen ertussen blijven als sluitingsdagen buiten de cijfers.</translation>
    </message>
</context>
<context>
    <name>RoomsScreen</name>
    <message>
        <source>Rooms</source>
        <translation>Ruimtes</translation>
    </message>
    <message>
        <source>Rooms, opening hours, other hours and closing days</source>
        <translation>Ruimtes, openingstijden, afwijkende openingstijden en sluitingsdagen</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>&amp;Ruimtes</translation>
    </message>
    <message>
        <source>Opening &amp;hours</source>
        <translation>&amp;Openingstijden</translation>
    </message>
    <message>
        <source>O&amp;ther hours</source>
        <translation>Afwijkende &amp;tijden</translation>
    </message>
    <message>
        <source>Closing &amp;days</source>
        <translation>&amp;Sluitingsdagen</translation>
    </message>
</context>
<context>
    <name>RoomsTab</name>
    <message>
        <source>Rooms</source>
        <extracomment>A room was added, changed or deleted.</extracomment>
        <translation>Ruimtes</translation>
    </message>
    <message>
        <source>No rooms yet.

Press New (Ctrl+N) to add the first room, for example the big hall: its name, how many people fit in it and what it has, such as a kitchen or a piano.</source>
        <translation>Nog geen ruimtes.

Klik op Nieuw (Ctrl+N) om de eerste ruimte toe te voegen, bijvoorbeeld de grote zaal: de naam, hoeveel mensen erin passen en wat er is, zoals een keuken of een piano.</translation>
    </message>
    <message>
        <source>Also show &amp;inactive rooms</source>
        <translation>Ook &amp;inactieve ruimtes tonen</translation>
    </message>
    <message>
        <source>Also show inactive rooms</source>
        <translation>Ook inactieve ruimtes tonen</translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation>Ruimte verwijderen</translation>
    </message>
    <message>
        <source>Delete a room that was never used; a used room can be made inactive.</source>
        <translation>Een ruimte verwijderen die nooit gebruikt is; een gebruikte ruimte kan op inactief worden gezet.</translation>
    </message>
    <message>
        <source>Delete the room “%1”? This cannot be undone.</source>
        <translation>De ruimte “%1” verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>“%1” has sessions in the agenda or in its history, so it cannot be deleted.</source>
        <translation>“%1” heeft bijeenkomsten in de agenda of in de geschiedenis en kan daarom niet worden verwijderd.</translation>
    </message>
    <message>
        <source>It is inactive already: it is not offered for bookings.</source>
        <translation>Ze is al inactief: ze wordt niet aangeboden voor reserveringen.</translation>
    </message>
    <message>
        <source>Make it inactive instead? It keeps its history, but is no longer offered for new bookings. You can make it active again later.</source>
        <translation>In plaats daarvan op inactief zetten? Ze houdt haar geschiedenis, maar wordt niet meer aangeboden voor nieuwe reserveringen. U kunt haar later weer actief maken.</translation>
    </message>
    <message>
        <source>Make inactive</source>
        <translation>Op inactief zetten</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>Change a series</source>
        <translation>Een reeks wijzigen</translation>
    </message>
    <message>
        <source>This session is part of a series. Which sessions should change? Sessions that were held or cancelled, skipped dates and sessions changed on their own stay as they are.</source>
        <translation>Deze bijeenkomst hoort bij een reeks. Welke bijeenkomsten moeten veranderen? Gehouden of geannuleerde bijeenkomsten, overgeslagen data en los aangepaste bijeenkomsten blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>Only this one can move to another date: the series repeats on a weekday of the month. To move them all, change how the series repeats.</source>
        <translation>Alleen deze kan naar een andere datum: de reeks herhaalt op een weekdag van de maand. Wilt u ze allemaal verplaatsen, verander dan de herhaling van de reeks.</translation>
    </message>
    <message>
        <source>Only &amp;this one</source>
        <translation>Alleen &amp;deze</translation>
    </message>
    <message>
        <source>This one and the &amp;following</source>
        <translation>Deze en de &amp;volgende</translation>
    </message>
    <message>
        <source>&amp;All (from today)</source>
        <translation>&amp;Alle (vanaf vandaag)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>SeriesDatesDialog</name>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Moved to %1, %2</source>
        <translation>Verplaatst naar %1, %2</translation>
    </message>
    <message>
        <source>Changed on its own: %1</source>
        <translation>Los aangepast: %1</translation>
    </message>
    <message>
        <source>Skipped and moved dates</source>
        <translation>Overgeslagen en verplaatste data</translation>
    </message>
    <message>
        <source>%1%2. These dates are not as the series says: left out, or changed on their own. “Put back” makes the selected date as the series says again.</source>
        <translation>%1%2. Deze data wijken af van de reeks: overgeslagen, of los aangepast. “Terugzetten” maakt de gekozen datum weer zoals de reeks zegt.</translation>
    </message>
    <message>
        <source>Every date of this series is as the series says.</source>
        <translation>Alle data van deze reeks zijn zoals de reeks zegt.</translation>
    </message>
    <message>
        <source>&amp;Put back</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Book the selected date again as the series says (Enter)</source>
        <translation>De gekozen datum weer reserveren zoals de reeks zegt (Enter)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>%1 is back on %2, %3.</source>
        <translation>%1 staat weer op %2, %3.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Part of a series.</source>
        <translation>Hoort bij een reeks.</translation>
    </message>
    <message>
        <source>Part of a series: %1.</source>
        <translation>Hoort bij een reeks: %1.</translation>
    </message>
    <message>
        <source>This session was changed on its own.</source>
        <translation>Deze bijeenkomst is los aangepast.</translation>
    </message>
    <message>
        <source>Skipped and &amp;moved dates (%1)…</source>
        <translation>Overgeslagen en &amp;verplaatste data (%1)…</translation>
    </message>
    <message>
        <source>The dates of this series left out or changed on their own; put them back</source>
        <translation>De data die deze reeks overslaat of die los zijn aangepast; zet ze terug</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Ruimte:</translation>
    </message>
    <message>
        <source>Start &amp;time:</source>
        <translation>Begin&amp;tijd:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>&amp;End time:</source>
        <translation>&amp;Eindtijd:</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <source>Set-up and c&amp;lean-up:</source>
        <translation>Op- en af&amp;bouw:</translation>
    </message>
    <message>
        <source>Set-up and clean-up</source>
        <translation>Op- en afbouw</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>&amp;Herhaling:</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <source>e.g. ill, storm, too few people</source>
        <translation>bijv. ziek, storm, te weinig mensen</translation>
    </message>
    <message>
        <source>Reason if &amp;cancelled:</source>
        <translation>Reden bij &amp;annuleren:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation>Markeren als &amp;gehouden</translation>
    </message>
    <message>
        <source>Ca&amp;ncel session</source>
        <translation>Bijeenkomst a&amp;nnuleren</translation>
    </message>
    <message>
        <source>Back to &amp;planned</source>
        <translation>Terug naar &amp;gepland</translation>
    </message>
    <message>
        <source>S&amp;kip this date</source>
        <translation>Deze datum over&amp;slaan</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>This session was cancelled, so its date, room and times stay as they were. To change them, first press “Back to planned”.</source>
        <translation>Deze bijeenkomst is geannuleerd; datum, ruimte en tijden blijven daarom zoals ze waren. Om ze te wijzigen, klikt u eerst op “Terug naar gepland”.</translation>
    </message>
    <message>
        <source>This session was held and counted, so its date, room and times stay as they were. A count is corrected on the Tallies screen.</source>
        <translation>Deze bijeenkomst is gehouden en geteld; datum, ruimte en tijden blijven daarom zoals ze waren. Een telling corrigeert u in het scherm Tellingen.</translation>
    </message>
    <message>
        <source>This session was held, so its date, room and times stay as they were. To change them, first press “Back to planned”.</source>
        <translation>Deze bijeenkomst is gehouden; datum, ruimte en tijden blijven daarom zoals ze waren. Om ze te wijzigen, klikt u eerst op “Terug naar gepland”.</translation>
    </message>
    <message>
        <source>Skip this date</source>
        <translation>Deze datum overslaan</translation>
    </message>
    <message>
        <source>Leave %1 out on %2? The series goes on without this date. The date stays listed under “Skipped and moved dates”, where “Put back” returns it; right after skipping, Ctrl+Z in the agenda does too.</source>
        <translation>%1 op %2 overslaan? De reeks gaat zonder deze datum verder. De datum blijft staan onder “Overgeslagen en verplaatste data”, waar “Terugzetten” hem terugbrengt; direct na het overslaan kan dat ook met Ctrl+Z in de agenda.</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <source>Settle a session</source>
        <translation>Bijeenkomst afhandelen</translation>
    </message>
    <message>
        <source>It was &amp;held, with this many visitors:</source>
        <translation>Ze is &amp;gehouden, met zoveel bezoekers:</translation>
    </message>
    <message>
        <source>It did &amp;not take place, because:</source>
        <translation>Ze is &amp;niet doorgegaan, omdat:</translation>
    </message>
    <message>
        <source>number of visitors, empty if not counted</source>
        <translation>aantal bezoekers, leeg als er niet geteld is</translation>
    </message>
    <message>
        <source>Did not take place</source>
        <translation>Niet doorgegaan</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>SetupFields</name>
    <message>
        <source>Set-up time in minutes, before the start</source>
        <translation>Opbouwtijd in minuten, voor het begin</translation>
    </message>
    <message>
        <source>Clean-up time in minutes, after the end</source>
        <translation>Afbouwtijd in minuten, na afloop</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>set-up</source>
        <translation>opbouw</translation>
    </message>
    <message>
        <source>clean-up</source>
        <translation>afbouw</translation>
    </message>
    <message>
        <source>The room is taken this long before and after the session, e.g. to set out the tables. It may lie outside the opening hours.</source>
        <translation>Zo lang is de ruimte voor en na de bijeenkomst bezet, bijvoorbeeld om de tafels neer te zetten. Dat mag buiten de openingstijden vallen.</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>Week %1: %2 to %3</source>
        <translation>Week %1: %2 tot en met %3</translation>
    </message>
    <message>
        <source>Made by housedesk on %1. Changes after that are not on it.</source>
        <translation>Gemaakt door housedesk op %1. Latere wijzigingen staan er niet op.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (vervalt)</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Gesloten: %1</translation>
    </message>
    <message>
        <source>The house is closed today: %1</source>
        <translation>Het huis is vandaag gesloten: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Nothing is planned for this day.</source>
        <translation>Op deze dag staat er niets op de agenda.</translation>
    </message>
    <message>
        <source>%1 is closed: %2</source>
        <translation>%1 is gesloten: %2</translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <source>New signal</source>
        <translation>Nieuw signaal</translation>
    </message>
    <message>
        <source>Edit signal</source>
        <translation>Signaal bewerken</translation>
    </message>
    <message>
        <source>The day residents brought it in; not in the future.</source>
        <translation>De dag waarop inwoners het meldden; niet in de toekomst.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>In a few words, e.g. lighting at the dog field</source>
        <translation>In een paar woorden, bijv. verlichting hondenveld</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>What residents said or asked for (optional).</source>
        <translation>Wat inwoners zeiden of vroegen (niet verplicht).</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>Type or choose; empty while not passed on</source>
        <translation>Typ of kies; leeg zolang het niet is doorgegeven</translation>
    </message>
    <message>
        <source>&amp;Passed to:</source>
        <translation>&amp;Doorgegeven aan:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>The text may be s&amp;hared with the municipality</source>
        <translation>De tekst mag gedeeld worden met de &amp;gemeente</translation>
    </message>
    <message>
        <source>The text may be shared with the municipality</source>
        <translation>De tekst mag gedeeld worden met de gemeente</translation>
    </message>
    <message>
        <source>Only then does the text go into the quarterly export. It must not contain names, addresses, phone numbers or other personal data.</source>
        <translation>Alleen dan gaat de tekst mee in de kwartaalexport. Er mogen geen namen, adressen, telefoonnummers of andere persoonsgegevens in staan.</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>neighbourhood worker</source>
        <translation>wijkwerker</translation>
    </message>
    <message>
        <source>housing corporation</source>
        <translation>woningcorporatie</translation>
    </message>
</context>
<context>
    <name>SignalsScreen</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Signals</source>
        <extracomment>Choices of the status filter: code, or &quot;open&quot; for everything not yet resolved.</extracomment>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>No signals registered yet.

When residents bring in a wish, a complaint, an idea or a concern (for example about lighting, traffic or the neighbourhood), press New (Ctrl+N) to write it down. Later you can mark it as passed on, and as resolved.</source>
        <translation>Er zijn nog geen signalen geregistreerd.

Komen inwoners met een wens, een klacht, een idee of een zorg (bijvoorbeeld over verlichting, verkeer of de buurt), klik dan op Nieuw (Ctrl+N) om het op te schrijven. Later kunt u het markeren als doorgegeven, en als afgehandeld.</translation>
    </message>
    <message>
        <source>Search theme, text or recipient (Ctrl+F)</source>
        <translation>Zoek in thema, tekst of ontvanger (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show signals with status</source>
        <translation>Signalen tonen met status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Not resolved yet</source>
        <translation>Nog niet afgehandeld</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Register a new signal (Ctrl+N)</source>
        <translation>Een nieuw signaal registreren (Ctrl+N)</translation>
    </message>
    <message>
        <source>Mark as passed &amp;on</source>
        <translation>Markeren als &amp;doorgegeven</translation>
    </message>
    <message>
        <source>The selected signal was passed on. If it does not say to whom, you are asked.</source>
        <translation>Het gekozen signaal is doorgegeven. Staat er niet bij aan wie, dan wordt dat gevraagd.</translation>
    </message>
    <message>
        <source>Mark as &amp;resolved</source>
        <translation>Markeren als &amp;afgehandeld</translation>
    </message>
    <message>
        <source>The selected signal has been dealt with.</source>
        <translation>Het gekozen signaal is afgehandeld.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Delete the selected signal (Del)</source>
        <translation>Het gekozen signaal verwijderen (Del)</translation>
    </message>
    <message>
        <source>What was just done</source>
        <translation>Wat er zojuist gedaan is</translation>
    </message>
    <message>
        <source>No signal matches the search and the filters.</source>
        <translation>Geen enkel signaal past bij de zoekterm en de filters.</translation>
    </message>
    <message>
        <source>Show &amp;all signals</source>
        <translation>&amp;Alle signalen tonen</translation>
    </message>
    <message>
        <source>Show all signals</source>
        <translation>Alle signalen tonen</translation>
    </message>
    <message>
        <source>“%1” is marked as passed on to %2.</source>
        <translation>“%1” is gemarkeerd als doorgegeven aan %2.</translation>
    </message>
    <message>
        <source>“%1” is marked as resolved.</source>
        <translation>“%1” is gemarkeerd als afgehandeld.</translation>
    </message>
    <message>
        <source>Delete signal</source>
        <translation>Signaal verwijderen</translation>
    </message>
    <message>
        <source>Delete the signal “%1” of %2?</source>
        <translation>Het signaal “%1” van %2 verwijderen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <source>Saved: “%1”.</source>
        <translation>Opgeslagen: “%1”.</translation>
    </message>
    <message>
        <source>Saved: “%1”. It is not in the list because of the filters.</source>
        <translation>Opgeslagen: “%1”. Het staat niet in de lijst door de filters.</translation>
    </message>
    <message>
        <source>Deleted: “%1”.</source>
        <translation>Verwijderd: “%1”.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>No backup today</source>
        <translation>Vandaag geen back-up</translation>
    </message>
    <message>
        <source>The daily backup could not be made. Your data is fine and you can work as usual, but make a backup by hand (File menu) when you can.

%1</source>
        <translation>De dagelijkse back-up kon niet worden gemaakt. Uw gegevens zijn in orde en u kunt gewoon werken, maar maak zodra het kan met de hand een back-up (menu Bestand).

%1</translation>
    </message>
    <message>
        <source>housedesk is already open</source>
        <extracomment>Exit statuses of the window process when it cannot start.</extracomment>
        <translation>housedesk is al geopend</translation>
    </message>
    <message>
        <source>housedesk cannot start</source>
        <translation>housedesk kan niet starten</translation>
    </message>
    <message>
        <source>The folder of the database is read-only (alleen-lezen), for example a CD or a protected stick:
%1

housedesk needs to write in it. Copy the database to a folder on this computer and open it there.</source>
        <translation>De map van de database is alleen-lezen, bijvoorbeeld een cd of een beveiligde stick:
%1

housedesk moet daarin kunnen schrijven. Kopieer de database naar een map op deze computer en open hem daar.</translation>
    </message>
    <message>
        <source>housedesk cannot write in the folder of its database:
%1

Check that the folder exists and that you may write in it.</source>
        <translation>housedesk kan niet schrijven in de map van zijn database:
%1

Controleer of de map bestaat en of u erin mag schrijven.</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>een andere computer</translation>
    </message>
    <message>
        <source>housedesk is already open on computer %1. Only one housedesk at a time can work with the same data, so that nothing gets lost.

Close housedesk there first.</source>
        <translation>housedesk is al geopend op computer %1. Er kan maar één housedesk tegelijk met dezelfde gegevens werken, zodat er niets verloren gaat.

Sluit housedesk daar eerst af.</translation>
    </message>
    <message>
        <source>housedesk is already open on computer %1, since %2. Only one housedesk at a time can work with the same data, so that nothing gets lost.

Close housedesk there first. If that computer was switched off or crashed, wait a moment and try again.</source>
        <translation>housedesk is al geopend op computer %1, sinds %2. Er kan maar één housedesk tegelijk met dezelfde gegevens werken, zodat er niets verloren gaat.

Sluit housedesk daar eerst af. Is die computer uitgezet of vastgelopen, wacht dan even en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
    <message>
        <source>The database of housedesk is damaged and there is no good backup in the backups folder next to it:
%1

housedesk does not open a damaged database, to keep it from getting worse. If you have a backup elsewhere (a USB stick), restore it with: housedesk restore FILE</source>
        <translation>De database van housedesk is beschadigd en er staat geen goede back-up in de map met back-ups ernaast:
%1

housedesk opent een beschadigde database niet, zodat het niet erger wordt. Hebt u ergens anders een back-up (een USB-stick), zet die dan terug met: housedesk restore BESTAND</translation>
    </message>
    <message>
        <source>The database of housedesk is damaged:
%1

housedesk does not open a damaged database, to keep it from getting worse. The newest good backup is:
%2

Put that backup back? The damaged database is kept beside it, so nothing is thrown away; what was entered after the backup has to be entered again.</source>
        <translation>De database van housedesk is beschadigd:
%1

housedesk opent een beschadigde database niet, zodat het niet erger wordt. De nieuwste goede back-up is:
%2

Die back-up terugzetten? De beschadigde database wordt ernaast bewaard, er gaat dus niets weg; wat na de back-up is ingevoerd, moet opnieuw worden ingevoerd.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>De back-up kon niet worden teruggezet</translation>
    </message>
</context>
<context>
    <name>TabList</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
</context>
<context>
    <name>Tallies</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Gecorrigeerd</translation>
    </message>
</context>
<context>
    <name>TalliesScreen</name>
    <message>
        <source>Tallies</source>
        <extracomment>The totals label shows the sums of the current filters.</extracomment>
        <translation>Tellingen</translation>
    </message>
    <message>
        <source>No held sessions in this period.

Choose another period above, or count sessions on the Today screen.</source>
        <translation>Geen gehouden bijeenkomsten in deze periode.

Kies hierboven een andere periode, of tel bijeenkomsten op het scherm Vandaag.</translation>
    </message>
    <message>
        <source>Search activity, user or room (Ctrl+F)</source>
        <translation>Zoek op activiteit, gebruiker of ruimte (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corrigeren…</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Kind of user</source>
        <translation>Soort gebruiker</translation>
    </message>
    <message>
        <source>All kinds of user</source>
        <translation>Alle soorten gebruikers</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alle doelgroepen</translation>
    </message>
    <message>
        <source>Only &amp;not counted</source>
        <translation>Alleen &amp;niet geteld</translation>
    </message>
    <message>
        <source>Only not counted</source>
        <translation>Alleen niet geteld</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Alle ruimtes</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Alle activiteiten</translation>
    </message>
    <message>
        <source>%1 sessions · %2 visitors · %3 volunteers · %4 not counted</source>
        <translation>%1 bijeenkomsten · %2 bezoekers · %3 vrijwilligers · %4 niet geteld</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>e.g. 19:30</source>
        <translation>bijv. 19:30</translation>
    </message>
    <message>
        <source>Type the time, e.g. 19:30, 19.30 or 1930, or pick one</source>
        <translation>Typ de tijd, bijv. 19:30, 19.30 of 1930, of kies er een</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <source>Agenda grid</source>
        <extracomment>Fill colour and pattern per nature of use: told apart by pattern in black and white too. The width of the times of day left of the lanes, when the time runs down. Lanes stand side by side only when each can be this many characters wide. However small the letters, a lane side by side is at least this wide. How many lines of text a lane holds when the lanes lie as rows. A free slot was chosen: room id, date, start and end minutes. A session was clicked.</extracomment>
        <translation>Agendaraster</translation>
    </message>
    <message>
        <source>The sessions drawn per room and day; the list below holds the same sessions.</source>
        <translation>De bijeenkomsten getekend per ruimte en dag; de lijst eronder bevat dezelfde bijeenkomsten.</translation>
    </message>
    <message>
        <source>No rooms yet. Add the house&apos;s rooms first (screen Rooms).</source>
        <extracomment>Whether the lanes lie as rows (the time across) rather than side by side. The quarters marked by a click, or being dragged over (while ``_pressed``).</extracomment>
        <translation>Nog geen ruimtes. Voeg eerst de ruimtes van het huis toe (scherm Ruimtes).</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Gesloten: %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (vandaag)</translation>
    </message>
    <message>
        <source>Room taken %1 (set-up and clean-up)</source>
        <translation>Ruimte bezet %1 (met op- en afbouw)</translation>
    </message>
</context>
<context>
    <name>TimesField</name>
    <message>
        <source>Usual start time</source>
        <extracomment>Widest a column gets when sized to its contents; longer text is cut off with &quot;…&quot;. Wide enough that the field messages mostly fit on one line.</extracomment>
        <translation>Gebruikelijke begintijd</translation>
    </message>
    <message>
        <source>e.g. 09:30</source>
        <translation>bijv. 09:30</translation>
    </message>
    <message>
        <source>Usual end time</source>
        <translation>Gebruikelijke eindtijd</translation>
    </message>
    <message>
        <source>e.g. 11:30</source>
        <translation>bijv. 11:30</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>A count was saved (&quot;&quot;) or refused (the Dutch message). The last problem a save ran into (shown under the table by the screen).</extracomment>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>niet geteld</translation>
    </message>
    <message>
        <source>Held, not counted</source>
        <translation>Gehouden, niet geteld</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Type the number of visitors and press Enter: it is saved at once and the cursor goes to the next session. Tab goes to the volunteers. Leave a field empty if nobody counted (that is not the same as 0).</source>
        <translation>Typ het aantal bezoekers en druk op Enter: het wordt meteen opgeslagen en de cursor gaat naar de volgende bijeenkomst. Met Tab gaat u naar de vrijwilligers. Laat een veld leeg als niemand heeft geteld (dat is niet hetzelfde als 0).</translation>
    </message>
    <message>
        <source>Sessions to count</source>
        <translation>Bijeenkomsten om te tellen</translation>
    </message>
    <message>
        <source>There are no sessions today, and nothing from earlier days is waiting to be counted.

Sessions are planned in the Agenda. A walk-in that was not in the agenda can be added here with “Session without booking”.</source>
        <translation>Er zijn vandaag geen bijeenkomsten, en van eerdere dagen hoeft niets meer geteld te worden.

Bijeenkomsten worden gepland in de Agenda. Een inloop die niet in de agenda stond, voegt u hier toe met “Bijeenkomst zonder reservering”.</translation>
    </message>
    <message>
        <source>Did &amp;not take place (F8)</source>
        <translation>&amp;Niet doorgegaan (F8)</translation>
    </message>
    <message>
        <source>Mark the selected session as not taken place; it says so when it cannot</source>
        <translation>Markeer de gekozen bijeenkomst als niet doorgegaan; als dat niet kan, staat er waarom</translation>
    </message>
    <message>
        <source>&amp;Door counter…</source>
        <translation>&amp;Turfteller…</translation>
    </message>
    <message>
        <source>Count people at the door, with large buttons; every press is saved</source>
        <translation>Mensen tellen bij de deur, met grote knoppen; elke druk wordt opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Session without booking…</source>
        <translation>Bijeenkomst &amp;zonder reservering…</translation>
    </message>
    <message>
        <source>Record a session that took place but was not in the agenda (Ctrl+N)</source>
        <translation>Een bijeenkomst vastleggen die wel plaatsvond maar niet in de agenda stond (Ctrl+N)</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <source>This session is already marked as not taken place.</source>
        <translation>Deze bijeenkomst staat al als niet doorgegaan.</translation>
    </message>
    <message>
        <source>This session has a count, so it took place. To mark it as not taken place, first empty its count (Delete).</source>
        <translation>Deze bijeenkomst heeft een telling, dus hij is doorgegaan. Om hem als niet doorgegaan te markeren, maakt u eerst de telling leeg (Delete).</translation>
    </message>
    <message>
        <source>Did not take place</source>
        <translation>Niet doorgegaan</translation>
    </message>
    <message>
        <source>“%1” marked as not taken place. Ctrl+Z takes it back.</source>
        <translation>“%1” gemarkeerd als niet doorgegaan. Ctrl+Z maakt het ongedaan.</translation>
    </message>
    <message>
        <source>Taken back.</source>
        <translation>Ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Saved: “%1”.</source>
        <translation>Opgeslagen: “%1”.</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>bezoekers</translation>
    </message>
    <message>
        <source>volunteers</source>
        <translation>vrijwilligers</translation>
    </message>
    <message>
        <source>The %1 of “%2” emptied: not counted. Ctrl+Z puts %3 back.</source>
        <translation>De %1 van “%2” leeggemaakt: niet geteld. Ctrl+Z zet %3 terug.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>TouchedDialog</name>
    <message>
        <source>Sessions in the agenda then</source>
        <translation>Bijeenkomsten die dan gepland staan</translation>
    </message>
    <message>
        <source>Sessions touched</source>
        <translation>Bijeenkomsten die het raakt</translation>
    </message>
    <message>
        <source>C&amp;ancel the selected</source>
        <translation>Gekozen a&amp;nnuleren</translation>
    </message>
    <message>
        <source>Cancel the selected sessions with the reason “%1”</source>
        <translation>De gekozen bijeenkomsten annuleren met de reden “%1”</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verplaatsen…</translation>
    </message>
    <message>
        <source>Another date, room or time for the selected session</source>
        <translation>Een andere datum, ruimte of tijd voor de gekozen bijeenkomst</translation>
    </message>
    <message>
        <source>&amp;Keep the selected</source>
        <translation>Gekozen laten &amp;staan</translation>
    </message>
    <message>
        <source>Leave the selected sessions as they are planned</source>
        <translation>De gekozen bijeenkomsten laten staan zoals ze gepland zijn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Back to the form, nothing saved</source>
        <translation>Terug naar het formulier, niets opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>%1 is open %2 at other hours (%3), and %n planned session(s) fall outside them. Choose what happens to them: select one or more and cancel them (with the reason “%4”), move them or keep them. Nothing is saved until you press Save.</source>
        <translation>
            <numerusform>%1 is %2 open op andere tijden (%3), en %n geplande bijeenkomst valt daarbuiten. Kies wat ermee gebeurt: kies er een of meer en annuleer ze (met de reden “%4”), verplaats ze of laat ze staan. Er wordt niets opgeslagen voordat u op Opslaan drukt.</numerusform>
            <numerusform>%1 is %2 open op andere tijden (%3), en %n geplande bijeenkomsten vallen daarbuiten. Kies wat ermee gebeurt: kies er een of meer en annuleer ze (met de reden “%4”), verplaats ze of laat ze staan. Er wordt niets opgeslagen voordat u op Opslaan drukt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With the new opening hours of %1, %n planned session(s) fall outside them. Choose what happens to them: select one or more and cancel them, move them or keep them. Nothing is saved until you press Save.</source>
        <translation>
            <numerusform>Met de nieuwe openingstijden van %1 valt %n geplande bijeenkomst erbuiten. Kies wat ermee gebeurt: kies er een of meer en annuleer ze, verplaats ze of laat ze staan. Er wordt niets opgeslagen voordat u op Opslaan drukt.</numerusform>
            <numerusform>Met de nieuwe openingstijden van %1 vallen %n geplande bijeenkomsten erbuiten. Kies wat ermee gebeurt: kies er een of meer en annuleer ze, verplaats ze of laat ze staan. Er wordt niets opgeslagen voordat u op Opslaan drukt.</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>op %1</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>van %1 tot en met %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is closed %2 (“%3”), but %n session(s) are planned then. Choose what happens to them: select one or more and cancel them (with the reason “%3”), move them or keep them. Nothing is saved until you press Save.</source>
        <translation>
            <numerusform>%1 is gesloten %2 (“%3”), maar dan staat er %n bijeenkomst gepland. Kies wat ermee gebeurt: kies er een of meer en annuleer ze (met de reden “%3”), verplaats ze of laat ze staan. Er wordt niets opgeslagen voordat u op Opslaan drukt.</numerusform>
            <numerusform>%1 is gesloten %2 (“%3”), maar dan staan er %n bijeenkomsten gepland. Kies wat ermee gebeurt: kies er een of meer en annuleer ze (met de reden “%3”), verplaats ze of laat ze staan. Er wordt niets opgeslagen voordat u op Opslaan drukt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel (“%1”)</source>
        <translation>Annuleren (“%1”)</translation>
    </message>
    <message>
        <source>Keep as planned</source>
        <translation>Laten staan</translation>
    </message>
    <message>
        <source>Move to %1, %2, %3</source>
        <translation>Verplaatsen naar %1, %2, %3</translation>
    </message>
    <message>
        <source>To cancel: %1 · to move: %2 · to keep: %3</source>
        <translation>Annuleren: %1 · verplaatsen: %2 · laten staan: %3</translation>
    </message>
</context>
<context>
    <name>UnconfirmedDialog</name>
    <message>
        <source>Sessions to confirm</source>
        <translation>Te bevestigen bijeenkomsten</translation>
    </message>
    <message>
        <source>These sessions are in the past but still planned. Did they take place? Select them and mark them as held; open one (Enter) to cancel it with a reason.</source>
        <translation>Deze bijeenkomsten liggen in het verleden maar staan nog gepland. Zijn ze doorgegaan? Kies ze en markeer ze als gehouden; open er een (Enter) om die met een reden te annuleren.</translation>
    </message>
    <message>
        <source>Mark selected as &amp;held</source>
        <translation>Gekozen als &amp;gehouden markeren</translation>
    </message>
    <message>
        <source>Mark selected as held</source>
        <translation>Gekozen als gehouden markeren</translation>
    </message>
    <message>
        <source>Mark &amp;all as held</source>
        <translation>&amp;Alle als gehouden markeren</translation>
    </message>
    <message>
        <source>Mark all as held</source>
        <translation>Alle als gehouden markeren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Nieuwe gebruiker</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Gebruiker bewerken</translation>
    </message>
    <message>
        <source>e.g. KBO Berghem, Repair Café, Fam. Jansen</source>
        <translation>bijv. KBO Berghem, Repair Café, Fam. Jansen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Choose what kind of user this is</source>
        <translation>Kies wat voor gebruiker dit is</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Comes &amp;from:</source>
        <translation>Komt &amp;uit:</translation>
    </message>
    <message>
        <source>Uses a room of the house permanently</source>
        <translation>Gebruikt vast een ruimte van het huis</translation>
    </message>
    <message>
        <source>Fixed &amp;tenant:</source>
        <translation>Vaste &amp;huurder:</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Personal data: these details stay in the house and are never exported.</source>
        <translation>Persoonsgegevens: deze gegevens blijven in het huis en worden nooit geëxporteerd.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;am:</translation>
    </message>
    <message>
        <source>Contact person&apos;s name</source>
        <translation>Naam van de contactpersoon</translation>
    </message>
    <message>
        <source>e.g. 06-12345678, 0412-123456, +49 2821 123456 or 14 0412</source>
        <translation>bijv. 06-12345678, 0412-123456, +49 2821 123456 of 14 0412</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone number</source>
        <translation>Telefoonnummer van de contactpersoon</translation>
    </message>
    <message>
        <source>e.g. secretaris@vereniging.nl</source>
        <translation>bijv. secretaris@vereniging.nl</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-ma&amp;il:</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail address</source>
        <translation>E-mailadres van de contactpersoon</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Not&amp;ities:</translation>
    </message>
</context>
<context>
    <name>UserList</name>
    <message>
        <source>Users</source>
        <extracomment>A new activity for this user (id) was asked for. The activities of this user (id) were asked for.</extracomment>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>No users yet. A user is a group or person that uses the house: an association, a residents&apos; initiative, a care organisation, a school, a family renting a room.

Press New (Ctrl+N) to add the first one; then add what it does here with New activity.</source>
        <translation>Nog geen gebruikers. Een gebruiker is een groep of persoon die het huis gebruikt: een vereniging, een inwonersinitiatief, een zorgorganisatie, een school, een familie die een zaal huurt.

Klik op Nieuw (Ctrl+N) om de eerste toe te voegen; voeg daarna met Nieuwe activiteit toe wat die hier doet.</translation>
    </message>
    <message>
        <source>Search by name, kind, contact… (Ctrl+F)</source>
        <translation>Zoek op naam, soort, contactpersoon… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Show only this kind</source>
        <translation>Alleen deze soort tonen</translation>
    </message>
    <message>
        <source>New a&amp;ctivity</source>
        <translation>Nieuwe a&amp;ctiviteit</translation>
    </message>
    <message>
        <source>Add an activity of the selected user</source>
        <translation>Een activiteit van de gekozen gebruiker toevoegen</translation>
    </message>
    <message>
        <source>Show act&amp;ivities</source>
        <translation>Act&amp;iviteiten tonen</translation>
    </message>
    <message>
        <source>List the activities of the selected user</source>
        <translation>De activiteiten van de gekozen gebruiker tonen</translation>
    </message>
    <message>
        <source>Archive %1 and its activities?

They are no longer offered in the agenda; their history stays in the reports. You can bring them back later with &apos;Show archived&apos;.</source>
        <translation>%1 en de activiteiten ervan archiveren?

Ze worden niet meer aangeboden in de agenda; hun geschiedenis blijft in de overzichten. U kunt ze later terughalen via &apos;Toon gearchiveerde&apos;.</translation>
    </message>
    <message>
        <source>Delete %1 and its %2 activities?

Nothing has been booked for them yet. This cannot be undone.</source>
        <translation>%1 en de %2 activiteiten ervan verwijderen?

Er is nog niets voor geboekt. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete %1?

This cannot be undone.</source>
        <translation>%1 verwijderen?

Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
    <message>
        <source>%1 current, %2 archived</source>
        <translation>%1 actueel, %2 gearchiveerd</translation>
    </message>
    <message>
        <source>The groups and people that use the house, their contact persons, and what they do here.</source>
        <translation>De groepen en mensen die het huis gebruiken, hun contactpersonen, en wat ze hier doen.</translation>
    </message>
    <message>
        <source>Users and activities</source>
        <translation>Gebruikers en activiteiten</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Gebruikers</translation>
    </message>
    <message>
        <source>Ac&amp;tivities</source>
        <translation>Ac&amp;tiviteiten</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Session without booking</source>
        <translation>Bijeenkomst zonder reservering</translation>
    </message>
    <message>
        <source>Choose the activity</source>
        <translation>Kies de activiteit</translation>
    </message>
    <message>
        <source>Choose the room</source>
        <translation>Kies de ruimte</translation>
    </message>
    <message>
        <source>e.g. 14:00</source>
        <translation>bijv. 14:00</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>e.g. 16:00</source>
        <translation>bijv. 16:00</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Activiteit:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Ruimte:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>&amp;Tijden:</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Tijden</translation>
    </message>
    <message>
        <source>&amp;Visitors:</source>
        <translation>&amp;Bezoekers:</translation>
    </message>
    <message>
        <source>V&amp;olunteers:</source>
        <translation>V&amp;rijwilligers:</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <source>first</source>
        <translation>eerste</translation>
    </message>
    <message>
        <source>second</source>
        <translation>tweede</translation>
    </message>
    <message>
        <source>third</source>
        <translation>derde</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierde</translation>
    </message>
    <message>
        <source>last</source>
        <translation>laatste</translation>
    </message>
    <message>
        <source>the %1 %2 of the month</source>
        <translation>de %1 %2 van de maand</translation>
    </message>
    <message>
        <source>every week on %1</source>
        <translation>elke week op %1</translation>
    </message>
    <message>
        <source>every %1 weeks on %2</source>
        <translation>om de %1 weken op %2</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, tot en met %2</translation>
    </message>
    <message>
        <source>%1, %2 times</source>
        <translation>%1, %2 keer</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>Oppervlakte (m²)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Date in the series</source>
        <translation>Datum in de reeks</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Wat ermee is gebeurd</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>The room last chosen in &quot;Rooms:&quot;, kept for the next start: one room&apos;s week reads best.</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Passed to</source>
        <translation>Doorgegeven aan</translation>
    </message>
    <message>
        <source>Share text</source>
        <translation>Tekst delen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Komt uit</translation>
    </message>
    <message>
        <source>Fixed tenant</source>
        <translation>Vaste huurder</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>Toegankelijk</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Gebruiksaard</translation>
    </message>
    <message>
        <source>Time and room</source>
        <translation>Tijd en ruimte</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Doelgroepen</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Enter the code the municipality gave.</source>
        <translation>Vul de code in die de gemeente heeft gegeven.</translation>
    </message>
    <message>
        <source>A house code holds only the letters A to Z (no accents), digits and &apos;-&apos;, 2 to 12 of them, as the municipality gave it; not: {wrong}</source>
        <translation>Een huiscode bestaat alleen uit de letters A tot en met Z (zonder accenten), cijfers en &apos;-&apos;, 2 tot 12 tekens, zoals de gemeente hem gaf; niet: {wrong}</translation>
    </message>
    <message>
        <source>A house code has 2 to 12 characters: letters A-Z, digits and &apos;-&apos;; this one has {count}.</source>
        <translation>Een huiscode heeft 2 tot 12 tekens: letters A-Z, cijfers en &apos;-&apos;; deze heeft er {count}.</translation>
    </message>
    <message>
        <source>Enter the house&apos;s name.</source>
        <translation>Vul de naam van het huis in.</translation>
    </message>
    <message>
        <source>Enter the village or neighbourhood.</source>
        <translation>Vul de kern of wijk in.</translation>
    </message>
    <message>
        <source>This database already belongs to a house.</source>
        <translation>Deze database hoort al bij een huis.</translation>
    </message>
    <message>
        <source>This room no longer exists.</source>
        <extracomment>An opening interval: (opens, closes) in minutes after midnight. Facilities offered as tick boxes; anything else can be typed. Stored as written here. The names of ``COMMON_FACILITIES`` in the English interface; what a house typed in itself is shown as typed. The reason of the closure that keeps the days a room was out of use out of the figures. Sessions named when taking a room out of use is refused because of them.</extracomment>
        <translation>Deze ruimte bestaat niet meer.</translation>
    </message>
    <message>
        <source>Enter how many people fit in the room.</source>
        <translation>Vul in hoeveel mensen er in de ruimte passen.</translation>
    </message>
    <message>
        <source>Enter the capacity as a whole number of people from 1 to {max}, e.g. 40.</source>
        <translation>Vul de capaciteit in als een heel aantal personen van 1 tot en met {max}, bijv. 40.</translation>
    </message>
    <message>
        <source>The capacity must be at least 1 (and at most {max}).</source>
        <translation>De capaciteit moet minstens 1 zijn (en hoogstens {max}).</translation>
    </message>
    <message>
        <source>The capacity can be at most {max}.</source>
        <translation>De capaciteit kan hoogstens {max} zijn.</translation>
    </message>
    <message>
        <source>Enter the area as a number of square metres, e.g. 65 or 65,5.</source>
        <translation>Vul de oppervlakte in als een aantal vierkante meters, bijv. 65 of 65,5.</translation>
    </message>
    <message>
        <source>The area must be more than 0 m².</source>
        <translation>De oppervlakte moet meer dan 0 m² zijn.</translation>
    </message>
    <message>
        <source>Enter the room&apos;s name.</source>
        <translation>Vul de naam van de ruimte in.</translation>
    </message>
    <message>
        <source>A room&apos;s name can be at most {max} characters.</source>
        <translation>De naam van een ruimte mag hoogstens {max} tekens zijn.</translation>
    </message>
    <message>
        <source>There is already a room called {name}.</source>
        <translation>Er is al een ruimte met de naam {name}.</translation>
    </message>
    <message>
        <source>A facility can be at most {max} characters: {facility}</source>
        <translation>Een voorziening mag hoogstens {max} tekens zijn: {facility}</translation>
    </message>
    <message>
        <source>The room was already used on {day:%d-%m-%Y}: it was in service from that day at the latest.</source>
        <translation>De ruimte is op {day:%d-%m-%Y} al gebruikt: ze was uiterlijk vanaf die dag in gebruik.</translation>
    </message>
    <message>
        <source>The room was only taken into use on {day:%d-%m-%Y}; choose that day or a later one.</source>
        <translation>De ruimte is pas op {day:%d-%m-%Y} in gebruik genomen; kies die dag of een latere.</translation>
    </message>
    <message>
        <source>Choose today or an earlier day. A room that will close later is taken out of use on that day.</source>
        <translation>Kies vandaag of een eerdere dag. Een ruimte die later dichtgaat, zet u op die dag buiten gebruik.</translation>
    </message>
    <message>
        <source>{name} still has {count} held or planned sessions on or after {day:%d-%m-%Y}:
{sessions}
Move them to another room or cancel them in the Agenda first, or choose a later day.</source>
        <translation>{name} heeft op of na {day:%d-%m-%Y} nog {count} gehouden of geplande bijeenkomsten:
{sessions}
Verplaats ze eerst in de Agenda naar een andere ruimte of annuleer ze, of kies een latere dag.</translation>
    </message>
    <message>
        <source>{name} has sessions in the agenda or in its history, so it cannot be deleted. Make it inactive instead: it keeps its history but is no longer offered for new bookings.</source>
        <translation>{name} heeft bijeenkomsten in de agenda of in de geschiedenis en kan daarom niet worden verwijderd. Zet de ruimte in plaats daarvan op inactief: ze houdt haar geschiedenis, maar wordt niet meer aangeboden voor nieuwe reserveringen.</translation>
    </message>
    <message>
        <source>The opening time must be before 24:00.</source>
        <translation>De openingstijd moet voor 24:00 liggen.</translation>
    </message>
    <message>
        <source>The closing time must be after the opening time (after midnight: until 04:00 at the latest).</source>
        <translation>De sluitingstijd moet na de openingstijd liggen (na middernacht: uiterlijk tot 04:00).</translation>
    </message>
    <message>
        <source>Enter both an opening and a closing time.</source>
        <translation>Vul zowel een openings- als een sluitingstijd in.</translation>
    </message>
    <message>
        <source>Enter the first day of these hours.</source>
        <translation>Vul de eerste dag van deze tijden in.</translation>
    </message>
    <message>
        <source>Enter the last day of these hours.</source>
        <translation>Vul de laatste dag van deze tijden in.</translation>
    </message>
    <message>
        <source>These days overlap with other hours from {first:%d-%m-%Y} to {last:%d-%m-%Y} ({hours}). One day has one set of hours: change that one instead.</source>
        <translation>Deze dagen overlappen met afwijkende tijden van {first:%d-%m-%Y} tot en met {last:%d-%m-%Y} ({hours}). Een dag heeft één set tijden: pas die liever aan.</translation>
    </message>
    <message>
        <source>Closed on these days (“{reason}”): a closing day stays closed, whatever the hours. Change or delete the closing days first.</source>
        <translation>Op deze dagen is het gesloten (“{reason}”): een sluitingsdag blijft gesloten, welke tijden er ook gelden. Wijzig of verwijder eerst de sluitingsdagen.</translation>
    </message>
    <message>
        <source>These other hours no longer exist.</source>
        <translation>Deze afwijkende openingstijden bestaan niet meer.</translation>
    </message>
    <message>
        <source>Write times as hours and minutes, e.g. 08:30.</source>
        <translation>Schrijf tijden als uren en minuten, bijv. 08:30.</translation>
    </message>
    <message>
        <source>These times overlap with {other}.</source>
        <translation>Deze tijden overlappen met {other}.</translation>
    </message>
    <message>
        <source>Enter at least one opening time, or choose closed all day.</source>
        <translation>Vul minstens één openingstijd in, of kies de hele dag gesloten.</translation>
    </message>
    <message>
        <source>Enter the first day of the closure.</source>
        <translation>Vul de eerste sluitingsdag in.</translation>
    </message>
    <message>
        <source>Enter the last day of the closure.</source>
        <translation>Vul de laatste sluitingsdag in.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>De laatste dag kan niet voor de eerste dag liggen.</translation>
    </message>
    <message>
        <source>Enter the reason, e.g. summer closure or maintenance.</source>
        <translation>Vul de reden in, bijv. zomersluiting of onderhoud.</translation>
    </message>
    <message>
        <source>The reason can be at most {max} characters.</source>
        <translation>De reden mag hoogstens {max} tekens zijn.</translation>
    </message>
    <message>
        <source>These days overlap with the closure “{reason}” from {first:%d-%m-%Y} to {last:%d-%m-%Y}. Change that one instead.</source>
        <translation>Deze dagen overlappen met de sluiting “{reason}” van {first:%d-%m-%Y} tot en met {last:%d-%m-%Y}. Pas die in plaats daarvan aan.</translation>
    </message>
    <message>
        <source>This closure no longer exists.</source>
        <translation>Deze sluiting bestaat niet meer.</translation>
    </message>
    <message>
        <source>Tick at least one public holiday.</source>
        <extracomment>The languages the holiday names come in: the interface&apos;s language → the calendar&apos;s.</extracomment>
        <translation>Vink minstens één feestdag aan.</translation>
    </message>
    <message>
        <source>{day:%d-%m-%Y} is not a public holiday.</source>
        <translation>{day:%d-%m-%Y} is geen feestdag.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Vul de datum in.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>De datum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Choose the kind of signal.</source>
        <translation>Kies de soort signaal.</translation>
    </message>
    <message>
        <source>Enter the theme: in a few words, what it is about.</source>
        <translation>Vul het thema in: in een paar woorden waar het over gaat.</translation>
    </message>
    <message>
        <source>The theme can be at most {max} characters long.</source>
        <translation>Het thema mag hoogstens {max} tekens lang zijn.</translation>
    </message>
    <message>
        <source>This can be at most {max} characters long.</source>
        <translation>Dit mag hoogstens {max} tekens lang zijn.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Kies een status.</translation>
    </message>
    <message>
        <source>The text seems to contain an e-mail address or phone number. Remove it, or do not share the text with the municipality.</source>
        <translation>De tekst lijkt een e-mailadres of telefoonnummer te bevatten. Haal het weg, of deel de tekst niet met de gemeente.</translation>
    </message>
    <message>
        <source>This signal no longer exists; someone may have deleted it.</source>
        <translation>Dit signaal bestaat niet meer; misschien heeft iemand het verwijderd.</translation>
    </message>
    <message>
        <source>Use at most {count} characters.</source>
        <extracomment>More usual visitors than this is a typing mistake, not a session.</extracomment>
        <translation>Gebruik hoogstens {count} tekens.</translation>
    </message>
    <message>
        <source>Enter the name of the user or group.</source>
        <translation>Vul de naam van de gebruiker of groep in.</translation>
    </message>
    <message>
        <source>Choose the kind of user.</source>
        <translation>Kies de soort gebruiker.</translation>
    </message>
    <message>
        <source>Choose where the user comes from.</source>
        <translation>Kies waar de gebruiker vandaan komt.</translation>
    </message>
    <message>
        <source>Write one phone number, e.g. 06-12345678 or 0412-123456; from abroad with + and the country code (+49 2821 123456); the municipality&apos;s as 14 0412.</source>
        <translation>Schrijf één telefoonnummer, bijv. 06-12345678 of 0412-123456; uit het buitenland met + en de landcode (+49 2821 123456); dat van de gemeente als 14 0412.</translation>
    </message>
    <message>
        <source>Write an e-mail address like name@example.nl, without spaces.</source>
        <translation>Schrijf een e-mailadres zoals naam@voorbeeld.nl, zonder spaties.</translation>
    </message>
    <message>
        <source>There is already an archived user called {name}. Tick &apos;Show archived&apos; and bring it back instead.</source>
        <translation>Er is al een gearchiveerde gebruiker met de naam {name}. Vink &apos;Toon gearchiveerde&apos; aan en haal die terug.</translation>
    </message>
    <message>
        <source>There is already a user called {name}.</source>
        <translation>Er is al een gebruiker met de naam {name}.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Deze gebruiker bestaat niet meer.</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>Deze activiteit bestaat niet meer.</translation>
    </message>
    <message>
        <source>{name} has sessions in the agenda, so it cannot be deleted. Archive it instead.</source>
        <translation>{name} heeft bijeenkomsten in de agenda en kan daarom niet worden verwijderd. Archiveer het in plaats daarvan.</translation>
    </message>
    <message>
        <source>Choose the user (group) this activity belongs to.</source>
        <translation>Kies de gebruiker (groep) van wie deze activiteit is.</translation>
    </message>
    <message>
        <source>{name} is archived. Bring it back first, or choose another user.</source>
        <translation>{name} is gearchiveerd. Haal die eerst terug, of kies een andere gebruiker.</translation>
    </message>
    <message>
        <source>Tick at least one target group.</source>
        <translation>Vink minstens één doelgroep aan.</translation>
    </message>
    <message>
        <source>Choose the nature of use.</source>
        <translation>Kies de gebruiksaard.</translation>
    </message>
    <message>
        <source>Choose a room that is in use, or no room.</source>
        <translation>Kies een ruimte die in gebruik is, of geen ruimte.</translation>
    </message>
    <message>
        <source>Write times as HH:MM, e.g. 09:30.</source>
        <translation>Schrijf tijden als UU:MM, bijv. 09:30.</translation>
    </message>
    <message>
        <source>Fill in both the start and the end time, or neither.</source>
        <translation>Vul zowel de begin- als de eindtijd in, of geen van beide.</translation>
    </message>
    <message>
        <source>{visitors} visitors is more than {room} holds ({capacity}). Is the number right?</source>
        <translation>{visitors} bezoekers is meer dan er in {room} passen ({capacity}). Klopt het aantal?</translation>
    </message>
    <message>
        <source>The counter stops at {limit} visitors, the most that one session can count.</source>
        <translation>De teller stopt bij {limit} bezoekers, het hoogste aantal dat één bijeenkomst kan tellen.</translation>
    </message>
    <message>
        <source>This session was cancelled; a cancelled session has no count.</source>
        <translation>Deze bijeenkomst is geannuleerd; een geannuleerde bijeenkomst heeft geen telling.</translation>
    </message>
    <message>
        <source>This session is still to come; count it on the day itself.</source>
        <translation>Deze bijeenkomst moet nog komen; tel haar op de dag zelf.</translation>
    </message>
    <message>
        <source>{date:%d-%m-%Y}: the room is taken by {detail}.</source>
        <translation>{date:%d-%m-%Y}: de ruimte is bezet door {detail}.</translation>
    </message>
    <message>
        <source>{date:%d-%m-%Y}: the room is taken by {detail}, with set-up and clean-up {blocked}.</source>
        <translation>{date:%d-%m-%Y}: de ruimte is bezet door {detail}, met op- en afbouw {blocked}.</translation>
    </message>
    <message>
        <source>{date:%d-%m-%Y}: closed ({detail}).</source>
        <translation>{date:%d-%m-%Y}: gesloten ({detail}).</translation>
    </message>
    <message>
        <source>{date:%d-%m-%Y}: outside the opening hours.</source>
        <translation>{date:%d-%m-%Y}: buiten de openingstijden.</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Deze bijeenkomst bestaat niet meer.</translation>
    </message>
    <message>
        <source>This series no longer exists.</source>
        <translation>Deze reeks bestaat niet meer.</translation>
    </message>
    <message>
        <source>Enter a time.</source>
        <translation>Vul een tijd in.</translation>
    </message>
    <message>
        <source>Write the time as 9:30 or 19.45.</source>
        <translation>Schrijf de tijd als 9:30 of 19.45.</translation>
    </message>
    <message>
        <source>Choose a quarter hour (:00, :15, :30, :45).</source>
        <translation>Kies een kwartier (:00, :15, :30, :45).</translation>
    </message>
    <message>
        <source>Choose an activity.</source>
        <translation>Kies een activiteit.</translation>
    </message>
    <message>
        <source>Choose a room.</source>
        <translation>Kies een ruimte.</translation>
    </message>
    <message>
        <source>This room is no longer in use.</source>
        <translation>Deze ruimte is niet meer in gebruik.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Vul een datum in.</translation>
    </message>
    <message>
        <source>{room} holds {capacity} people; {activity} usually has {visitors} visitors.</source>
        <translation>In {room} passen {capacity} mensen; {activity} heeft meestal {visitors} bezoekers.</translation>
    </message>
    <message>
        <source>This series has no dates; check the days and end.</source>
        <translation>Deze reeks heeft geen data; controleer de dagen en het einde.</translation>
    </message>
    <message>
        <source>The period of {day:%d-%m-%Y} has been approved by the board. Reopen it on the Export screen to change it.</source>
        <translation>De periode van {day:%d-%m-%Y} is vastgesteld door het bestuur. Heropen haar op het scherm Export om dit te wijzigen.</translation>
    </message>
    <message>
        <source>Only a planned session can be changed or skipped.</source>
        <translation>Alleen een geplande bijeenkomst kan worden gewijzigd of overgeslagen.</translation>
    </message>
    <message>
        <source>Only a session of a series can be skipped; cancel this one instead.</source>
        <translation>Alleen een bijeenkomst van een reeks kan worden overgeslagen; annuleer deze in plaats daarvan.</translation>
    </message>
    <message>
        <source>{day:%d-%m-%Y} is already as the series says; nothing to put back.</source>
        <translation>{day:%d-%m-%Y} is al zoals de reeks zegt; er is niets terug te zetten.</translation>
    </message>
    <message>
        <source>{day:%d-%m-%Y} is no longer a date of this series (it was changed since).</source>
        <translation>{day:%d-%m-%Y} is geen datum van deze reeks meer (de reeks is sindsdien gewijzigd).</translation>
    </message>
    <message>
        <source>A session of a series is skipped, not removed.</source>
        <translation>Een bijeenkomst van een reeks wordt overgeslagen, niet verwijderd.</translation>
    </message>
    <message>
        <source>This session is not part of a series.</source>
        <translation>Deze bijeenkomst hoort niet bij een reeks.</translation>
    </message>
    <message>
        <source>This series has no dates left from {day:%d-%m-%Y}.</source>
        <translation>Deze reeks heeft vanaf {day:%d-%m-%Y} geen data meer.</translation>
    </message>
    <message>
        <source>Only the sessions of a weekly series can move to another date together. Move this one on its own, or change how the series repeats.</source>
        <translation>Alleen de bijeenkomsten van een wekelijkse reeks kunnen samen naar een andere datum. Verplaats deze los, of verander de herhaling van de reeks.</translation>
    </message>
    <message>
        <source>A session can only be marked held on or after its day.</source>
        <translation>Een bijeenkomst kan pas op of na de dag zelf als gehouden worden gemarkeerd.</translation>
    </message>
    <message>
        <source>Say why it was cancelled.</source>
        <translation>Geef aan waarom het is geannuleerd.</translation>
    </message>
    <message>
        <source>{date:%d-%m-%Y}: outside the opening hours. On {weekday} the house is open from {opens} to {closes}.</source>
        <translation>{date:%d-%m-%Y}: buiten de openingstijden. Op {weekday} is het huis open van {opens} tot {closes}.</translation>
    </message>
    <message>
        <source>{date:%d-%m-%Y}: outside the opening hours. On {weekday} the house is open {spans}.</source>
        <translation>{date:%d-%m-%Y}: buiten de openingstijden. Op {weekday} is het huis open {spans}.</translation>
    </message>
    <message>
        <source>{date:%d-%m-%Y}: outside the opening hours. On {weekday} the house is closed.</source>
        <translation>{date:%d-%m-%Y}: buiten de openingstijden. Op {weekday} is het huis gesloten.</translation>
    </message>
    <message>
        <source>{date:%d-%m-%Y}: outside the opening hours. On {weekday} {room} is open from {opens} to {closes}.</source>
        <translation>{date:%d-%m-%Y}: buiten de openingstijden. Op {weekday} is {room} open van {opens} tot {closes}.</translation>
    </message>
    <message>
        <source>{date:%d-%m-%Y}: outside the opening hours. On {weekday} {room} is open {spans}.</source>
        <translation>{date:%d-%m-%Y}: buiten de openingstijden. Op {weekday} is {room} open {spans}.</translation>
    </message>
    <message>
        <source>{date:%d-%m-%Y}: outside the opening hours. On {weekday} {room} is closed.</source>
        <translation>{date:%d-%m-%Y}: buiten de openingstijden. Op {weekday} is {room} gesloten.</translation>
    </message>
    <message>
        <source>{date:%d-%m-%Y}: outside the opening hours. That day the house is open from {opens} to {closes} (other hours than usual).</source>
        <translation>{date:%d-%m-%Y}: buiten de openingstijden. Die dag is het huis open van {opens} tot {closes} (afwijkende openingstijden).</translation>
    </message>
    <message>
        <source>{date:%d-%m-%Y}: outside the opening hours. That day {room} is open from {opens} to {closes} (other hours than usual).</source>
        <translation>{date:%d-%m-%Y}: buiten de openingstijden. Die dag is {room} open van {opens} tot {closes} (afwijkende openingstijden).</translation>
    </message>
    <message>
        <source>A session starts before midnight; 00:00 is the next day&apos;s start.</source>
        <translation>Een bijeenkomst begint voor middernacht; 00:00 is het begin van de volgende dag.</translation>
    </message>
    <message>
        <source>The end must be after the start. A session may go on after midnight until 04:00: then the end is the next morning&apos;s time, e.g. 00:30.</source>
        <translation>Het einde moet na het begin liggen. Een bijeenkomst mag na middernacht doorgaan tot 04:00: vul dan de tijd van de nacht in, bijv. 00:30.</translation>
    </message>
    <message>
        <source>Set-up and clean-up take from 0 to {max} minutes (four hours) each.</source>
        <translation>Opbouw en afbouw duren elk 0 tot {max} minuten (vier uur).</translation>
    </message>
    <message>
        <source>None of the {count} dates of this series can be booked, so nothing was saved. Choose another room, other times or other days.</source>
        <translation>Geen van de {count} data van deze reeks kan worden gereserveerd, dus er is niets opgeslagen. Kies een andere ruimte, andere tijden of andere dagen.</translation>
    </message>
    <message>
        <source>Keep the reason under {max} characters.</source>
        <translation>Houd de reden onder de {max} tekens.</translation>
    </message>
    <message>
        <source>This session has a count; remove the count first.</source>
        <translation>Deze bijeenkomst heeft een telling; haal de telling eerst weg.</translation>
    </message>
    <message>
        <source>Choose the activity that took place.</source>
        <extracomment>Rows in one page of the tallies list. SQLite steps between two calls of a long query&apos;s ``progress``.</extracomment>
        <translation>Kies de activiteit die plaatsvond.</translation>
    </message>
    <message>
        <source>Choose the room.</source>
        <translation>Kies de ruimte.</translation>
    </message>
    <message>
        <source>A session that took place cannot be in the future.</source>
        <translation>Een bijeenkomst die plaatsvond, kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Write the times as HH:MM, e.g. 09:30.</source>
        <translation>Schrijf de tijden als UU:MM, bijv. 09:30.</translation>
    </message>
    <message>
        <source>{room} was booked then for {activity}. If that did not take place, mark it so on the Today screen first.</source>
        <translation>{room} was toen gereserveerd voor {activity}. Is dat niet doorgegaan, markeer het dan eerst zo op het scherm Vandaag.</translation>
    </message>
    <message>
        <source>Enter a whole number of visitors (0 to {max}), or leave it empty.</source>
        <translation>Vul een heel aantal bezoekers in (0 tot {max}), of laat het leeg.</translation>
    </message>
    <message>
        <source>{user} already has an archived activity called {name}. Tick &apos;Show archived&apos; and bring it back instead.</source>
        <translation>{user} heeft al een gearchiveerde activiteit met de naam {name}. Vink &apos;Toon gearchiveerde&apos; aan en haal die terug.</translation>
    </message>
    <message>
        <source>{user} already has an activity called {name}.</source>
        <translation>{user} heeft al een activiteit met de naam {name}.</translation>
    </message>
    <message>
        <source>Enter the name of the activity.</source>
        <translation>Vul de naam van de activiteit in.</translation>
    </message>
    <message>
        <source>Choose the type of activity.</source>
        <translation>Kies het type activiteit.</translation>
    </message>
    <message>
        <source>Choose how open the activity is.</source>
        <translation>Kies hoe toegankelijk de activiteit is.</translation>
    </message>
    <message>
        <source>The remarks hold {what} ({found}), and they go to the municipality: no personal data leave the house. Remove it, then approve or export.</source>
        <translation>De toelichting bevat {what} ({found}) en gaat naar de gemeente: persoonsgegevens gaan het huis niet uit. Haal het weg, en stel dan vast of exporteer.</translation>
    </message>
    <message>
        <source>Enter the number of active volunteers.</source>
        <extracomment>Sanity limits on the counts; a house has dozens of volunteers, not thousands.</extracomment>
        <translation>Vul het aantal actieve vrijwilligers in.</translation>
    </message>
    <message>
        <source>Enter the number of board members.</source>
        <translation>Vul het aantal bestuursleden in.</translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to {max}.</source>
        <translation>Vul een heel getal in van 0 tot en met {max}.</translation>
    </message>
    <message>
        <source>That is more than {max}; check the number.</source>
        <translation>Dat is meer dan {max}; controleer het getal.</translation>
    </message>
    <message>
        <source>The remarks can be at most {max} characters; they are {length} now. Shorten them.</source>
        <translation>De toelichting mag hoogstens {max} tekens lang zijn; nu zijn het er {length}. Maak haar korter.</translation>
    </message>
    <message>
        <source>{period} has been approved by the board. Reopen it on the Export screen to change its counts or remarks.</source>
        <translation>{period} is vastgesteld door het bestuur. Heropen de periode op het scherm Export om de aantallen of de toelichting te wijzigen.</translation>
    </message>
    <message>
        <source>The note can be at most {max} characters.</source>
        <translation>De toelichting mag hoogstens {max} tekens zijn.</translation>
    </message>
    <message>
        <source>{period} has not ended yet; it can be approved from {day:%d-%m-%Y}.</source>
        <translation>{period} is nog niet afgelopen; vaststellen kan vanaf {day:%d-%m-%Y}.</translation>
    </message>
    <message>
        <source>{period} has already been approved.</source>
        <translation>{period} is al vastgesteld.</translation>
    </message>
    <message>
        <source>Enter why the period is reopened, e.g. a wrong count.</source>
        <translation>Vul in waarom de periode wordt heropend, bijv. een verkeerde telling.</translation>
    </message>
    <message>
        <source>{period} was approved quarter by quarter; reopen the quarter to correct.</source>
        <translation>{period} is per kwartaal vastgesteld; heropen het kwartaal om te corrigeren.</translation>
    </message>
    <message>
        <source>The whole year {year} was approved; reopen the year to correct.</source>
        <translation>Het hele jaar {year} is vastgesteld; heropen het jaar om te corrigeren.</translation>
    </message>
    <message>
        <source>{period} is not approved, so it is open already.</source>
        <translation>{period} is niet vastgesteld en staat dus al open.</translation>
    </message>
    <message>
        <source>This database has no house yet, so there is nothing to export. Set up the house first.</source>
        <extracomment>The longest text a cell can hold. Rows written between two progress reports. ``progress(done, total)``: ``done`` of ``total`` steps are done (``total`` 0: not known yet). What the file&apos;s columns mean that are not one of the figures (those are DEFINITIONS).</extracomment>
        <translation>Deze database heeft nog geen huis, dus er valt niets te exporteren. Stel eerst het huis in.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Kon {path} niet schrijven: {reason}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>Tick at least one day.</source>
        <extracomment>RFC 5545 weekday names, Monday first (as ``datetime.date.weekday()``). A series may run at most this long: further ahead nobody plans a room.</extracomment>
        <translation>Vink minstens één dag aan.</translation>
    </message>
    <message>
        <source>Repeat every 1 to {max} weeks or months.</source>
        <translation>Herhaal elke 1 tot {max} weken of maanden.</translation>
    </message>
    <message>
        <source>Choose the first, second, third, fourth or last.</source>
        <translation>Kies de eerste, tweede, derde, vierde of laatste.</translation>
    </message>
    <message>
        <source>Choose one day of the week.</source>
        <translation>Kies één dag van de week.</translation>
    </message>
    <message>
        <source>Say until when the series runs, or how many times.</source>
        <translation>Geef aan tot wanneer de reeks loopt, of hoe vaak.</translation>
    </message>
    <message>
        <source>The last date is before the first date.</source>
        <translation>De laatste datum ligt voor de eerste datum.</translation>
    </message>
    <message>
        <source>A series runs at most {years} years.</source>
        <translation>Een reeks loopt hoogstens {years} jaar.</translation>
    </message>
    <message>
        <source>Repeat 1 to {max} times.</source>
        <translation>Herhaal 1 tot {max} keer.</translation>
    </message>
    <message>
        <source>{code} is not a house code (2 to 12 characters A-Z, 0-9 and -).</source>
        <extracomment>Columns added since a table was first made, with their definition: added when missing. Added columns never raise ``SCHEMA_VERSION``, so an older housedesk still opens the file. The export was counted in an earlier run (&quot;al eerder gelezen&quot;).</extracomment>
        <translation>{code} is geen huiscode (2 tot 12 tekens A-Z, 0-9 en -).</translation>
    </message>
    <message>
        <source>The house {code} is in the list twice.</source>
        <translation>Het huis {code} staat twee keer in de lijst.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Vul een naam in.</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <extracomment>How many pre-upgrade, pre-restore and damaged copies ``rotate`` keeps, per kind. A ``.partial`` file older than this was left by a copy that never finished. Pages copied per step of a copy that reports its progress (4 MB of 4 KB pages). SQLite virtual machine steps between two progress reports during a check. ``progress(done, total)``: ``done`` of ``total`` steps are done (``total`` 0: not known). The end of the name of a backup&apos;s copy of the import history (instead of ``.sqlite3``).</extracomment>
        <translation>{path} bestaat niet</translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation>de map {path} bestaat niet</translation>
    </message>
    <message>
        <source>{path} is not a database file</source>
        <translation>{path} is geen databasebestand</translation>
    </message>
    <message>
        <source>{path} is a database of another program, not of housedesk</source>
        <translation>{path} is een database van een ander programma, niet van housedesk</translation>
    </message>
    <message>
        <source>{path} is damaged: {detail}</source>
        <translation>{path} is beschadigd: {detail}</translation>
    </message>
    <message>
        <source>could not write a copy to {path}: {detail}</source>
        <translation>er kon geen kopie worden geschreven naar {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot lock {path}: {detail}</source>
        <extracomment>The most a reader reads of the lock file: well before ``LOCK_OFFSET``. The holder removes the file while it still holds the lock, so that nobody can take a lock on a file that is about to disappear. Windows refuses to remove a file that is open: the holder closes it first. How long a refused instance waits for the holder to finish writing its JSON.</extracomment>
        <translation>{path} kan niet worden vergrendeld: {detail}</translation>
    </message>
    <message>
        <source>cannot lock {path}: its lock file is a link or has other names; housedesk does not touch it (remove it by hand if it is not needed)</source>
        <translation>{path} kan niet worden vergrendeld: het slotbestand is een koppeling of heeft nog andere namen; housedesk raakt het niet aan (verwijder het zelf als het niet nodig is)</translation>
    </message>
    <message>
        <source>{path} is not a {detail} file: give a name ending in {detail}</source>
        <extracomment>Leftovers younger than this may belong to a write still running in another process.</extracomment>
        <translation>{path} is geen {detail}-bestand: geef een naam die eindigt op {detail}</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the file</source>
        <translation>{path} is een map: geef de naam van het bestand</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>de map {folder} bestaat niet</translation>
    </message>
    <message>
        <source>{path} is a database or belongs to one; housedesk never writes over it</source>
        <translation>{path} is een database of hoort bij een database; housedesk schrijft daar nooit overheen</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name, or replace it (--force)</source>
        <translation>{path} bestaat al; kies een andere naam, of vervang het (--force)</translation>
    </message>
    <message>
        <source>cannot write {path}: {detail}</source>
        <translation>{path} kan niet worden geschreven: {detail}</translation>
    </message>
    <message>
        <source>{path} was not written: the file came out incomplete ({detail})</source>
        <translation>{path} is niet geschreven: het bestand is onvolledig uitgevallen ({detail})</translation>
    </message>
    <message>
        <source>{path} cannot be the name of a file on Windows (names such as CON, PRN, AUX, NUL, COM1 and LPT1 are taken, and a name may not hold &lt; &gt; : | ? * or end in a dot or a space); choose another name</source>
        <translation>{path} kan op Windows niet de naam van een bestand zijn (namen als CON, PRN, AUX, NUL, COM1 en LPT1 zijn bezet, en een naam mag geen &lt; &gt; : | ? * bevatten en niet op een punt of spatie eindigen); kies een andere naam</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a copy of it</source>
        <translation>{path} is de database zelf, geen kopie ervan</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be restored ({detail})</source>
        <translation>{path} is beschadigd en kan niet worden teruggezet ({detail})</translation>
    </message>
    <message>
        <source>{path} holds no housedesk data</source>
        <translation>{path} bevat geen gegevens van housedesk</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of housedesk (schema {detail}); update housedesk first</source>
        <translation>{path} is gemaakt door een nieuwere versie van housedesk (schema {detail}); werk housedesk eerst bij</translation>
    </message>
    <message>
        <source>{path} is still open; close it before restoring</source>
        <translation>{path} is nog geopend; sluit het eerst voordat u terugzet</translation>
    </message>
    <message>
        <source>restoring to {path} failed: {detail}</source>
        <translation>terugzetten naar {path} is mislukt: {detail}</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {detail}</source>
        <translation>{path} kan niet worden geopend: {detail}</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>een e-mailadres</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>een telefoonnummer</translation>
    </message>
    <message>
        <source>a name with a title</source>
        <translation>een naam met aanhef</translation>
    </message>
    <message>
        <source>a street and house number</source>
        <translation>een straat met huisnummer</translation>
    </message>
    <message>
        <source>a postcode</source>
        <translation>een postcode</translation>
    </message>
    <message>
        <source>The house&apos;s name &apos;{text}&apos;: {what}; remove it before you export.</source>
        <translation>Naam van het huis &apos;{text}&apos;: {what}; haal het weg voordat u exporteert.</translation>
    </message>
    <message>
        <source>The house&apos;s village &apos;{text}&apos;: {what}; remove it before you export.</source>
        <translation>Kern of wijk van het huis &apos;{text}&apos;: {what}; haal het weg voordat u exporteert.</translation>
    </message>
    <message>
        <source>Room {code} &apos;{text}&apos;: {what}; remove it before you export.</source>
        <translation>Ruimte {code} &apos;{text}&apos;: {what}; haal het weg voordat u exporteert.</translation>
    </message>
    <message>
        <source>Activity {code} &apos;{text}&apos;: {what}; remove it before you export.</source>
        <translation>Activiteit {code} &apos;{text}&apos;: {what}; haal het weg voordat u exporteert.</translation>
    </message>
    <message>
        <source>The theme of the signal of {date:%d-%m-%Y} &apos;{text}&apos;: {what}; remove it before you export.</source>
        <translation>Thema van het signaal van {date:%d-%m-%Y} &apos;{text}&apos;: {what}; haal het weg voordat u exporteert.</translation>
    </message>
    <message>
        <source>The text of the signal of {date:%d-%m-%Y} &apos;{theme}&apos;: {what} ({found}); remove it before you export.</source>
        <translation>Tekst van het signaal van {date:%d-%m-%Y} &apos;{theme}&apos;: {what} ({found}); haal het weg voordat u exporteert.</translation>
    </message>
    <message>
        <source>The board&apos;s remarks: {what} ({found}); remove it before you export.</source>
        <translation>Opmerkingen van het bestuur: {what} ({found}); haal het weg voordat u exporteert.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; looks as if it holds {what} ({found}): check that nobody can be recognised before it leaves the house.</source>
        <translation>&apos;{text}&apos; lijkt {what} te bevatten ({found}): controleer dat niemand te herkennen is voordat het het huis verlaat.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <source>Enter a date, e.g. {example:%d-%m-%Y}.</source>
        <translation>Vul een datum in, bijv. {example:%d-%m-%Y}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date as written here: day, month and year, e.g. {example:%d-%m-%Y} or {example.day} {month} {example.year}.</source>
        <translation>&apos;{text}&apos; is geen datum zoals we die hier schrijven: dag, maand en jaar, bijv. {example:%d-%m-%Y} of {example.day} {month} {example.year}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not complete: which month? E.g. {example:%d-%m-%Y}.</source>
        <translation>&apos;{text}&apos; is niet compleet: welke maand? Bijv. {example:%d-%m-%Y}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not complete: which day of the month?</source>
        <translation>&apos;{text}&apos; is niet compleet: welke dag van de maand?</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not complete: write the year in full (2027) or as two digits (27).</source>
        <translation>&apos;{text}&apos; is niet compleet: schrijf het jaar helemaal (2027) of met twee cijfers (27).</translation>
    </message>
    <message>
        <source>There is no month {month}: the months go from 1 to 12.</source>
        <translation>Er is geen maand {month}: de maanden lopen van 1 tot en met 12.</translation>
    </message>
    <message>
        <source>{text} does not exist: {month} {year} has {days} days.</source>
        <translation>{text} bestaat niet: {month} {year} heeft {days} dagen.</translation>
    </message>
    <message>
        <source>{text} does not exist: {month} has at most {days} days.</source>
        <translation>{text} bestaat niet: {month} heeft hoogstens {days} dagen.</translation>
    </message>
    <message>
        <source>{date:%d-%m-%Y} is a {weekday}, not a {typed}. Which of the two did you mean?</source>
        <translation>{date:%d-%m-%Y} is een {weekday}, geen {typed}. Welke van de twee bedoelt u?</translation>
    </message>
    <message>
        <source>The year {year} is out of reach here.</source>
        <translation>Het jaar {year} kan hier niet.</translation>
    </message>
    <message>
        <source>{date:%d-%m-%Y} is too early here: the first date possible is {first:%d-%m-%Y}.</source>
        <translation>{date:%d-%m-%Y} is hier te vroeg: de eerste mogelijke datum is {first:%d-%m-%Y}.</translation>
    </message>
    <message>
        <source>{date:%d-%m-%Y} is too late here: the last date possible is {last:%d-%m-%Y}.</source>
        <translation>{date:%d-%m-%Y} is hier te laat: de laatste mogelijke datum is {last:%d-%m-%Y}.</translation>
    </message>
    <message>
        <source>{date:%d-%m-%Y} is still to come: here only dates up to today ({last:%d-%m-%Y}).</source>
        <translation>{date:%d-%m-%Y} moet nog komen: hier alleen datums tot en met vandaag ({last:%d-%m-%Y}).</translation>
    </message>
    <message>
        <source>Enter a whole number from {least} to {most}.</source>
        <translation>Vul een heel getal in van {least} tot en met {most}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number: enter one from {least} to {most}.</source>
        <translation>&apos;{text}&apos; is geen heel getal: vul er een in van {least} tot en met {most}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number: enter one from {least} to {most}, or leave it empty.</source>
        <translation>&apos;{text}&apos; is geen heel getal: vul er een in van {least} tot en met {most}, of laat het leeg.</translation>
    </message>
    <message>
        <source>{text} is less than {least}: enter a whole number from {least} to {most}.</source>
        <translation>{text} is minder dan {least}: vul een heel getal in van {least} tot en met {most}.</translation>
    </message>
    <message>
        <source>{text} is less than {least}: enter a whole number from {least} to {most}, or leave it empty.</source>
        <translation>{text} is minder dan {least}: vul een heel getal in van {least} tot en met {most}, of laat het leeg.</translation>
    </message>
    <message>
        <source>{text} is more than {most}, the most there can be here: check the number.</source>
        <translation>{text} is meer dan {most}, het hoogste dat hier kan: controleer het getal.</translation>
    </message>
    <message>
        <source>Enter a time, e.g. 19:30.</source>
        <translation>Vul een tijd in, bijv. 19:30.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time as written here: e.g. 19:30, 19.30 or 1930.</source>
        <translation>&apos;{text}&apos; is geen tijd zoals we die hier schrijven: bijv. 19:30, 19.30 of 1930.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not complete: write the minutes with two digits, e.g. {hours}:05.</source>
        <translation>&apos;{text}&apos; is niet compleet: schrijf de minuten met twee cijfers, bijv. {hours}:05.</translation>
    </message>
    <message>
        <source>There is no hour {hours}: the hours go from 0 to 23.</source>
        <translation>Er is geen uur {hours}: de uren lopen van 0 tot en met 23.</translation>
    </message>
    <message>
        <source>There is no minute {minutes}: the minutes go from 00 to 59.</source>
        <translation>Er is geen minuut {minutes}: de minuten lopen van 00 tot en met 59.</translation>
    </message>
    <message>
        <source>24:00 is the end of a day; a day starts at 00:00.</source>
        <translation>24:00 is het einde van een dag; een dag begint om 00:00.</translation>
    </message>
    <message>
        <source>{text} is past the end of the day: the latest time is 24:00.</source>
        <translation>{text} ligt na het einde van de dag: de laatste tijd is 24:00.</translation>
    </message>
    <message>
        <source>{time} is too early here: the earliest time is {first}.</source>
        <translation>{time} is hier te vroeg: de vroegste tijd is {first}.</translation>
    </message>
    <message>
        <source>{time} is too late here: the latest time is {last}.</source>
        <translation>{time} is hier te laat: de laatste tijd is {last}.</translation>
    </message>
    <message>
        <source>{activity} on {day:%d-%m-%Y} in {room} cannot be moved:</source>
        <translation>{activity} op {day:%d-%m-%Y} in {room} kan niet worden verplaatst:</translation>
    </message>
    <message>
        <source>{activity} on {day:%d-%m-%Y} in {room} cannot be cancelled:</source>
        <translation>{activity} op {day:%d-%m-%Y} in {room} kan niet worden geannuleerd:</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Only a whole number from %1 to %2 can be typed here: the last key was not taken in.</source>
        <translation>Hier kan alleen een heel getal van %1 tot en met %2 staan: de laatste toets is niet overgenomen.</translation>
    </message>
    <message>
        <source>At most %1 characters: what was typed after that was not taken in.</source>
        <translation>Hoogstens %1 tekens: wat daarna getypt is, is niet overgenomen.</translation>
    </message>
    <message>
        <source>That character cannot be typed here.</source>
        <translation>Dat teken kan hier niet getypt worden.</translation>
    </message>
</context>
<context>
    <name>rooms</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Yes, since %1</source>
        <translation>Ja, sinds %1</translation>
    </message>
    <message>
        <source>No, since %1</source>
        <translation>Nee, sinds %1</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
    <message>
        <source>Whole house</source>
        <translation>Hele huis</translation>
    </message>
    <message>
        <source>%1 (until after midnight)</source>
        <translation>%1 (tot na middernacht)</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source>Today</source>
        <extracomment>&quot;module:Class&quot; of the screen&apos;s widget, built with the database when first shown. The PC it belongs on: the house&apos;s screens are not the municipality&apos;s, and the other way.</extracomment>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Today&apos;s sessions, and the visitor counts still to be entered.</source>
        <translation>De bijeenkomsten van vandaag, en de bezoekersaantallen die nog ingevuld moeten worden.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Bookings and recurring series per room, with conflicts and closures.</source>
        <translation>Reserveringen en terugkerende reeksen per ruimte, met conflicten en sluitingsdagen.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Ruimtes</translation>
    </message>
    <message>
        <source>Rooms, opening hours, other hours and closing days.</source>
        <translation>Ruimtes, openingstijden, afwijkende openingstijden en sluitingsdagen.</translation>
    </message>
    <message>
        <source>Users &amp; activities</source>
        <translation>Gebruikers &amp; activiteiten</translation>
    </message>
    <message>
        <source>The groups that use the house, their contact persons and their activities.</source>
        <translation>De groepen die het huis gebruiken, hun contactpersonen en hun activiteiten.</translation>
    </message>
    <message>
        <source>Tallies</source>
        <translation>Tellingen</translation>
    </message>
    <message>
        <source>Every held session with its visitor count, and corrections.</source>
        <translation>Elke gehouden bijeenkomst met het aantal bezoekers, en correcties.</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Wishes, complaints, ideas and concerns from residents.</source>
        <translation>Wensen, klachten, ideeën en zorgen van inwoners.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>How the house is used, for the board&apos;s meeting, with a printable report.</source>
        <translation>Hoe het huis gebruikt wordt, voor de bestuursvergadering, met een verslag om te printen.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Approving a quarter or year, and exporting it for the municipality.</source>
        <translation>Een kwartaal of jaar vaststellen en exporteren voor de gemeente.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Reading the quarterly files of all houses and adding them up.</source>
        <translation>De kwartaalbestanden van alle huizen inlezen en optellen.</translation>
    </message>
</context>
</TS>
