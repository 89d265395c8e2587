<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>FieldError</name>
    <message>
        <source>Error message</source>
        <translation>Foutmelding</translation>
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
        <extracomment>The user chose another interface language (&quot;nl&quot; or &quot;en&quot;).</extracomment>
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
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About housedesk</source>
        <translation>&amp;Over housedesk</translation>
    </message>
    <message>
        <source>About housedesk</source>
        <translation>Over housedesk</translation>
    </message>
    <message>
        <source>housedesk %1

The register of a community house: rooms, users, activities, bookings and visitor counts, and the quarterly exchange with the municipality.

Database: %2</source>
        <translation>housedesk %1

De registratie van een gemeenschapshuis: ruimtes, gebruikers, activiteiten, reserveringen en bezoekersaantallen, en de kwartaaluitwisseling met de gemeente.

Database: %2</translation>
    </message>
</context>
<context>
    <name>UnbuiltScreen</name>
    <message>
        <source>This part of housedesk is not built yet. It comes in a next version.</source>
        <translation>Dit onderdeel van housedesk is nog niet gebouwd. Het komt in een volgende versie.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Enter the code the municipality gave.</source>
        <translation>Vul de code in die de gemeente heeft gegeven.</translation>
    </message>
    <message>
        <source>A house code has 2 to 12 characters: letters A-Z, digits and &apos;-&apos;.</source>
        <translation>Een huiscode heeft 2 tot 12 tekens: letters A-Z, cijfers en &apos;-&apos;.</translation>
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
</context>
<context>
    <name>screens</name>
    <message>
        <source>Users registered: {}</source>
        <extracomment>&quot;module:Class&quot; of the screen&apos;s widget, built with the database when first shown.</extracomment>
        <translation>Geregistreerde gebruikers: {}</translation>
    </message>
    <message>
        <source>Activities registered: {}</source>
        <translation>Geregistreerde activiteiten: {}</translation>
    </message>
    <message>
        <source>Today</source>
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
        <source>Sessions registered: {}</source>
        <translation>Geregistreerde bijeenkomsten: {}</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Ruimtes</translation>
    </message>
    <message>
        <source>Rooms, opening hours and closing days.</source>
        <translation>Ruimtes, openingstijden en sluitingsdagen.</translation>
    </message>
    <message>
        <source>Rooms registered: {}</source>
        <translation>Geregistreerde ruimtes: {}</translation>
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
        <source>Signals registered: {}</source>
        <translation>Geregistreerde signalen: {}</translation>
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
