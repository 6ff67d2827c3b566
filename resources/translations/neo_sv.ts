<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AccessAction</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+363"/>
        <source>Read</source>
        <translation>Läsning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Sökning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Skapande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Radering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Utdrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymise</source>
        <translation>Anonymisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation>Misslyckad inloggning</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/dialogs.py" line="+234"/>
        <source>Action item</source>
        <translation>Åtgärdspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is to be done</source>
        <translation>Vad ska göras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner (staff)</source>
        <translation>Ansvarig (medarbetare)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Or owner by name</source>
        <translation>Eller ansvarig med namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda item</source>
        <translation>Punkt på dagordningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the action item a due date</source>
        <translation>Ge åtgärdspunkten ett slutdatum</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-72"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Struken</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/editor_tabs.py" line="+364"/>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Action item</source>
        <translation>Åtgärdspunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree an action…</source>
        <translation>Besluta en åtgärdspunkt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel it</source>
        <translation>Stryk den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open again</source>
        <translation>Öppna igen</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-141"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internship</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network group</source>
        <translation>Nätverksgrupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentoring</source>
        <translation>Mentorskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CV and applications</source>
        <translation>CV och ansökningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview training</source>
        <translation>Intervjuträning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other activity</source>
        <translation>Annan aktivitet</translation>
    </message>
</context>
<context>
    <name>AdministrationView</name>
    <message>
        <location filename="../../neo_desktop/ui/views/administration.py" line="+100"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The partnership&apos;s set-up: partner organisations, projects, staff accounts and their roles, the lists the forms offer, plan templates, and the retention of personal data.</source>
        <translation>Partnerskapets uppsättning: partnerorganisationer, projekt, personalkonton och deras roller, listorna som formulären erbjuder, planmallar och lagring av personuppgifter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference lists</source>
        <translation>Referenslistor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan templates</source>
        <translation>Planmallar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection</source>
        <translation>Dataskydd</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/dialogs.py" line="-87"/>
        <source>Agenda item</source>
        <translation>Punkt på dagordningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter</source>
        <translation>Föredragande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes allotted</source>
        <translation>Avsatta minuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked file or record</source>
        <translation>Kopplad fil eller post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file path or web address</source>
        <translation>En sökväg eller webbadress</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/editor_tabs.py" line="-260"/>
        <source>({minutes} min.)</source>
        <translation>({minutes} min.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Carried over from an open action item</source>
        <translation>Överförd från en öppen åtgärdspunkt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose an agenda item to write its minutes.</source>
        <translation>Välj en punkt på dagordningen för att skriva protokoll för den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presenter: {name}</source>
        <translation>Föredragande: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company: {name}</source>
        <translation>Arbetsgivare: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target: {name}</source>
        <translation>Mål: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked: {link}</source>
        <translation>Kopplad: {link}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Add item…</source>
        <translation>Lägg till punkt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in open actions</source>
        <translation>Hämta öppna åtgärdspunkter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save minutes</source>
        <translation>Spara protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the group&apos;s open action items that are not on the agenda yet at its end</source>
        <translation>Lägg gruppens öppna åtgärdspunkter som inte finns på dagordningen än sist på den</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was said and agreed under this item</source>
        <translation>Vad som sades och beslutades under den här punkten</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/dialogs.py" line="+150"/>
        <source>The plan has been loaded again. Go through the changes with the young person before you record the agreement.</source>
        <translation>Planen har lästs in igen. Gå igenom ändringarna med ungdomen innan du registrerar överenskommelsen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record agreement</source>
        <translation>Registrera överenskommelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that {name} agreed to version {number} of the plan as it is now. Version {number} is then locked; later changes start version {next}, which needs a new agreement.</source>
        <translation>Registrera att {name} har godkänt version {number} av planen så som den ser ut nu. Version {number} låses då; senare ändringar startar version {next}, som kräver en ny överenskommelse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Agreed on:</source>
        <translation>&amp;Överenskommen den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How:</source>
        <translation>&amp;Hur:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record agreement</source>
        <translation>&amp;Registrera överenskommelse</translation>
    </message>
</context>
<context>
    <name>AgreementMethod</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+24"/>
        <source>Signed on paper</source>
        <translation>Undertecknad på papper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a meeting</source>
        <translation>På ett möte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digitally</source>
        <translation>Digitalt</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <location line="+153"/>
        <source>Caseload</source>
        <translation>Ärendelista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <translation>Handlingsplaner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access log</source>
        <translation>Åtkomstlogg</translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
    <message>
        <location line="-61"/>
        <source>Invited</source>
        <translation>Inbjuden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent apologies</source>
        <translation>Lämnade återbud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/editor_tabs.py" line="+30"/>
        <source>Guest</source>
        <translation>Gäst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} young people are invited; their attendance is recorded in the caseload.</source>
        <translation>{count} ungdomar är inbjudna; deras närvaro registreras i ärendelistan.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save attendance</source>
        <translation>Spara närvaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A guest&apos;s name</source>
        <translation>En gästs namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add guest</source>
        <translation>Lägg till gäst</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../neo_desktop/ui/views/audit.py" line="+132"/>
        <source>Export the access log</source>
        <translation>Exportera åtkomstloggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting the access log…</source>
        <translation>Exporterar åtkomstloggen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verifying…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The workbook could not be saved there ({reason}). Choose another folder.</source>
        <translation>Arbetsboken kunde inte sparas där ({reason}). Välj en annan mapp.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entries exported: {count}, to {path}</source>
        <translation>Poster exporterade: {count}, till {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chain is intact: all {count} entries are as they were written.</source>
        <translation>Kedjan är intakt: alla {count} poster är som de skrevs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry {entry} was changed after it was written: its contents no longer match its hash. {count} entries before it are intact.</source>
        <translation>Post {entry} har ändrats efter att den skrevs: innehållet stämmer inte längre med dess hash. De {count} posterna före den är intakta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry {entry} does not follow the entry before it: an entry was removed, inserted or edited. {count} entries before it are intact.</source>
        <translation>Post {entry} följer inte posten före den: en post har tagits bort, lagts till eller ändrats. De {count} posterna före den är intakta.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Access log</source>
        <translation>Åtkomstlogg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every read, search, change, export and anonymisation of personal data, and every sign-in, with time, user, person and purpose. Your searches here are logged too. The newest {count} matching entries are shown; the export holds them all.</source>
        <translation>Varje läsning, sökning, ändring, export och anonymisering av personuppgifter och varje inloggning, med tid, användare, person och syfte. Dina sökningar här loggas också. De senaste {count} posterna som matchar visas; exporten innehåller alla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Person no.:</source>
        <translation>&amp;Person nr:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Action:</source>
        <translation>&amp;Handling:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any day</source>
        <translation>alla dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login name</source>
        <translation>användarnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>&amp;Rensa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exportera till Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Kontrollera kedjan</translation>
    </message>
</context>
<context>
    <name>BackgroundForm</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/background_form.py" line="+82"/>
        <source>Highest &amp;education:</source>
        <translation>Högsta &amp;utbildning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labour-market status:</source>
        <translation>&amp;Ställning på arbetsmarknaden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unemployed since:</source>
        <translation>&amp;Arbetslös sedan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Foreign background:</source>
        <translation>&amp;Utländsk bakgrund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Third-country national:</source>
        <translation>&amp;Tredjelandsmedborgare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Homeless or in housing exclusion:</source>
        <translation>&amp;Hemlös eller utestängd från bostad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives in a &amp;rural area:</source>
        <translation>Bor på &amp;landsbygden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a &amp;disability:</source>
        <translation>Har en &amp;funktionsnedsättning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belongs to a &amp;minority:</source>
        <translation>Tillhör en &amp;minoritet:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Special-category data (GDPR Art. 9): record it only with the young person&apos;s consent.</source>
        <translation>Känsliga uppgifter (GDPR art. 9): registrera dem bara med ungdomens samtycke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{mark} Special-category data (GDPR Art. 9). Ask the young person and record the answer only with their consent; &quot;Not stated&quot; is always allowed.</source>
        <translation>{mark} Känsliga uppgifter (GDPR art. 9). Fråga ungdomen och registrera svaret bara med samtycke; &quot;Ej angivet&quot; går alltid bra.</translation>
    </message>
</context>
<context>
    <name>BarrierDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/item_forms.py" line="+251"/>
        <source>Edit barrier</source>
        <translation>Redigera hinder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New barrier</source>
        <translation>Nytt hinder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What stands in the way. Mark health, social and other private matters as sensitive: they stay in the program and are never printed on the plan.</source>
        <translation>Det som står i vägen. Markera hälsa, sociala förhållanden och andra privata frågor som känsliga: de stannar i programmet och skrivs aldrig ut på planen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sensitive:</source>
        <translation>Känsligt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sensitive – seen by staff only, never printed</source>
        <translation>&amp;Känsligt – bara för personalen, skrivs aldrig ut</translation>
    </message>
</context>
<context>
    <name>BarrierKind</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-113"/>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Sociala förhållanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>Resor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Childcare</source>
        <translation>Barnomsorg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/openings_board.py" line="+66"/>
        <source>from {date}</source>
        <translation>från {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{taken} of {places} taken</source>
        <translation>{taken} av {places} tillsatta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the newest {shown} shown</source>
        <translation>de senaste {shown} visas</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../neo_desktop/ui/caseload/list_model.py" line="+135"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identity number</source>
        <translation>Person-/CPR-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since contact</source>
        <translation>Dagar utan kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue steps</source>
        <translation>Försenade delmål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
</context>
<context>
    <name>CaseloadScope</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-70"/>
        <source>My caseload</source>
        <translation>Min ärendelista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My team</source>
        <translation>Mitt team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My organisation</source>
        <translation>Min organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A project</source>
        <translation>Ett projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone I may see</source>
        <translation>Alla jag får se</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../../neo_desktop/ui/views/caseload.py" line="+86"/>
        <location line="+32"/>
        <source>&amp;Today ({count})</source>
        <translation>&amp;I dag ({count})</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Caseload</source>
        <translation>Ärendelista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What needs doing today, and the young people you work with. Press Enter to open a record, Ctrl+N to write a note.</source>
        <translation>Det som behöver göras i dag och ungdomarna du arbetar med. Tryck Enter för att öppna ett ärende, Ctrl+N för att skriva en anteckning.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load the caseload again (F5)</source>
        <translation>Läs in ärendelistan igen (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network &amp;group attendance…</source>
        <translation>Närvaro i nätverks&amp;gruppen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Young people</source>
        <translation>&amp;Ungdomarna</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/import_wizard.py" line="+198"/>
        <source>Checking every row…</source>
        <translation>Kontrollerar alla rader…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All {count} rows can be imported.</source>
        <translation>Alla {count} rader kan importeras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problems} of {count} rows have problems, listed first. Nothing will be imported until the file is corrected.</source>
        <translation>{problems} av {count} rader har fel; de står överst. Ingenting importeras förrän filen är rättad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import all {count} rows</source>
        <translation>&amp;Importera alla {count} rader</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Importen avbröts. Ingenting importerades.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} young people were imported.</source>
        <translation>{count} ungdomar importerades.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Check and import</source>
        <translation>Kontroll och import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked before anything is written: all rows are imported, or none.</source>
        <translation>Alla rader kontrolleras innan något sparas: antingen importeras alla rader eller ingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identity number</source>
        <translation>Person-/CPR-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Fel</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../neo_desktop/ui/data_protection/subject_access.py" line="+45"/>
        <location filename="core_strings.py" line="+137"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of access</source>
        <translation>Typ av åtkomst</translation>
    </message>
    <message>
        <location filename="core_strings.py" line="+1"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/data_protection/retention.py" line="+31"/>
        <location filename="core_strings.py" line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept until</source>
        <translation>Sparas till</translation>
    </message>
    <message>
        <location filename="core_strings.py" line="+1"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Sökning</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/data_protection/subject_access.py" line="+1"/>
        <location filename="core_strings.py" line="+1"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/admin/organisations.py" line="+20"/>
        <location filename="../../neo_desktop/ui/admin/projects.py" line="+22"/>
        <location filename="../../neo_desktop/ui/admin/staff.py" line="+23"/>
        <location filename="core_strings.py" line="+89"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="core_strings.py" line="+1"/>
        <source>Identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/admin/organisations.py" line="+2"/>
        <location filename="core_strings.py" line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/data_protection/retention.py" line="-1"/>
        <location filename="core_strings.py" line="+1"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="core_strings.py" line="+1"/>
        <source>Next contact</source>
        <translation>Nästa kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since contact</source>
        <translation>Dagar sedan kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan status</source>
        <translation>Planstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review on</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue steps</source>
        <translation>Försenade delmål</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Target value</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned by now</source>
        <translation>Planerat hittills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of target (%)</source>
        <translation>Andel av målvärdet (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected at end</source>
        <translation>Prognos vid slutet</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/employers/company_list.py" line="+42"/>
        <location filename="core_strings.py" line="-89"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/admin/organisations.py" line="+0"/>
        <location filename="../../neo_desktop/ui/employers/company_list.py" line="+0"/>
        <location filename="core_strings.py" line="+1"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/employers/company_list.py" line="+1"/>
        <location filename="core_strings.py" line="+1"/>
        <source>Relationship</source>
        <translation>Samarbete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="core_strings.py" line="+1"/>
        <source>Open openings</source>
        <translation>Lediga platser</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="core_strings.py" line="+1"/>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <location filename="core_strings.py" line="-38"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open actions</source>
        <translation>Öppna åtgärdspunkter</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/admin/staff.py" line="+0"/>
        <source>Login</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="core_strings.py" line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/admin/organisations.py" line="-2"/>
        <location filename="core_strings.py" line="+1"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../neo_desktop/ui/admin/reference_lists.py" line="+29"/>
        <location filename="core_strings.py" line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CVR / org. no.</source>
        <translation>CVR / org.nr</translation>
    </message>
    <message>
        <location filename="core_strings.py" line="+1"/>
        <source>Registration number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/admin/reference_lists.py" line="+1"/>
        <location filename="../../neo_desktop/ui/admin/staff.py" line="+1"/>
        <location filename="core_strings.py" line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/admin/projects.py" line="+0"/>
        <location filename="../../neo_desktop/ui/admin/reference_lists.py" line="-3"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead organisation</source>
        <translation>Ledande organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/admin/reference_lists.py" line="+0"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish</source>
        <translation>Danska</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Ordning</translation>
    </message>
</context>
<context>
    <name>CompanyDetail</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/company_detail.py" line="+146"/>
        <source>CVR {number}</source>
        <translation>CVR {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Org. no. {number}</source>
        <translation>Org.nr {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, engaged since {date}</source>
        <translation>, engagerat sedan {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Our contact person: {name}</source>
        <translation>Vår kontaktperson: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplies {name}</source>
        <translation>Leverantör till {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member of {networks}</source>
        <translation>Medlem i {networks}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not in your caseload)</source>
        <translation>(inte i din ärendelista)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Contacts ({count})</source>
        <translation>Kontakter ({count})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Openings ({count})</source>
        <translation>Lediga platser ({count})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placements ({count})</source>
        <translation>Placeringar ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History ({count})</source>
        <translation>Historik ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a company in the list to see its contacts, openings, placements and history.</source>
        <translation>Välj ett företag i listan för att se dess kontakter, lediga platser, placeringar och historik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;contact…</source>
        <translation>Lägg till &amp;kontakt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log engagement…</source>
        <translation>&amp;Logga kontakt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;opening…</source>
        <translation>Ny &amp;ledig plats…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company &amp;network</source>
        <translation>Företags&amp;nätverk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First to contact</source>
        <translation>Kontaktas först</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening</source>
        <translation>Ledig plats</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Taken</source>
        <translation>Tillsatta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>Ungdomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
</context>
<context>
    <name>CompanyPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/company_list.py" line="+113"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{count} in the list</source>
        <translation>{count} i listan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list could not be loaded.</source>
        <translation>Listan kunde inte läsas in.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Export the employer network</source>
        <translation>Exportera arbetsgivarnätverket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employer-network.xlsx</source>
        <translation>arbetsgivarnatverk.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting the employer network…</source>
        <translation>Exporterar arbetsgivarnätverket…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {file}: companies, contacts, openings, and the placements of the young people you work with.</source>
        <translation>Sparade {file}: företag, kontakter, lediga platser och placeringarna för de ungdomar du arbetar med.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {file}: companies, contacts, openings and placement counts (no personal data).</source>
        <translation>Sparade {file}: företag, kontakter, lediga platser och antal placeringar (inga personuppgifter).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search name, CVR / org. no. or town</source>
        <translation>Sök namn, CVR / org.nr eller ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All relationships</source>
        <translation>Alla samarbeten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies a housing association</source>
        <translation>Leverantör till ett bostadsbolag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New company…</source>
        <translation>&amp;Nytt företag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport network…</source>
        <translation>E&amp;xportera nätverk…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The employer network as an Excel workbook for partners</source>
        <translation>Arbetsgivarnätverket som Excel-arbetsbok till partnerna</translation>
    </message>
</context>
<context>
    <name>CompanySize</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+129"/>
        <source>Micro (under 10)</source>
        <translation>Mikro (under 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small (10–49)</source>
        <translation>Liten (10–49)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium (50–249)</source>
        <translation>Medelstor (50–249)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large (250 or more)</source>
        <translation>Stor (250 eller fler)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/conflict_dialog.py" line="+66"/>
        <source>Saved meanwhile by someone else</source>
        <translation>Sparad under tiden av någon annan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}

What is saved now, and what you entered:</source>
        <translation>{message}

Det som är sparat nu, och det du skrev:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../neo_desktop/ui/participants/conflict_dialog.py" line="+136"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved now</source>
        <translation>Sparat nu</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../neo_desktop/ui/participants/conflict_dialog.py" line="+1"/>
        <source>Yours</source>
        <translation>Ditt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;mine over it</source>
        <translation>Spara &amp;mitt i stället</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take the saved version</source>
        <translation>&amp;Använd den sparade versionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to editing</source>
        <translation>&amp;Tillbaka till redigeringen</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/participants/conflict_dialog.py" line="-6"/>
        <source>Someone else saved this record</source>
        <translation>Någon annan har sparat detta ärende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} saved changes to this record while you were editing it. Nothing has been overwritten. For each field below, choose whose value to keep; fields changed by both of you are marked.</source>
        <translation>{who} sparade ändringar i ärendet medan du redigerade det. Ingenting har skrivits över. Välj för varje fält nedan vems värde som ska gälla; fält som ni båda har ändrat är markerade.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When you opened it</source>
        <translation>När du öppnade det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved by the other</source>
        <translation>Sparat av den andra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs</source>
        <translation>Deras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Mitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep theirs: {field}</source>
        <translation>Behåll deras: {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine: {field}</source>
        <translation>Behåll mitt: {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;all mine</source>
        <translation>Behåll &amp;allt mitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take all theirs</source>
        <translation>&amp;Ta allt deras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as chosen</source>
        <translation>Spara &amp;som valt</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/dialogs/connection.py" line="+177"/>
        <source>Fill in {field} first.</source>
        <translation>Fyll först i {field}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection works: this is a NEO Desktop database.</source>
        <translation>Anslutningen fungerar: det är en NEO Desktop-databas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection works. The database is empty: NEO Desktop sets it up when it starts.</source>
        <translation>Anslutningen fungerar. Databasen är tom: NEO Desktop sätter upp den när programmet startar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection failed.</source>
        <translation>Anslutningen misslyckades.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fill in {field}.</source>
        <translation>Fyll i {field}.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Connection settings – NEO Desktop</source>
        <translation>Anslutningsinställningar – NEO Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where is the database?</source>
        <translation>Var finns databasen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Embedded database on this computer</source>
        <translation>&amp;Inbyggd databas på den här datorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For one person, or to try NEO Desktop. The file: {path}</source>
        <translation>För en person eller för att prova NEO Desktop. Filen: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Shared database on a PostgreSQL server</source>
        <translation>&amp;Gemensam databas på en PostgreSQL-server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the partnership: everyone works in the same database.</source>
        <translation>För partnerskapet: alla arbetar i samma databas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En&amp;cryption:</source>
        <translation>&amp;Kryptering:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(stored – leave empty to keep it)</source>
        <translation>(sparat – lämna tomt för att behålla det)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password store on this computer refused the password. Click Save again to keep the password only until you quit NEO Desktop; it will be asked for at each start.</source>
        <translation>Datorns lösenordslager avvisade lösenordet. Klicka på Spara igen för att behålla lösenordet bara tills du avslutar NEO Desktop; du får ange det vid varje start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password store, so the password is kept only until you quit NEO Desktop and is asked for at each start.</source>
        <translation>Den här datorn har inget lösenordslager, så lösenordet sparas bara tills du avslutar NEO Desktop och efterfrågas vid varje start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/dialogs/connection_check.py" line="+41"/>
        <source>Never encrypt (disable)</source>
        <translation>Kryptera aldrig (disable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt only if the server insists (allow)</source>
        <translation>Kryptera bara om servern kräver det (allow)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Kryptera när servern erbjuder det (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypt (require)</source>
        <translation>Kryptera alltid (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypt and check the certificate (verify-ca)</source>
        <translation>Kryptera alltid och kontrollera certifikatet (verify-ca)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypt, check the certificate and the server name (verify-full)</source>
        <translation>Kryptera alltid och kontrollera certifikatet och servernamnet (verify-full)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/course_dialogs.py" line="+132"/>
        <source>New consent</source>
        <translation>Nytt samtycke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;What may be shared:</source>
        <translation>&amp;Vad får delas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given on:</source>
        <translation>&amp;Givet den:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Upphör den:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example: plan, attendance and contact details</source>
        <translation>till exempel: plan, närvaro och kontaktuppgifter</translation>
    </message>
</context>
<context>
    <name>ContactChannel</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-149"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/company_dialogs.py" line="+146"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;first person to contact</source>
        <translation>Den &amp;första att kontakta</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+233"/>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
</context>
<context>
    <name>CoursePanel</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/course_panel.py" line="+136"/>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>→ {status}…</source>
        <translation>→ {status}…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Eligible</source>
        <translation>I målgruppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not eligible</source>
        <translation>Inte i målgruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be decided yet</source>
        <translation>Kan inte avgöras ännu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project has no eligibility rules</source>
        <translation>Projektet har inga krav på målgrupp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Judged on the referral date, {date}.</source>
        <translation>Bedömt på anvisningsdatumet, {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judged on today&apos;s date (no referral date).</source>
        <translation>Bedömt på dagens datum (inget anvisningsdatum).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Referred {date}</source>
        <translation>Anvisad {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intake {date}</source>
        <translation>inskrivning {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left {date}: {outcome}</source>
        <translation>avslutad {date}: {outcome}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>six-month follow-up due {date}</source>
        <translation>uppföljning efter sex månader {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>followed up {date}: {outcome}</source>
        <translation>uppföljd {date}: {outcome}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet</source>
        <translation>Inte ännu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Upphört</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Course</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligibility (the project&apos;s target group)</source>
        <translation>Målgrupp (projektets krav)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who works with the young person</source>
        <translation>Vem arbetar med ungdomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents to share with partners</source>
        <translation>Samtycken till delning med partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caseworker:</source>
        <translation>&amp;Handläggare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO c&amp;oordinator:</source>
        <translation>Samordnare i &amp;NGO:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for a change:</source>
        <translation>&amp;Skäl till ändring:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;assignment</source>
        <translation>Spara &amp;tilldelning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;consent…</source>
        <translation>Lägg till &amp;samtycke…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Återkalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record six-month &amp;follow-up…</source>
        <translation>Registrera &amp;uppföljning efter sex månader…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What may be shared</source>
        <translation>Vad får delas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
</context>
<context>
    <name>DataProtectionPage</name>
    <message>
        <location filename="../../neo_desktop/ui/data_protection/page.py" line="+55"/>
        <source>A person&apos;s access request</source>
        <translation>En persons begäran om registerutdrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export everything stored about a person you work with, and the dates and purposes of the lookups of their data (also in the File menu).</source>
        <translation>Exportera allt som är registrerat om en person du arbetar med, och datum och syften för sökningar i personens uppgifter (även i menyn Arkiv).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access requests are answered by the person&apos;s caseworker or coordinator (File ▸ Subject access request…): administrators see no personal data unless they also hold one of those roles.</source>
        <translation>Begäran om registerutdrag besvaras av personens handläggare eller samordnare (Arkiv ▸ Begäran om registerutdrag…): administratörer ser inga personuppgifter om de inte också har en av de rollerna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Subject access request…</source>
        <translation>&amp;Begäran om registerutdrag…</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/dialogs.py" line="+24"/>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda item</source>
        <translation>Punkt på dagordningen</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/editor_tabs.py" line="+52"/>
        <source>Record a decision…</source>
        <translation>Registrera ett beslut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/placement_dialogs.py" line="+41"/>
        <source>Proposal declined</source>
        <translation>Förslag avböjt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{opening} at {company} was declined. Why? The reason helps the next match.</source>
        <translation>{opening} hos {company} avböjdes. Varför? Skälet hjälper nästa matchning.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/forms.py" line="+308"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/editor_actions.py" line="+94"/>
        <source>Close the plan</source>
        <translation>Avsluta planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close {name}&apos;s plan? A closed plan can still be read and printed, but not changed. Start a new plan if the young person needs one later.</source>
        <translation>Vill du avsluta planen för {name}? En avslutad plan kan fortfarande läsas och skrivas ut, men inte ändras. Starta en ny plan om ungdomen behöver en senare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close the plan</source>
        <translation>&amp;Avsluta planen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save the plan as PDF</source>
        <translation>Spara planen som PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printing the plan…</source>
        <translation>Skriver ut planen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version {number} was printed in {language} to {path}, but no program to show PDF files was found.</source>
        <translation>Version {number} skrevs ut på {language} till {path}, men inget program som kan visa PDF-filer hittades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {number} was printed in {language} and opened in your PDF viewer ({path}).</source>
        <translation>Version {number} skrevs ut på {language} och öppnades i ditt PDF-program ({path}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {number} was saved in {language} as {path}.</source>
        <translation>Version {number} sparades på {language} som {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Danish</source>
        <translation>danska</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print plan</source>
        <translation>Skriv &amp;ut plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print plan ({language})</source>
        <translation>Skriv &amp;ut plan ({language})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the plan as a PDF in the young person&apos;s language (Ctrl+P)</source>
        <translation>Skriv ut planen som PDF på ungdomens språk (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print in Danish</source>
        <translation>Skriv ut på danska</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print in Swedish</source>
        <translation>Skriv ut på svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print in English</source>
        <translation>Skriv ut på engelska</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as PDF file…</source>
        <translation>&amp;Spara som PDF-fil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a &amp;review</source>
        <translation>Starta en &amp;uppföljning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to &amp;agreed (nothing changed)</source>
        <translation>Tillbaka till &amp;överenskommen (inget ändrat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review &amp;date…</source>
        <translation>&amp;Uppföljningsdatum…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review &amp;date ({date})…</source>
        <translation>&amp;Uppföljningsdatum ({date})…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the plan…</source>
        <translation>&amp;Avsluta planen…</translation>
    </message>
</context>
<context>
    <name>EligibilityDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/project_lists.py" line="+217"/>
        <source>From age</source>
        <translation>Från ålder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To age</source>
        <translation>Till ålder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Months unemployed</source>
        <translation>Månader arbetslös</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Eligibility rules</source>
        <translation>Regler för målgruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rules:</source>
        <translation>&amp;Regler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A young person is eligible when one rule fits: for example aged 16–24 and unemployed for at least 3 months, or aged 25–64 and unemployed for at least 12.</source>
        <translation>En ung tillhör målgruppen när en regel passar: till exempel 16–24 år och arbetslös i minst 3 månader, eller 25–64 år och arbetslös i minst 12.</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/company_dialogs.py" line="-46"/>
        <source>New company</source>
        <translation>Nytt företag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit company</source>
        <translation>Redigera företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CVR / org. &amp;number:</source>
        <translation>CVR / org.&amp;nr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry &amp;code (NACE/SNI):</source>
        <translation>Bransch&amp;kod (NACE/SNI):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Bransch:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Si&amp;ze:</source>
        <translation>Sto&amp;rlek:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Town:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>&amp;Webbplats:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Relationship:</source>
        <translation>&amp;Samarbete:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplies &amp;housing association:</source>
        <translation>Leverantör till &amp;bostadsbolag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our contact &amp;person:</source>
        <translation>Vår &amp;kontaktperson:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;otes:</source>
        <translation>A&amp;nteckningar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 13585628 or 556036-0793</source>
        <translation>t.ex. 13585628 eller 556036-0793</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 49.41</source>
        <translation>t.ex. 49.410</translation>
    </message>
</context>
<context>
    <name>EmployersView</name>
    <message>
        <location filename="../../neo_desktop/ui/views/employers.py" line="+165"/>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The companies in the network and how the relationship stands, their internships and jobs, and matchmaking between young people and openings — every suggestion with its reasons.</source>
        <translation>Företagen i nätverket och hur samarbetet står, deras praktikplatser och jobb, och matchning mellan ungdomar och lediga platser — varje förslag med sina skäl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load again (F5)</source>
        <translation>Läs in igen (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Companies</source>
        <translation>&amp;Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Openings</source>
        <translation>&amp;Lediga platser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Matchmaking</source>
        <translation>&amp;Matchning</translation>
    </message>
</context>
<context>
    <name>EndPlacementDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/placement_dialogs.py" line="+69"/>
        <source>End placement</source>
        <translation>Avsluta placering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} at {company}: how did it end?</source>
        <translation>{name} hos {company}: hur slutade det?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ended on:</source>
        <translation>&amp;Slutade den:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the outcome</source>
        <translation>Välj resultatet</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/company_dialogs.py" line="+63"/>
        <source>Log an engagement</source>
        <translation>Logga en kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signed agreement makes a prospect an active partner; from that day the company counts towards the project&apos;s companies engaged.</source>
        <translation>Ett undertecknat avtal gör en möjlig partner till en aktiv partner; från den dagen räknas företaget till projektets engagerade företag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What:</source>
        <translation>&amp;Vad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;When:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Sammanfattning:</translation>
    </message>
</context>
<context>
    <name>EngagementKind</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-99"/>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company-network meeting</source>
        <translation>Möte i företagsnätverket</translation>
    </message>
</context>
<context>
    <name>EnumBox</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/widgets.py" line="+154"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/errors.py" line="+82"/>
        <source>If you cannot solve it yourself, contact your administrator and tell them what the message says.</source>
        <translation>Om du inte kan lösa det själv, kontakta din administratör och berätta vad meddelandet säger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the entry and try again.</source>
        <translation>Rätta uppgiften och försök igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the record again to see the other changes, then make yours again.</source>
        <translation>Öppna posten igen för att se de andra ändringarna och gör sedan dina igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If your work needs this, ask an administrator to change your roles.</source>
        <translation>Om ditt arbete kräver det, be en administratör att ändra dina roller.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the list (F5) to see the records as they are now.</source>
        <translation>Uppdatera listan (F5) för att se posterna som de är nu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the user name and password and try again.</source>
        <translation>Kontrollera användarnamn och lösenord och försök igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again. If it keeps happening, contact your administrator.</source>
        <translation>Försök igen. Om det fortsätter att hända, kontakta din administratör.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NEO Desktop</source>
        <translation>NEO Desktop</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="core_strings.py" line="-246"/>
        <source>Aged {age}: outside {min_age}–{max_age}.</source>
        <translation>{age} år: utanför {min_age}–{max_age}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged {age} and unemployed {months} months: needs at least {needed} months.</source>
        <translation>{age} år och arbetslös i {months} månader: kräver minst {needed} månader.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged {age} ({min_age}–{max_age}) and unemployed {months} months (at least {needed}).</source>
        <translation>{age} år ({min_age}–{max_age}) och arbetslös i {months} månader (minst {needed}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged {age} ({min_age}–{max_age}).</source>
        <translation>{age} år ({min_age}–{max_age}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date is not recorded, so the age rule {min_age}–{max_age} cannot be checked.</source>
        <translation>Födelsedatumet är inte registrerat, så ålderskravet {min_age}–{max_age} kan inte kontrolleras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged {age}, but the date the unemployment began is not recorded (needs at least {needed} months).</source>
        <translation>{age} år, men datumet då arbetslösheten började är inte registrerat (kräver minst {needed} månader).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged {age}, but recorded as employed (needs at least {needed} months unemployed).</source>
        <translation>{age} år, men registrerad som sysselsatt (kräver minst {needed} månaders arbetslöshet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong.</source>
        <translation>Något gick fel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The input is not valid.</source>
        <translation>Uppgifterna är inte giltiga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} was not found. It may have been deleted.</source>
        <translation>Det hittades inte: {what}. Det kan ha tagits bort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not allow you to {action}.</source>
        <translation>Din roll tillåter dig inte att {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this {what} while you were editing it. Nothing has been overwritten.</source>
        <translation>Någon annan sparade detta ({what}) medan du redigerade det. Inget har skrivits över.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name or password is wrong.</source>
        <translation>Användarnamnet eller lösenordet är fel.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Write the young person&apos;s first name.</source>
        <translation>Skriv ungdomens förnamn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the young person&apos;s last name.</source>
        <translation>Skriv ungdomens efternamn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name can be at most {limit} characters long.</source>
        <translation>Ett namn kan vara högst {limit} tecken långt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This field can hold at most {limit} characters.</source>
        <translation>Fältet rymmer högst {limit} tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phone number has 6 to 15 digits, may start with + and may contain spaces or dashes, for example +45 12 34 56 78.</source>
        <translation>Ett telefonnummer har 6 till 15 siffror, kan börja med + och får innehålla mellanslag och bindestreck, till exempel +46 70 123 45 67.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An e-mail address looks like name@example.org: one @, no spaces, and a domain with a dot.</source>
        <translation>En e-postadress ser ut som namn@exempel.se: ett @, inga mellanslag och en domän med punkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a date. Write it as day-month-year, for example 23-11-2026.</source>
        <translation>Det är inget datum. Skriv det som år-månad-dag, till exempel 2026-11-23.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date is in the future; it cannot be later than today.</source>
        <translation>Datumet ligger i framtiden; det kan inte vara senare än i dag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date is before the young person was born.</source>
        <translation>Datumet ligger före ungdomens födelse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date cannot be earlier than the referral ({when}).</source>
        <translation>Datumet kan inte vara före anvisningen ({when}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exit date cannot be earlier than the intake ({when}).</source>
        <translation>Slutdatumet kan inte vara före inskrivningen ({when}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date does not match the identity number, which says {birth_date}.</source>
        <translation>Födelsedatumet stämmer inte med personnumret, som anger {birth_date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change of status is not possible from the young person&apos;s current status.</source>
        <translation>Denna statusändring är inte möjlig från ungdomens nuvarande status.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaving the project needs the exit date.</source>
        <translation>Avslut i projektet kräver ett slutdatum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaving the project needs the outcome: where the young person went.</source>
        <translation>Avslut i projektet kräver ett resultat: vart ungdomen gick.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A completed course cannot have the outcome &apos;dropped out&apos;. Choose the status &apos;dropped out&apos; instead.</source>
        <translation>En genomförd insats kan inte ha resultatet &apos;avbrutit&apos;. Välj i stället status &apos;avbrutit&apos;.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This plan is closed and can no longer be changed. Start a new plan if the young person needs one.</source>
        <translation>Den här planen är avslutad och kan inte längre ändras. Starta en ny plan om ungdomen behöver en.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan cannot go from &apos;{old}&apos; to &apos;{new}&apos;.</source>
        <translation>En plan kan inte gå från &apos;{old}&apos; till &apos;{new}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {number} of the plan has not been agreed with the young person yet. Record the agreement first; that also marks the plan as agreed.</source>
        <translation>Version {number} av planen är ännu inte överenskommen med ungdomen. Registrera överenskommelsen först; då markeras planen också som överenskommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the step in a few words.</source>
        <translation>Beskriv delmålet med några ord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text is too long: at most {limit} characters, not {length}.</source>
        <translation>Texten är för lång: högst {limit} tecken, inte {length}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step needs someone who is responsible for it. Choose who does it: the young person, the caseworker, the coordinator or mentor, the employer or another partner.</source>
        <translation>Varje delmål behöver någon som ansvarar för det. Välj vem som gör det: ungdomen, handläggaren, koordinatorn eller mentorn, arbetsgivaren eller en annan partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is before the plan starts ({starts_on}). Choose a date on or after the start.</source>
        <translation>Datumet {value} ligger före planens start ({starts_on}). Välj ett datum på eller efter starten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step cannot be completed in the future ({value}).</source>
        <translation>Ett delmål kan inte vara slutfört i framtiden ({value}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the job or the field of education the goal is about.</source>
        <translation>Ange det jobb eller det utbildningsområde som målet gäller.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the resource in a few words.</source>
        <translation>Beskriv resursen med några ord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The young person&apos;s rating of readiness for work is a whole number from 1 to 10, not {rating}.</source>
        <translation>Ungdomens egen bedömning av hur redo hen är för arbete är ett heltal från 1 till 10, inte {rating}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is in the future. Record it once it has happened.</source>
        <translation>Datumet {value} ligger i framtiden. Registrera det när det har hänt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database could not be used: {detail}</source>
        <translation>Databasen kunde inte användas: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server {where} cannot be reached. Check the host name and port in the connection settings, and that you are on the organisation&apos;s network.</source>
        <translation>Databasservern {where} går inte att nå. Kontrollera servernamn och port i anslutningsinställningarna och att du är ansluten till organisationens nätverk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server {where} refused the user name or password. Check them in the connection settings.</source>
        <translation>Databasservern {where} avvisade användarnamnet eller lösenordet. Kontrollera dem i anslutningsinställningarna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server {where} has no database of that name. Check the database name in the settings.</source>
        <translation>Servern {where} har ingen databas med det namnet. Kontrollera databasens namn i inställningarna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {where} is not a NEO Desktop database (it holds other tables). Choose another database in the connection settings.</source>
        <translation>Databasen {where} är inte en NEO Desktop-databas (den innehåller andra tabeller). Välj en annan databas i anslutningsinställningarna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {where} was updated by a newer version of NEO Desktop (revision {revision}). Install the newest version of the program before you use it.</source>
        <translation>Databasen {where} har uppdaterats av en nyare version av NEO Desktop (revision {revision}). Installera den senaste versionen av programmet innan du använder den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file {where} cannot be opened or is damaged. Restore it from a backup in the same folder.</source>
        <translation>Databasfilen {where} kan inte öppnas eller är skadad. Återställ den från en säkerhetskopia i samma mapp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the database was lost. Nothing of the last change was saved; try again when the connection is back.</source>
        <translation>Anslutningen till databasen bröts. Inget av den senaste ändringen sparades; försök igen när anslutningen är tillbaka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database roles exist only on a shared PostgreSQL database.</source>
        <translation>Databasroller finns bara i en gemensam PostgreSQL-databas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your database login may not create roles. Run this as the database owner or a login with CREATEROLE.</source>
        <translation>Din databasinloggning får inte skapa roller. Kör detta som databasens ägare eller med en inloggning som har CREATEROLE.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This account is locked after too many failed sign-ins. Try again after {until}.</source>
        <translation>Kontot är låst efter för många misslyckade inloggningsförsök. Försök igen efter kl. {until}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation>Kontot har inaktiverats. Fråga en administratör.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database login {login} is not linked to a NEO Desktop staff account. Ask an administrator.</source>
        <translation>Databasinloggningen {login} är inte kopplad till ett personalkonto i NEO Desktop. Fråga en administratör.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write why the young people get another caseworker.</source>
        <translation>Skriv varför ungdomarna får en annan handläggare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the young people to hand over first.</source>
        <translation>Välj först ungdomarna som ska lämnas över.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an active caseworker to hand the young people to.</source>
        <translation>Välj en aktiv handläggare som ungdomarna ska lämnas över till.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can only hand over young people you work with yourself; {count} of those selected are not in your caseload. Nobody was handed over.</source>
        <translation>Du kan bara lämna över ungdomar som du själv arbetar med; {count} av de valda finns inte i din ärendelista. Ingen lämnades över.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A company needs a name.</source>
        <translation>Ett företag måste ha ett namn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A contact person needs a name.</source>
        <translation>En kontaktperson måste ha ett namn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} is too long: at most {limit} characters.</source>
        <translation>{field} är för lång: högst {limit} tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{email}” is not an e-mail address (it needs a name, @ and a domain).</source>
        <translation>”{email}” är inte en e-postadress (den behöver ett namn, @ och en domän).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phone number may only contain digits, spaces, +, -, ( and ); “{phone}” does not fit.</source>
        <translation>Ett telefonnummer får bara innehålla siffror, mellanslag, +, -, ( och ); ”{phone}” passar inte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An industry code is a NACE code (DK, e.g. 49.41) or an SNI code (SE, e.g. 49.410); “{code}” is neither.</source>
        <translation>En branschkod är en NACE-kod (DK, t.ex. 49.41) eller en SNI-kod (SE, t.ex. 49.410); ”{code}” är ingetdera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An engagement is logged once it has happened; {day} is in the future.</source>
        <translation>En kontakt loggas när den har ägt rum; {day} ligger i framtiden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CVR number {number} fails the check-digit test, so at least one digit is wrong. Copy it again from the company&apos;s papers or cvr.dk.</source>
        <translation>CVR-numret {number} klarar inte kontrollsiffran, så minst en siffra är fel. Kopiera det igen från företagets papper eller cvr.dk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CVR number has 8 digits; {number} does not.</source>
        <translation>Ett CVR-nummer har 8 siffror; det har inte {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CVR number never starts with 0, so {number} is not one.</source>
        <translation>Ett CVR-nummer börjar aldrig med 0, så {number} är inget.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last digit of the organisationsnummer {number} is a check digit and does not match the others, so at least one digit is wrong. Check the number for a typing mistake.</source>
        <translation>Den sista siffran i organisationsnumret {number} är en kontrollsiffra och stämmer inte med de andra, så minst en siffra är fel. Kontrollera numret för skrivfel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An organisationsnummer has 10 digits (NNNNNN-NNNN, e.g. 556036-0793); {number} does not.</source>
        <translation>Ett organisationsnummer har 10 siffror (NNNNNN-NNNN, t.ex. 556036-0793); det har inte {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The third digit of an organisationsnummer is 2 or higher; this number may be a personnummer.</source>
        <translation>Den tredje siffran i ett organisationsnummer är 2 eller högre; det här numret kan vara ett personnummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registration number is not valid: a CVR number has 8 digits (e.g. 13585628), an organisationsnummer 10 (e.g. 556036-0793).</source>
        <translation>Registreringsnumret är inte giltigt: ett CVR-nummer har 8 siffror (t.ex. 13585628), ett organisationsnummer 10 (t.ex. 556036-0793).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another company in the network already has the registration number {number}: {name}. Open that company instead of adding it twice.</source>
        <translation>Ett annat företag i nätverket har redan registreringsnumret {number}: {name}. Öppna det företaget i stället för att lägga till det två gånger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another company in the network already has the registration number {number}.</source>
        <translation>Ett annat företag i nätverket har redan registreringsnumret {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a partner housing association can be the one a company supplies.</source>
        <translation>Bara ett bostadsbolag i partnerskapet kan vara det som ett företag levererar till.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That meeting is not a meeting of a company network.</source>
        <translation>Det mötet är inte ett möte i ett företagsnätverk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That group is not a company network.</source>
        <translation>Den gruppen är inte ett företagsnätverk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write something in the note.</source>
        <translation>Skriv något i anteckningen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how the contact took place.</source>
        <translation>Välj hur kontakten skedde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A journal entry records what has happened; its time cannot be in the future.</source>
        <translation>En journalpost beskriver något som har hänt; tidpunkten kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note can be at most {limit} characters long.</source>
        <translation>En anteckning kan vara högst {limit} tecken lång.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only notes and contacts are written by hand; placements, plans and status changes write their own journal entries.</source>
        <translation>Bara anteckningar och kontakter skrivs för hand; placeringar, planer och statusändringar skriver själva i journalen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This match is ruled out: {reasons}. It cannot be proposed.</source>
        <translation>Den här matchningen är utesluten: {reasons}. Den kan inte föreslås.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This opening has already been proposed to the young person and is waiting for an answer.</source>
        <translation>Den här lediga platsen har redan föreslagits ungdomen och väntar på svar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the proposal was declined.</source>
        <translation>Skriv varför förslaget avböjdes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proposal is answered with accepted, declined or withdrawn.</source>
        <translation>Ett förslag besvaras med accepterat, avböjt eller återkallat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This proposal was already answered ({status}).</source>
        <translation>Det här förslaget är redan besvarat ({status}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an accepted proposal becomes a placement; this one is {status}.</source>
        <translation>Bara ett accepterat förslag blir en placering; det här är {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This proposal has already become a placement.</source>
        <translation>Det här förslaget har redan blivit en placering.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A group needs a name.</source>
        <translation>En grupp behöver ett namn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member is one staff member, one company, or a named representative of one organisation.</source>
        <translation>En medlem är en medarbetare, en arbetsgivare eller en namngiven företrädare för en organisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A membership cannot end before it begins.</source>
        <translation>Ett medlemskap kan inte sluta innan det börjar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building the meeting pack was cancelled. No files were written.</source>
        <translation>Skapandet av mötesunderlaget avbröts. Inga filer skrevs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A meeting needs a title.</source>
        <translation>Ett möte behöver en rubrik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An agenda item needs a title.</source>
        <translation>En punkt på dagordningen behöver en rubrik.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the decision in a few words.</source>
        <translation>Skriv beslutet med några få ord.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>An action item needs a title: what is to be done.</source>
        <translation>En åtgärdspunkt behöver en rubrik: vad som ska göras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A meeting cannot end before it starts.</source>
        <translation>Ett möte kan inte sluta innan det börjar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes allotted must be between 1 and 480.</source>
        <translation>Avsatta minuter måste vara mellan 1 och 480.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes of this meeting were approved on {date} and are locked. Nothing in them can be changed.</source>
        <translation>Protokollet från det här mötet godkändes den {date} och är låst. Inget i det kan ändras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes are out for review. Take them back to draft before changing them.</source>
        <translation>Protokollet är ute för granskning. Ta tillbaka det som utkast innan du ändrar det.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes can only be sent for review once the meeting has taken place.</source>
        <translation>Ett protokoll kan skickas för granskning först när mötet har ägt rum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This meeting was cancelled, so it has no minutes.</source>
        <translation>Mötet ställdes in, så det har inget protokoll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only draft minutes can be sent for review.</source>
        <translation>Bara ett protokoll som är utkast kan skickas för granskning.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only minutes that are out for review can be approved or taken back to draft.</source>
        <translation>Bara ett protokoll som är ute för granskning kan godkännas eller tas tillbaka som utkast.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the guest&apos;s name.</source>
        <translation>Skriv gästens namn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An action item cannot be done before the meeting that agreed it.</source>
        <translation>En åtgärdspunkt kan inte vara klar före mötet där den beslutades.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance can only be recorded for the group&apos;s own members.</source>
        <translation>Närvaro kan bara registreras för gruppens egna medlemmar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the session a title, for example the week number.</source>
        <translation>Ge träffen en rubrik, till exempel veckonumret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session was cancelled; attendance cannot be recorded.</source>
        <translation>Träffen är inställd; närvaro kan inte registreras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session has not started yet; record attendance when it has.</source>
        <translation>Träffen har inte börjat ännu; registrera närvaron när den har börjat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An opening needs a title, e.g. “Warehouse assistant”.</source>
        <translation>En ledig plats måste ha en titel, t.ex. ”Lagerarbetare”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An opening has between 1 and 99 places.</source>
        <translation>En ledig plats har mellan 1 och 99 platser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours a week are more than 0 and at most 60.</source>
        <translation>Timmar i veckan är fler än 0 och högst 60.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The opening ends ({ends}) before it starts ({starts}).</source>
        <translation>Den lediga platsen slutar ({ends}) innan den börjar ({starts}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A minimum age is between 13 and 67 years.</source>
        <translation>En lägsta ålder är mellan 13 och 67 år.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say which language the level is for.</source>
        <translation>Välj vilket språk nivån gäller.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An organisation needs a name.</source>
        <translation>En organisation måste ha ett namn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another organisation already has the registration number {number}. Merge the two instead.</source>
        <translation>En annan organisation har redan registreringsnumret {number}. Slå ihop de två i stället.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An organisation cannot be merged into itself.</source>
        <translation>En organisation kan inte slås ihop med sig själv.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A young person with this identity number is already registered. Search for the number to find the record (you may not be allowed to see it).</source>
        <translation>En ungdom med detta personnummer är redan registrerad. Sök på numret för att hitta ärendet (du kanske inte har behörighet att se det).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can only register young people in projects you work in.</source>
        <translation>Du kan bara registrera ungdomar i projekt som du arbetar i.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a staff member from the list who works in that role.</source>
        <translation>Välj en medarbetare från listan som har den rollen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the partner organisation from the list.</source>
        <translation>Välj partnerorganisationen från listan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what may be shared with the partner.</source>
        <translation>Skriv vad som får delas med partnern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A consent cannot expire before it was given.</source>
        <translation>Ett samtycke kan inte upphöra innan det har givits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up cannot be before the exit date.</source>
        <translation>Uppföljningen kan inte ligga före slutdatumet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A follow-up is recorded only after the young person has left.</source>
        <translation>En uppföljning registreras först när ungdomen har avslutats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say how the placement ended before ending it.</source>
        <translation>Ange hur placeringen slutade innan du avslutar den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A placement cannot end ({ends}) before it starts ({starts}).</source>
        <translation>En placering kan inte sluta ({ends}) innan den börjar ({starts}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A placement is ended on the day it ended; {ends} has not come yet.</source>
        <translation>En placering avslutas den dag den slutade; {ends} har inte kommit än.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The opening “{title}” is {status}; it takes no new placements.</source>
        <translation>Den lediga platsen ”{title}” är {status}; den tar inte emot nya placeringar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All {places} places of the opening “{title}” are taken.</source>
        <translation>Alla {places} platser på den lediga platsen ”{title}” är tillsatta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The opening belongs to another company.</source>
        <translation>Den lediga platsen hör till ett annat företag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A placement that is {status} cannot be {action}.</source>
        <translation>En placering som är {status} kan inte {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That step belongs to another young person&apos;s plan.</source>
        <translation>Det delmålet hör till en annan ungdoms plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed or removed this {what} while you were editing it. Nothing has been overwritten; open the plan again to see the latest version.</source>
        <translation>Någon annan har ändrat eller tagit bort detta ({what}) medan du redigerade det. Inget har skrivits över; öppna planen igen för att se den senaste versionen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the template a name.</source>
        <translation>Ge mallen ett namn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say which target group the template is for.</source>
        <translation>Ange vilken målgrupp mallen är till för.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step cannot be due before the plan starts ({days} days).</source>
        <translation>Ett delmål kan inte ha sista datum innan planen startar ({days} dagar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This young person already has an active plan in the project. Open that plan instead, or close it before starting a new one.</source>
        <translation>Ungdomen har redan en aktiv plan i projektet. Öppna den planen i stället, eller avsluta den innan du startar en ny.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant {participant} has no active plan.</source>
        <translation>Deltagare {participant} har ingen aktiv plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can only change the plans of young people you work with (your own caseload).</source>
        <translation>Du kan bara ändra planer för ungdomar som du själv arbetar med (din egen ärendelista).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {number} of the plan was changed after you opened it. Open the plan again and go through the changes with the young person before recording the agreement.</source>
        <translation>Version {number} av planen har ändrats sedan du öppnade den. Öppna planen igen och gå igenom ändringarna med ungdomen innan du registrerar överenskommelsen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the newest version of the plan (version {latest}) can be agreed, not version {number}.</source>
        <translation>Bara den senaste versionen av planen (version {latest}) kan godkännas, inte version {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {number} was already agreed on {agreed_on}.</source>
        <translation>Version {number} godkändes redan den {agreed_on}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan needs at least one goal and one step before the young person can agree to it.</source>
        <translation>En plan behöver minst ett mål och ett delmål innan ungdomen kan godkänna den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A project must end after it starts.</source>
        <translation>Ett projekt måste sluta efter att det har startat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another project already has the code {code}.</source>
        <translation>Ett annat projekt har redan koden {code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppression thresholds must be at least 3 (Statistics Denmark&apos;s minimum), and the one for sensitive breakdowns at least the ordinary one.</source>
        <translation>Gränserna för undertryckning måste vara minst 3 (Danmarks Statistiks minimum), och gränsen för känsliga uppdelningar minst lika hög som den vanliga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a whole number of at least {minimum}.</source>
        <translation>{what} måste vara ett heltal på minst {minimum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An age band runs from a lower age to a higher one, between 15 and 67.</source>
        <translation>Ett åldersintervall går från en lägre till en högre ålder, mellan 15 och 67 år.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A planned value&apos;s date must fall within the project period.</source>
        <translation>Datumet för ett planerat värde måste ligga inom projektperioden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An entry needs a code and an English label.</source>
        <translation>En post måste ha en kod och en engelsk benämning.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list already has an entry with the code {code}.</source>
        <translation>Listan har redan en post med koden {code}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {name} cannot be opened. Check that it still exists and that you may read it.</source>
        <translation>Filen {name} kan inte öppnas. Kontrollera att den fortfarande finns och att du får läsa den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} is empty.</source>
        <translation>Filen {name} är tom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} is {size} MB. A referral list is at most 20 MB; check that this is the right file.</source>
        <translation>Filen {name} är {size} MB. En anvisningslista är högst 20 MB; kontrollera att det är rätt fil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a referral list NEO Desktop can read. Save the list as an Excel workbook (.xlsx) or as CSV (.csv) and try again.</source>
        <translation>{name} är ingen anvisningslista som NEO Desktop kan läsa. Spara listan som Excel-arbetsbok (.xlsx) eller som CSV (.csv) och försök igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is named like an Excel workbook but is not one (it may be damaged, or another kind of file renamed). Open it in Excel and save it again as .xlsx.</source>
        <translation>{name} heter som en Excel-arbetsbok men är ingen (den kan vara skadad, eller en annan sorts fil med nytt namn). Öppna den i Excel och spara den igen som .xlsx.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} does not contain text that can be read as CSV. Open it in Excel and save it as CSV.</source>
        <translation>{name} innehåller ingen text som kan läsas som CSV. Öppna den i Excel och spara den som CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has a header row but no young people under it.</source>
        <translation>{name} har en rubrikrad men inga ungdomar under den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no header row naming its columns.</source>
        <translation>{name} har ingen rubrikrad som namnger kolumnerna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has more than {limit} rows. Split the list into smaller files.</source>
        <translation>{name} har fler än {limit} rader. Dela upp listan i mindre filer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no project with the code {code}.</source>
        <translation>Det finns inget projekt med koden {code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can only import young people into projects you work in ({code} is not one of them).</source>
        <translation>Du kan bara importera ungdomar till projekt som du arbetar i ({code} är inte ett av dem).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the project the young people are referred to, or map a column of project codes.</source>
        <translation>Välj projektet som ungdomarna är anvisade till, eller ange en kolumn med projektkoder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the columns with the names (first and last name, or the full name) and the identity number.</source>
        <translation>Ange kolumnerna med namnen (förnamn och efternamn, eller fullständigt namn) och person-/CPR-numret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The identity number is missing.</source>
        <translation>Person-/CPR-numret saknas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a date; write it as 2026-11-02 or 02-11-2026.</source>
        <translation>&apos;{text}&apos; är inget datum; skriv det som 2026-11-02 eller 02-11-2026.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A young person with this identity number is already registered.</source>
        <translation>En ungdom med detta person-/CPR-nummer är redan registrerad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same identity number is also on line {line}.</source>
        <translation>Samma person-/CPR-nummer finns också på rad {line}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported: {count} of {total} rows have problems. Correct the file and import it again.</source>
        <translation>Ingenting importerades: {count} av {total} rader har fel. Rätta filen och importera den igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Importen avbröts. Ingenting importerades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write down the reason for the decision before you approve it.</source>
        <translation>Skriv ner skälet till beslutet innan du godkänner det.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has not left the project; a person in an active course cannot be anonymised.</source>
        <translation>{name} har inte lämnat projektet; en person i en pågående insats kan inte anonymiseras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A login name is 2–63 lower-case letters, digits, dots, hyphens or underscores, starting with a letter.</source>
        <translation>Ett användarnamn består av 2–63 gemena bokstäver, siffror, punkter, bindestreck eller understreck och börjar med en bokstav.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login name {login} is already in use.</source>
        <translation>Användarnamnet {login} används redan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A staff member needs a name.</source>
        <translation>En medarbetare måste ha ett namn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A password needs at least {length} characters.</source>
        <translation>Ett lösenord måste ha minst {length} tecken.</translation>
    </message>
</context>
<context>
    <name>ExitOutcome</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-173"/>
        <source>In employment</source>
        <translation>I arbete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In education or training</source>
        <translation>I utbildning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In an internship or apprenticeship</source>
        <translation>I praktik eller lärlingsanställning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job searching</source>
        <translation>Arbetssökande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other help (treatment, health)</source>
        <translation>Annan hjälp (behandling, hälsa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped out</source>
        <translation>Avbrutit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>Flyttat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/import_wizard.py" line="-188"/>
        <source>Referral list</source>
        <translation>Anvisningslista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral lists (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Anvisningslistor (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the file first.</source>
        <translation>Välj filen först.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{rows} rows and {columns} columns found in {name}.</source>
        <translation>{rows} rader och {columns} kolumner hittades i {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The referral list</source>
        <translation>Anvisningslistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Excel workbook or a CSV file with a header row, one young person per row.</source>
        <translation>En Excel-arbetsbok eller en CSV-fil med en rubrikrad och en ungdom per rad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read the file</source>
        <translation>&amp;Läs filen</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../neo_desktop/ui/caseload/filter_bar.py" line="+122"/>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, number, phone, e-mail</source>
        <translation>Namn, nummer, telefon, e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, identity number, phone or e-mail; words may be the start of a name (&quot;sør ågå&quot;)</source>
        <translation>Sök på namn, personnummer, telefon eller e-post; ord kan vara början av ett namn (&quot;sør ågå&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the course (not left)</source>
        <translation>I insatsen (inte avslutad)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All projects</source>
        <translation>Alla projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All caseworkers</source>
        <translation>Alla handläggare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No caseworker</source>
        <translation>Ingen handläggare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any warning or none</source>
        <translation>Alla, med och utan varningar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whose young people the list shows</source>
        <translation>Vems ungdomar listan visar</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/course_dialogs.py" line="+19"/>
        <source>Six-month follow-up</source>
        <translation>Uppföljning efter sex månader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Followed up on:</source>
        <translation>&amp;Uppföljd den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where is the young person now:</source>
        <translation>&amp;Var är ungdomen nu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their situation on the labour market has &amp;improved</source>
        <translation>Ungdomens ställning på arbetsmarknaden har &amp;förbättrats</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-14"/>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-binary</source>
        <translation>Icke-binär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/item_forms.py" line="-112"/>
        <source>Edit goal</source>
        <translation>Redigera mål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the young person is aiming for: a job or an education, and by when.</source>
        <translation>Det som ungdomen siktar mot: ett arbete eller en utbildning, och när.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Occupation or field:</source>
        <translation>&amp;Yrke eller område:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target date:</source>
        <translation>M&amp;åldatum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Carpenter, social and health care assistant</source>
        <translation>t.ex. snickare, undersköterska</translation>
    </message>
</context>
<context>
    <name>GoalKind</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+98"/>
        <source>Job</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/groups.py" line="+101"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host organisation</source>
        <translation>Värdorganisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>GroupKind</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+103"/>
        <source>Regional steering group</source>
        <translation>Regional styrgrupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local steering group</source>
        <translation>Lokal styrgrupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working group</source>
        <translation>Arbetsgrupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company network</source>
        <translation>Arbetsgivarnätverk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth network group</source>
        <translation>Nätverksgrupp för unga</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/groups.py" line="+133"/>
        <source>And {count} young people, who are managed from the caseload.</source>
        <translation>Och {count} ungdomar, som hanteras från ärendelistan.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Groups and members</source>
        <translation>Grupper och medlemmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member since</source>
        <translation>Medlem sedan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Lämnade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New group…</source>
        <translation>Ny grupp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit group…</source>
        <translation>Redigera grupp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add member…</source>
        <translation>Lägg till medlem…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change member…</source>
        <translation>Ändra medlem…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End membership today</source>
        <translation>Avsluta medlemskapet i dag</translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/texts.py" line="+79"/>
        <source>Write the CPR number ({form}).</source>
        <translation>Skriv CPR-numret ({form}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CPR number has only digits and one dash ({form}).</source>
        <translation>Ett CPR-nummer har bara siffror och ett bindestreck ({form}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CPR number is written {form}.</source>
        <translation>Ett CPR-nummer skrivs {form}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CPR number has 10 digits ({form}).</source>
        <translation>Ett CPR-nummer har 10 siffror ({form}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first six digits of a CPR number are the birth date (DDMMYY); these are not a real date.</source>
        <translation>De första sex siffrorna i ett CPR-nummer är födelsedatumet (DDMMÅÅ); dessa är inget riktigt datum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>The birth date in this number is in the future. Check the number.</source>
        <translation>Födelsedatumet i detta nummer ligger i framtiden. Kontrollera numret.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Write the personnummer ({form}).</source>
        <translation>Skriv personnumret ({form}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A personnummer has only digits and one - or + ({form}).</source>
        <translation>Ett personnummer har bara siffror och ett - eller + ({form}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A personnummer is written {form} or YYYYMMDD-NNNN.</source>
        <translation>Ett personnummer skrivs {form} eller ÅÅÅÅMMDD-NNNN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A personnummer has 10 or 12 digits ({form}).</source>
        <translation>Ett personnummer har 10 eller 12 siffror ({form}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first digits of a personnummer are the birth date (YYMMDD, or the day + 60 for a samordningsnummer); these are not a real date.</source>
        <translation>De första siffrorna i ett personnummer är födelsedatumet (ÅÅMMDD, eller dagen + 60 för ett samordningsnummer); dessa är inget riktigt datum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last digit of a personnummer is a check digit and it does not match. Check the number for a typing mistake.</source>
        <translation>Den sista siffran i ett personnummer är en kontrollsiffra, och den stämmer inte. Kontrollera numret så att det inte är felskrivet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This CPR number does not pass the old modulus-11 check. Many numbers issued since 2007 do not, so it may well be right; check that it was typed correctly.</source>
        <translation>Detta CPR-nummer klarar inte den gamla modulus 11-kontrollen. Det gör inte heller många nummer som utfärdats sedan 2007, så det kan mycket väl vara rätt; kontrollera att det är rätt inskrivet.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-153"/>
        <source>Identity number</source>
        <translation>Person-/CPR-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred on</source>
        <translation>Anvisad den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unemployed since</source>
        <translation>Arbetslös sedan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project code</source>
        <translation>Projektkod</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/import_wizard.py" line="+188"/>
        <location line="+21"/>
        <source>Choose the project…</source>
        <translation>Välj projektet…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import a referral list</source>
        <translation>Importera en anvisningslista</translation>
    </message>
</context>
<context>
    <name>IntakeChart</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/intake_chart.py" line="+38"/>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projected</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
</context>
<context>
    <name>IscedLevel</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-51"/>
        <source>Lower secondary or less (ISCED 0–2)</source>
        <translation>Grundskola eller kortare (ISCED 0–2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper secondary (ISCED 3–4)</source>
        <translation>Gymnasieskola (ISCED 3–4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher education (ISCED 5–8)</source>
        <translation>Eftergymnasial utbildning (ISCED 5–8)</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/item_dialog.py" line="+154"/>
        <source>Save to add it again with what you entered, or Cancel to leave it out.</source>
        <translation>Spara för att lägga till det igen med det du har skrivit, eller Avbryt för att utelämna det.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What they changed is now in the form; what you changed yourself is kept. Check it and save again.</source>
        <translation>Det som den andra ändrade står nu i formuläret; det du själv har ändrat finns kvar. Kontrollera och spara igen.</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/items_panel.py" line="+141"/>
        <source>Enter or double-click</source>
        <translation>Enter eller dubbelklick</translation>
    </message>
</context>
<context>
    <name>JournalKind</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+9"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement</source>
        <translation>Placering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan change</source>
        <translation>Ändrad plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status change</source>
        <translation>Ändrad status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New caseworker</source>
        <translation>Ny handläggare</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/journal_panel.py" line="+182"/>
        <source>{count} entries</source>
        <translation>{count} poster</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sensitive</source>
        <translation>Känslig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All kinds</source>
        <translation>Alla slag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find in the journal</source>
        <translation>Sök i journalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;note… (Ctrl+N)</source>
        <translation>Lägg till &amp;anteckning… (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+272"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>LabourMarketStatus</name>
    <message>
        <location line="-284"/>
        <source>Unemployed</source>
        <translation>Arbetslös</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-term unemployed</source>
        <translation>Långtidsarbetslös</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Utanför arbetskraften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employed</source>
        <translation>Sysselsatt</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location line="+174"/>
        <source>Danish</source>
        <translation>danska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>engelska</translation>
    </message>
</context>
<context>
    <name>LanguageLevel</name>
    <message>
        <location line="-13"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>basic</source>
        <translation>grundläggande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>god</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fluent</source>
        <translation>flytande</translation>
    </message>
</context>
<context>
    <name>LinkStepDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/placement_dialogs.py" line="+26"/>
        <source>Link to a plan step</source>
        <translation>Koppla till ett delmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which step of {name}&apos;s plan is the placement at {company}?</source>
        <translation>Vilket delmål i {name}s plan är placeringen hos {company}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Step:</source>
        <translation>&amp;Delmål:</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/list_page.py" line="+116"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The list could not be loaded.</source>
        <translation>Listan kunde inte läsas in.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{count} in the list</source>
        <translation>{count} i listan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../neo_desktop/ui/main_window.py" line="+240"/>
        <source>About NEO Desktop</source>
        <translation>Om NEO Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;NEO Desktop&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;NEO Desktop&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case management for partnerships that help young people into work or education in Denmark and Sweden.</source>
        <translation>Ärendehantering för partnerskap som hjälper unga till arbete eller studier i Danmark och Sverige.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connection settings…</source>
        <translation>&amp;Anslutningsinställningar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject &amp;access request…</source>
        <translation>Begäran om &amp;registerutdrag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Logga ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About NEO Desktop</source>
        <translation>&amp;Om NEO Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;log folder</source>
        <translation>Öppna &amp;loggmappen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQLite: {where}</source>
        <translation>SQLite: {where}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PostgreSQL: {where}</source>
        <translation>PostgreSQL: {where}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, {organisation}</source>
        <translation>{name}, {organisation}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/import_wizard.py" line="-178"/>
        <source>Do not import</source>
        <translation>Importera inte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The columns</source>
        <translation>Kolumnerna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what each column holds. Names and the identity number are needed.</source>
        <translation>Kontrollera vad varje kolumn innehåller. Namn och person-/CPR-nummer måste finnas med.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>Första värden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holds</source>
        <translation>Innehåller</translation>
    </message>
</context>
<context>
    <name>MatchReasons</name>
    <message>
        <location filename="core_strings.py" line="-302"/>
        <source>goal: {subject}</source>
        <translation>mål: {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest: {subject}</source>
        <translation>intresse: {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>experience: {subject}</source>
        <translation>erfarenhet: {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no goal or interest in this field</source>
        <translation>inget mål eller intresse inom området</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no goals or interests in the plan yet</source>
        <translation>inga mål eller intressen i planen än</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{language}: {level}</source>
        <translation>{language}: {level}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asks for {level} {language}</source>
        <translation>önskar {level} {language}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs {level} {language}</source>
        <translation>kräver {level} {language}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{language} level not in the plan</source>
        <translation>nivå i {language} finns inte i planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driving licence</source>
        <translation>körkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs driving licence</source>
        <translation>kräver körkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate: {subject}</source>
        <translation>certifikat: {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs certificate: {subject}</source>
        <translation>kräver certifikat: {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum age {minimum}</source>
        <translation>lägsta ålder {minimum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under the minimum age of {minimum}</source>
        <translation>under lägsta åldern {minimum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age unknown; minimum age {minimum}</source>
        <translation>ålder okänd; lägsta ålder {minimum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under 18: no heavy physical work</source>
        <translation>under 18: inget tungt fysiskt arbete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h a week</source>
        <translation>{hours} tim i veckan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h a week; adapted hours offered</source>
        <translation>{hours} tim i veckan; anpassad arbetstid erbjuds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h a week, can work {capacity}</source>
        <translation>{hours} tim i veckan, kan arbeta {capacity}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{km} km away</source>
        <translation>{km} km bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{km} km away; transport is a barrier</source>
        <translation>{km} km bort; transport är ett hinder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{km} km away: too far to travel daily</source>
        <translation>{km} km bort: för långt att resa dagligen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distance unknown</source>
        <translation>avstånd okänt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offers a mentor</source>
        <translation>erbjuder en handledare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accessible workplace</source>
        <translation>tillgänglig arbetsplats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adapted hours</source>
        <translation>anpassad arbetstid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heavy physical work; see the health barrier</source>
        <translation>tungt fysiskt arbete; se hälsohindret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the opening is {status}</source>
        <translation>den lediga platsen är {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no free place</source>
        <translation>ingen ledig plats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the opening ended on {date}</source>
        <translation>den lediga platsen slutade den {date}</translation>
    </message>
</context>
<context>
    <name>MatchmakingPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/matchmaking_panel.py" line="+196"/>
        <source>Matching…</source>
        <translation>Matchar…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing fits: every open opening is ruled out.</source>
        <translation>Inget passar: alla öppna lediga platser är uteslutna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody you work with fits this opening.</source>
        <translation>Ingen av dem du arbetar med passar den här lediga platsen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} open openings looked at for {name}: {fits} fit, {out} ruled out.</source>
        <translation>{count} öppna lediga platser granskade för {name}: {fits} passar, {out} uteslutna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} young people you work with looked at for {name}: {fits} fit, {out} ruled out.</source>
        <translation>{count} ungdomar du arbetar med granskade för {name}: {fits} passar, {out} uteslutna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} matches</source>
        <translation>{count} matchningar</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Openings for &amp;young person:</source>
        <translation>Lediga platser för &amp;ungdomen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates for &amp;opening:</source>
        <translation>Kandidater till &amp;ledig plats:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours a week:</source>
        <translation>&amp;Timmar i veckan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As before</source>
        <translation>Som förut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many hours a week the young person can work; &quot;As before&quot; takes the hours of their latest placement.</source>
        <translation>Hur många timmar i veckan ungdomen kan arbeta; &quot;Som förut&quot; tar timmarna från den senaste placeringen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find matches</source>
        <translation>&amp;Hitta matchningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;ruled-out ones</source>
        <translation>Visa de &amp;uteslutna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Propose</source>
        <translation>&amp;Föreslå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match and reasons</source>
        <translation>Matchning och skäl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/dialogs.py" line="+103"/>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Online link</source>
        <translation>Länk för distansdeltagande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language of the pack</source>
        <translation>Mötesunderlagets språk</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/editor.py" line="+166"/>
        <source>Meeting: {title}</source>
        <translation>Möte: {title}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The minutes were approved on {date} by {name} and are locked: nothing in them can be changed. Action items can still be followed up.</source>
        <translation>Protokollet godkändes den {date} av {name} och är låst: inget i det kan ändras. Åtgärdspunkter kan fortfarande följas upp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The minutes are out for review with the attendees. Approve them, or take them back to draft to change them.</source>
        <translation>Protokollet är ute för granskning hos deltagarna. Godkänn det, eller ta tillbaka det som utkast för att ändra det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes: draft. Write the minutes per agenda item, then send them for review.</source>
        <translation>Protokoll: utkast. Skriv protokollet för varje punkt på dagordningen och skicka det sedan för granskning.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Send minutes for review</source>
        <translation>Skicka protokollet för granskning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft</source>
        <translation>Tillbaka till utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve and lock minutes</source>
        <translation>Godkänn och lås protokollet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build meeting pack…</source>
        <translation>Skapa mötesunderlag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A numbered PDF and an Excel annex, in the meeting&apos;s language</source>
        <translation>En numrerad PDF och en Excelbilaga på mötets språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save details</source>
        <translation>Spara uppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online link</source>
        <translation>Länk för distansdeltagande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language and status</source>
        <translation>Språk och status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agenda and minutes</source>
        <translation>Dagordning och protokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation>Åtgärdspunkter</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+27"/>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../neo_desktop/ui/views/meetings.py" line="+73"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings of the steering groups, working groups and networks, newest first, with the state of the minutes and the open action items. Open a meeting to build its agenda, write its minutes and build its meeting pack.</source>
        <translation>Möten i styrgrupper, arbetsgrupper och nätverk, nyaste först, med protokollets status och de öppna åtgärdspunkterna. Öppna ett möte för att göra dagordningen, skriva protokollet och skapa mötesunderlaget.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+67"/>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New meeting…</source>
        <translation>Nytt möte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build meeting pack…</source>
        <translation>Skapa mötesunderlag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups and members…</source>
        <translation>Grupper och medlemmar…</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/groups.py" line="-134"/>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (a company&apos;s or organisation&apos;s person)</source>
        <translation>Namn (arbetsgivarens eller organisationens person)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member since</source>
        <translation>Medlem sedan</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-8"/>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>Sekreterare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Ledamot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Observatör</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/organisation_dialogs.py" line="+233"/>
        <source>Merge duplicate organisations</source>
        <translation>Slå ihop dubbletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge “{name}” into another organisation</source>
        <translation>Slå ihop ”{name}” med en annan organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything that refers to “{name}” – staff, participants, projects, consents, groups and action items – moves to the organisation you keep. “{name}” is then deactivated and marked as merged. This cannot be undone.</source>
        <translation>Allt som hänvisar till ”{name}” – personal, deltagare, projekt, samtycken, grupper och åtgärdspunkter – flyttas till den organisation du behåller. Sedan inaktiveras ”{name}” och markeras som sammanslagen. Det går inte att ångra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep this organisation:</source>
        <translation>&amp;Behåll den här organisationen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge</source>
        <translation>&amp;Slå ihop</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/fields.py" line="+152"/>
        <location line="+1"/>
        <source>Close the message</source>
        <translation>Stäng meddelandet</translation>
    </message>
</context>
<context>
    <name>MinutesStatus</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+24"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>Under granskning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
</context>
<context>
    <name>NetworkGroupDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/network_group_dialog.py" line="+103"/>
        <source>You have no youth network groups.</source>
        <translation>Du har inga nätverksgrupper för ungdomar.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Young person</source>
        <translation>Ungdomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This session</source>
        <translation>Denna träff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click to open the record</source>
        <translation>Dubbelklicka för att öppna ärendet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{count} members; attendance dropping for {dropping}.</source>
        <translation>{count} medlemmar; minskande närvaro hos {dropping}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attendance saved.</source>
        <translation>Närvaron är sparad.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Someone else recorded this session meanwhile; it has been loaded again. Check it and save once more.</source>
        <translation>Någon annan har registrerat denna träff under tiden; den har lästs in igen. Kontrollera den och spara igen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Network group attendance</source>
        <translation>Närvaro i nätverksgruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session:</source>
        <translation>&amp;Träff:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New session…</source>
        <translation>&amp;Ny träff…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone &amp;attended</source>
        <translation>Alla &amp;kom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Spara (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/new_participant_dialog.py" line="+81"/>
        <source>Choose the project first.</source>
        <translation>Välj projektet först.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the marked field before saving.</source>
        <translation>Rätta det markerade fältet innan du sparar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Register a young person</source>
        <translation>Registrera en ungdom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/network_group_dialog.py" line="+20"/>
        <source>Week {week}</source>
        <translation>Vecka {week}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;When:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New session</source>
        <translation>Ny träff</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/note_dialog.py" line="+110"/>
        <source>Journal: {name}</source>
        <translation>Journal: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Slag:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;How:</source>
        <translation>&amp;Hur:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;When:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Ämne:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next follow-up:</source>
        <translation>&amp;Nästa uppföljning:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sensitive note (health, addiction, family)</source>
        <translation>&amp;Känslig anteckning (hälsa, missbruk, familj)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the organisation that owns the record may read a sensitive note; partners see that there is one, not what it says.</source>
        <translation>Bara organisationen som äger ärendet får läsa en känslig anteckning; partner ser att den finns, men inte vad den säger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Spara (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/opening_dialog.py" line="+104"/>
        <source>New opening</source>
        <translation>Ny ledig plats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit opening</source>
        <translation>Redigera ledig plats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At {company}.</source>
        <translation>Hos {company}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Occupation:</source>
        <translation>&amp;Yrke:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Places:</source>
        <translation>&amp;Platser:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours a week:</source>
        <translation>T&amp;immar i veckan:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ends:</source>
        <translation>S&amp;lutar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language and level:</source>
        <translation>S&amp;pråk och nivå:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificates needed:</source>
        <translation>&amp;Certifikat som krävs:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ph&amp;ysical demands:</source>
        <translation>F&amp;ysiska krav:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Minimum age:</source>
        <translation>&amp;Lägsta ålder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wor&amp;kplace municipality:</source>
        <translation>Arbetsplatsens &amp;kommun:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description:</source>
        <translation>Beskr&amp;ivning:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas, e.g. forklift licence</source>
        <translation>Åtskilda med kommatecken, t.ex. truckkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when not at the company&apos;s address</source>
        <translation>Bara när det inte är på företagets adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a &amp;driving licence</source>
        <translation>Kräver &amp;körkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offers a me&amp;ntor</source>
        <translation>Erbjuder en &amp;handledare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessible &amp;workplace</source>
        <translation>Tillgänglig &amp;arbetsplats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adapted hours possible</source>
        <translation>Anpassad arbets&amp;tid möjlig</translation>
    </message>
</context>
<context>
    <name>OpeningStatus</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-90"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled</source>
        <translation>Tillsatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
</context>
<context>
    <name>OpeningsBoard</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/openings_board.py" line="+74"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{count} openings</source>
        <translation>{count} lediga platser</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Search title, occupation or company</source>
        <translation>Sök titel, yrke eller företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;filled</source>
        <translation>Markera som &amp;tillsatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen</source>
        <translation>Öppna &amp;igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;candidates</source>
        <translation>Hitta &amp;kandidater</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/fields.py" line="-37"/>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Set a date</source>
        <translation>Ange ett datum</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/organisation_dialogs.py" line="-189"/>
        <source>A CVR number has only digits, for example 13585628.</source>
        <translation>Ett CVR-nummer består bara av siffror, till exempel 13585628.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CVR number has 8 digits, for example 13585628.</source>
        <translation>Ett CVR-nummer har 8 siffror, till exempel 13585628.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CVR number never starts with 0.</source>
        <translation>Ett CVR-nummer börjar aldrig med 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This CVR number fails the check-digit test, so at least one digit is wrong. Copy it again from the company&apos;s papers or cvr.dk.</source>
        <translation>Det här CVR-numret klarar inte kontrollsiffertestet, så minst en siffra är fel. Skriv av det igen från företagets papper eller cvr.dk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An organisationsnummer is written NNNNNN-NNNN, for example 556036-0793.</source>
        <translation>Ett organisationsnummer skrivs NNNNNN-NNNN, till exempel 556036-0793.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An organisationsnummer has 10 digits (NNNNNN-NNNN), for example 556036-0793.</source>
        <translation>Ett organisationsnummer har 10 siffror (NNNNNN-NNNN), till exempel 556036-0793.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The third digit of an organisationsnummer is 2 or higher; this may be a personnummer instead.</source>
        <translation>Den tredje siffran i ett organisationsnummer är 2 eller högre; det här kan vara ett personnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last digit of an organisationsnummer is a check digit and it does not match the others. Check the number for a typing mistake.</source>
        <translation>Den sista siffran i ett organisationsnummer är en kontrollsiffra och den stämmer inte med de andra. Kontrollera numret så att det inte har skrivits fel.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>CVR: 8 digits</source>
        <translation>CVR: 8 siffror</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisationsnummer: NNNNNN-NNNN</source>
        <translation>Organisationsnummer: NNNNNN-NNNN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CVR number:</source>
        <translation>&amp;CVR-nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisationsnummer:</source>
        <translation>&amp;Organisationsnummer:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit organisation</source>
        <translation>Redigera organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New partner organisation</source>
        <translation>Ny partnerorganisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+91"/>
        <source>Jobcentre</source>
        <translation>Arbetsmarknadsenhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <translation>Ideell organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing association</source>
        <translation>Bostadsbolag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public employment service</source>
        <translation>Offentlig arbetsförmedling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Education provider</source>
        <translation>Utbildningsanordnare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health service</source>
        <translation>Hälso- och sjukvård</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/organisations.py" line="+40"/>
        <source>Merged into {name}</source>
        <translation>Sammanslagen med {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Återaktivera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The partner organisations: jobcentres, NGOs, employers, housing associations and others. Danish organisations are identified by their CVR number, Swedish ones by their organisationsnummer.</source>
        <translation>Partnerorganisationerna: jobbcenter, föreningar, arbetsgivare, bostadsbolag och andra. Danska organisationer identifieras med sitt CVR-nummer, svenska med sitt organisationsnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New organisation…</source>
        <translation>&amp;Ny organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge duplicate…</source>
        <translation>&amp;Slå ihop dubblett…</translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/pack_export.py" line="+52"/>
        <source>Save the meeting pack</source>
        <translation>Spara mötesunderlaget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Building the meeting pack…</source>
        <translation>Skapar mötesunderlaget…</translation>
    </message>
</context>
<context>
    <name>ParticipantField</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/texts.py" line="-79"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity number</source>
        <translation>Person-/CPR-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of number</source>
        <translation>Typ av nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing area</source>
        <translation>Bostadsområde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred on</source>
        <translation>Anvisad den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour-market status</source>
        <translation>Ställning på arbetsmarknaden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unemployed since</source>
        <translation>Arbetslös sedan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign background</source>
        <translation>Utländsk bakgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-country national</source>
        <translation>Tredjelandsmedborgare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homeless or in housing exclusion</source>
        <translation>Hemlös eller utestängd från bostad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives in a rural area</source>
        <translation>Bor på landsbygden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a disability</source>
        <translation>Har en funktionsnedsättning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belongs to a minority</source>
        <translation>Tillhör en minoritet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Danish CPR number</source>
        <translation>Danskt CPR-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish personnummer</source>
        <translation>Svenskt personnummer</translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <location filename="../../neo_desktop/ui/caseload/list_widget.py" line="+132"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>In the list: {total}</source>
        <translation>I listan: {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({shown} loaded; scroll for more)</source>
        <translation>({shown} inlästa; rulla för fler)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{count} young people handed over.</source>
        <translation>{count} ungdomar har lämnats över.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the list</source>
        <translation>Exportera listan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>young-people.xlsx</source>
        <translation>ungdomar.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Young people</source>
        <translation>Ungdomar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting the list…</source>
        <translation>Exporterar listan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} rows exported to {file}.</source>
        <translation>{count} rader exporterade till {file}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;note…</source>
        <translation>Lägg till &amp;anteckning…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write in the journal of the selected young person (Ctrl+N)</source>
        <translation>Skriv i journalen för den valda ungdomen (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand &amp;over…</source>
        <translation>&amp;Lämna över…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected young people another caseworker</source>
        <translation>Ge de valda ungdomarna en annan handläggare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xportera till Excel…</translation>
    </message>
</context>
<context>
    <name>ParticipantStatus</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-261"/>
        <source>Referred</source>
        <translation>Anvisad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake</source>
        <translation>Inskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped out</source>
        <translation>Avbrutit</translation>
    </message>
</context>
<context>
    <name>ParticipantWindow</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/record_window.py" line="+172"/>
        <source>Correct the marked field before saving.</source>
        <translation>Rätta det markerade fältet innan du sparar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record was not saved.</source>
        <translation>Ärendet sparades inte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved: someone else saved this record meanwhile. Your changes are still in the form.</source>
        <translation>Inte sparat: någon annan har sparat ärendet under tiden. Dina ändringar finns kvar i formuläret.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Someone else changed this record meanwhile. It has been loaded again; please make your change once more.</source>
        <translation>Någon annan har ändrat ärendet under tiden. Det har lästs in igen; gör din ändring en gång till.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This record was changed elsewhere. When you save, you will see what changed and choose what to keep.</source>
        <translation>Ärendet har ändrats på annat håll. När du sparar ser du vad som ändrats och väljer vad som ska gälla.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Participant – NEO Desktop</source>
        <translation>Deltagare – NEO Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no caseworker</source>
        <translation>ingen handläggare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no identity number</source>
        <translation>inget personnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last contact {date}</source>
        <translation>senaste kontakt {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved changes</source>
        <translation>Ändringar är inte sparade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The record has changes that are not saved. Save them?</source>
        <translation>Ärendet har ändringar som inte är sparade. Vill du spara dem?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Personal data</source>
        <translation>&amp;Personuppgifter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Background (ESF+)</source>
        <translation>&amp;Bakgrund (ESF+)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ourse</source>
        <translation>&amp;Insats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../../neo_desktop/ui/views/participants.py" line="+103"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone you may see. Search by name, identity number, phone or e-mail as you type; every search is recorded in the access log.</source>
        <translation>Alla du får se. Sök på namn, personnummer, telefon eller e-post medan du skriver; varje sökning registreras i åtkomstloggen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load the list again (F5)</source>
        <translation>Läs in listan igen (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register…</source>
        <translation>&amp;Registrera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a young person (Ctrl+Shift+N)</source>
        <translation>Registrera en ungdom (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import referral list…</source>
        <translation>&amp;Importera anvisningslista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network &amp;groups…</source>
        <translation>Nätverks&amp;grupper…</translation>
    </message>
</context>
<context>
    <name>PartnerRole</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+291"/>
        <source>Lead partner</source>
        <translation>Ledande partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-financer</source>
        <translation>Medfinansiär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associated partner</source>
        <translation>Associerad partner</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/project_lists.py" line="-179"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The lead organisation must stay a partner.</source>
        <translation>Den ledande organisationen måste förbli partner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project partners</source>
        <translation>Projektets partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partners:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff of partner organisations can work with the project&apos;s participants as far as their roles and the participants&apos; consents allow.</source>
        <translation>Personal i partnerorganisationer kan arbeta med projektets deltagare så långt deras roller och deltagarnas samtycken tillåter.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/staff_dialogs.py" line="+265"/>
        <source>The two passwords are not the same.</source>
        <translation>De två lösenorden är inte lika.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set password</source>
        <translation>Ange lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password for {name}</source>
        <translation>Nytt lösenord för {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nytt lösenord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Upprepa det:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least {length} characters</source>
        <translation>minst {length} tecken</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../neo_desktop/ui/dialogs/password_prompt.py" line="+86"/>
        <source>Database password – NEO Desktop</source>
        <translation>Lösenord till databasen – NEO Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the database password</source>
        <translation>Skriv lösenordet till databasen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no password store (keyring) that NEO Desktop can use, so it cannot remember your database password. It is kept in memory until you quit, and asked for at each start.</source>
        <translation>Den här datorn har ingen lösenordsförvaring (nyckelring) som NEO Desktop kan använda, så den kan inte komma ihåg ditt lösenord till databasen. Det sparas bara i minnet tills du avslutar, och du tillfrågas vid varje start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{user} on {where}</source>
        <translation>{user} på {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: single sign-on</source>
        <translation>tomt: gemensam inloggning (single sign-on)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection &amp;settings…</source>
        <translation>&amp;Anslutningsinställningar…</translation>
    </message>
</context>
<context>
    <name>PersonalForm</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/personal_form.py" line="+191"/>
        <source>&amp;First name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity number:</source>
        <translation>&amp;Person-/CPR-nummer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Birth date:</source>
        <translation>Föd&amp;elsedatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Kön:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;åk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;code:</source>
        <translation>Post&amp;nummer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Municipality:</source>
        <translation>Ko&amp;mmun:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Housing area:</source>
        <translation>&amp;Bostadsområde:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Referred on:</source>
        <translation>&amp;Anvisad den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next follow-up:</source>
        <translation>&amp;Nästa uppföljning:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danish CPR</source>
        <translation>Danskt CPR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish personnummer</source>
        <translation>Svenskt personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show and change</source>
        <translation>Visa och ändra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole number (it is hidden unless needed)</source>
        <translation>Visa hela numret (det döljs när det inte behövs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.org</source>
        <translation>namn@exempel.se</translation>
    </message>
</context>
<context>
    <name>PhysicalDemand</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-96"/>
        <source>Light</source>
        <translation>Lätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Medel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heavy</source>
        <translation>Tungt</translation>
    </message>
</context>
<context>
    <name>PlacementFromProposalDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/placement_dialogs.py" line="-73"/>
        <source>Make a placement</source>
        <translation>Skapa placering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} accepted {opening} at {company}. The placement is written to the young person&apos;s journal.</source>
        <translation>{name} har tackat ja till {opening} hos {company}. Placeringen skrivs i ungdomens journal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ends:</source>
        <translation>S&amp;lutar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Hours a week:</source>
        <translation>&amp;Timmar i veckan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mentor:</source>
        <translation>&amp;Handledare:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As in the opening</source>
        <translation>Som på den lediga platsen</translation>
    </message>
</context>
<context>
    <name>PlacementOutcome</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-34"/>
        <source>Hired</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Went on to education</source>
        <translation>Började studera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended early</source>
        <translation>Avbruten i förtid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not start</source>
        <translation>Började aldrig</translation>
    </message>
</context>
<context>
    <name>PlacementStatus</name>
    <message>
        <location line="-10"/>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
</context>
<context>
    <name>PlacementType</name>
    <message>
        <location line="-25"/>
        <source>Company internship (virksomhedspraktik)</source>
        <translation>Praktik i företag (virksomhedspraktik)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wage-subsidy job (løntilskud)</source>
        <translation>Lönetillskott (løntilskud)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flex job (fleksjob)</source>
        <translation>Flexjobb (fleksjob)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apprenticeship (lærlinge-/elevplads)</source>
        <translation>Lärlingsplats (lærlinge-/elevplads)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few paid hours a week (småjob)</source>
        <translation>Några betalda timmar i veckan (småjob)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration basic education (IGU)</source>
        <translation>Integrationsgrundutbildning (IGU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work experience (arbetspraktik)</source>
        <translation>Arbetspraktik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wage subsidy (lönebidrag)</source>
        <translation>Lönebidrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New start job (nystartsjobb)</source>
        <translation>Nystartsjobb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduction job (introduktionsjobb)</source>
        <translation>Introduktionsjobb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocational introduction</source>
        <translation>Yrkesintroduktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary job</source>
        <translation>Vanlig anställning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentorship</source>
        <translation>Mentorskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job shadowing</source>
        <translation>Jobbskuggning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace-based training</source>
        <translation>Arbetsplatsförlagt lärande</translation>
    </message>
</context>
<context>
    <name>PlacementsPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/match_actions.py" line="+256"/>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening</source>
        <translation>Ledig plats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Started</source>
        <translation>&amp;Påbörjad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End…</source>
        <translation>&amp;Avsluta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link to plan step…</source>
        <translation>&amp;Koppla till delmål…</translation>
    </message>
</context>
<context>
    <name>PlanChanges</name>
    <message>
        <location filename="core_strings.py" line="+19"/>
        <source>New job goal: {subject}.</source>
        <translation>Nytt jobbmål: {subject}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New education goal: {subject}.</source>
        <translation>Nytt utbildningsmål: {subject}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job goal removed: {subject}.</source>
        <translation>Jobbmål borttaget: {subject}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education goal removed: {subject}.</source>
        <translation>Utbildningsmål borttaget: {subject}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal “{subject}” is now {new} instead of {old}.</source>
        <translation>Målet ”{subject}” är nu {new} i stället för {old}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal “{old}” changed to “{new}”.</source>
        <translation>Målet ”{old}” ändrades till ”{new}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal “{subject}”: target date moved from {old} to {new}.</source>
        <translation>Målet ”{subject}”: måldatum flyttat från {old} till {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal “{subject}”: target date set to {new}.</source>
        <translation>Målet ”{subject}”: måldatum satt till {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal “{subject}”: target date removed (was {old}).</source>
        <translation>Målet ”{subject}”: måldatum borttaget (var {old}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal “{subject}”: the description was changed.</source>
        <translation>Målet ”{subject}”: beskrivningen har ändrats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal “{subject}” was changed.</source>
        <translation>Målet ”{subject}” har ändrats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New step “{subject}”: {owner}, no date set.</source>
        <translation>Nytt delmål ”{subject}”: {owner}, inget datum satt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New step “{subject}”: {owner}, by {due_on}.</source>
        <translation>Nytt delmål ”{subject}”: {owner}, senast {due_on}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step removed: “{subject}”.</source>
        <translation>Delmål borttaget: ”{subject}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{old}” is now called “{new}”.</source>
        <translation>Delmålet ”{old}” heter nu ”{new}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{subject}”: the activity is now {new} instead of {old}.</source>
        <translation>Delmålet ”{subject}”: aktiviteten är nu {new} i stället för {old}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{subject}”: now done by {new} instead of {old}.</source>
        <translation>Delmålet ”{subject}”: utförs nu av {new} i stället för {old}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{subject}”: due date moved from {old} to {new}.</source>
        <translation>Delmålet ”{subject}”: sista datum flyttat från {old} till {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{subject}”: due date set to {new}.</source>
        <translation>Delmålet ”{subject}”: sista datum satt till {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{subject}”: due date removed (was {old}).</source>
        <translation>Delmålet ”{subject}”: sista datum borttaget (var {old}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{subject}”: status changed from {old} to {new}.</source>
        <translation>Delmålet ”{subject}”: status ändrad från {old} till {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{subject}”: the linked placement was changed.</source>
        <translation>Delmålet ”{subject}”: den kopplade placeringen har ändrats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{subject}” was changed.</source>
        <translation>Delmålet ”{subject}” har ändrats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New resource: {subject} ({item_kind}).</source>
        <translation>Ny resurs: {subject} ({item_kind}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource removed: {subject}.</source>
        <translation>Resurs borttagen: {subject}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource “{subject}” is now {new} instead of {old}.</source>
        <translation>Resursen ”{subject}” är nu {new} i stället för {old}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource “{old}” changed to “{new}”.</source>
        <translation>Resursen ”{old}” ändrades till ”{new}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource “{subject}”: level changed from {old} to {new}.</source>
        <translation>Resursen ”{subject}”: nivå ändrad från {old} till {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource “{subject}” was changed.</source>
        <translation>Resursen ”{subject}” har ändrats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New barrier ({item_kind}): {subject}.</source>
        <translation>Nytt hinder ({item_kind}): {subject}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier removed ({item_kind}): {subject}.</source>
        <translation>Hinder borttaget ({item_kind}): {subject}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier “{subject}” is now {new} instead of {old}.</source>
        <translation>Hindret ”{subject}” är nu {new} i stället för {old}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier “{old}” changed to “{new}”.</source>
        <translation>Hindret ”{old}” ändrades till ”{new}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier “{subject}” is now marked sensitive.</source>
        <translation>Hindret ”{subject}” är nu markerat som känsligt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier “{subject}” is no longer marked sensitive.</source>
        <translation>Hindret ”{subject}” är inte längre markerat som känsligt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier “{subject}” was changed.</source>
        <translation>Hindret ”{subject}” har ändrats.</translation>
    </message>
</context>
<context>
    <name>PlanColumns</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/models.py" line="+169"/>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} – overdue</source>
        <translation>{date} – försenat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it</source>
        <translation>Vem gör det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation or field</source>
        <translation>Yrke eller område</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+15"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sensitive – not printed</source>
        <translation>Känsligt – skrivs inte ut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Barrier</source>
        <translation>Hinder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensitive</source>
        <translation>Känsligt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sensitive: seen by the staff who work with the young person; never printed on the plan.</source>
        <translation>Känsligt: syns för den personal som arbetar med ungdomen; skrivs aldrig ut på planen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agreed {date}</source>
        <translation>Överenskommen {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not agreed yet</source>
        <translation>Inte överenskommen än</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reviewed</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness</source>
        <translation>Beredskap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/editor.py" line="+231"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove the step “{name}” from the plan?</source>
        <translation>Vill du ta bort delmålet ”{name}” från planen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the goal “{name}” from the plan?</source>
        <translation>Vill du ta bort målet ”{name}” från planen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the resource “{name}” from the plan?</source>
        <translation>Vill du ta bort resursen ”{name}” från planen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the barrier “{name}” from the plan?</source>
        <translation>Vill du ta bort hindret ”{name}” från planen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {number} is agreed and stays as it is; the change starts version {next}, which needs a new agreement.</source>
        <translation>Version {number} är överenskommen och förblir som den är; ändringen startar version {next}, som kräver en ny överenskommelse.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The plan has been loaded again as it is now. Nothing of yours was saved; do it again if it is still needed.</source>
        <translation>Planen har lästs in igen så som den ser ut nu. Inget av ditt sparades; gör det igen om det fortfarande behövs.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading the plan…</source>
        <translation>Läser in planen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Started {date}</source>
        <translation>Påbörjad {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next review {date}</source>
        <translation>nästa uppföljning {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version {number}, agreed {date} ({method})</source>
        <translation>version {number}, överenskommen {date} ({method})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version {number}, not agreed yet</source>
        <translation>version {number}, inte överenskommen än</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This plan was closed on {date}. It can be read and printed but no longer changed.</source>
        <translation>Planen avslutades {date}. Den kan läsas och skrivas ut men inte längre ändras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version {number} has not been agreed with {name} yet. Go through it together, then record the agreement.</source>
        <translation>Version {number} är ännu inte överenskommen med {name}. Gå igenom den tillsammans och registrera sedan överenskommelsen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {number} has changes that {name} has not agreed to yet; version {agreed} is the one in force. Compare the two under Versions, then record the agreement.</source>
        <translation>Version {number} har ändringar som {name} ännu inte har godkänt; version {agreed} är den som gäller. Jämför de två under Versioner och registrera sedan överenskommelsen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Steps</source>
        <translation>&amp;Delmål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Goals</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Resources and competences</source>
        <translation>&amp;Resurser och kompetenser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Barriers</source>
        <translation>&amp;Hinder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versio&amp;ns</source>
        <translation>Versio&amp;ner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add step…</source>
        <translation>&amp;Lägg till delmål…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>R&amp;edigera…</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Add goal…</source>
        <translation>&amp;Lägg till mål…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add resource…</source>
        <translation>&amp;Lägg till resurs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add barrier…</source>
        <translation>&amp;Lägg till hinder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive barriers are seen only by the staff who work with the young person, and are never printed.</source>
        <translation>Känsliga hinder syns bara för den personal som arbetar med ungdomen och skrivs aldrig ut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a&amp;greement…</source>
        <translation>Registrera ö&amp;verenskommelse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
</context>
<context>
    <name>PlanListView</name>
    <message>
        <location filename="../../neo_desktop/ui/views/plans.py" line="+71"/>
        <source>Plans</source>
        <translation>Handlingsplaner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The open qualification plans of your caseload: when each is reviewed and how many steps are overdue. Press Enter or double-click to open a plan.</source>
        <translation>De öppna handlingsplanerna i din ärendelista: när varje plan ska följas upp och hur många delmål som är försenade. Tryck Enter eller dubbelklicka för att öppna en plan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open plan</source>
        <translation>Ö&amp;ppna plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start a plan…</source>
        <translation>&amp;Starta en plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a plan for a young person who has none (Ctrl+N)</source>
        <translation>Starta en plan för en ungdom som inte har någon (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-77"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Överenskommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>Under uppföljning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/wording.py" line="+38"/>
        <source>the young person</source>
        <translation>ungdomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the caseworker</source>
        <translation>handläggaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the coordinator or mentor</source>
        <translation>samordnaren eller mentorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the employer</source>
        <translation>arbetsgivaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another partner</source>
        <translation>en annan samarbetspartner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>planned</source>
        <translation>planerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>klart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped</source>
        <translation>utgått</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a job goal</source>
        <translation>ett arbetsmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an education goal</source>
        <translation>ett utbildningsmål</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a course</source>
        <translation>en kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an internship</source>
        <translation>praktik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network group</source>
        <translation>nätverksgruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mentoring</source>
        <translation>mentorskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CV and applications</source>
        <translation>CV och ansökningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interview training</source>
        <translation>intervjuträning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>education</source>
        <translation>utbildning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>treatment</source>
        <translation>behandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another activity</source>
        <translation>en annan aktivitet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>strength</source>
        <translation>styrka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest</source>
        <translation>intresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>experience</source>
        <translation>erfarenhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>driving licence</source>
        <translation>körkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate</source>
        <translation>intyg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>health</source>
        <translation>hälsa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social</source>
        <translation>sociala förhållanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>housing</source>
        <translation>boende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transport</source>
        <translation>resor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>childcare</source>
        <translation>barnomsorg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>annat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step</source>
        <translation>delmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resource</source>
        <translation>resurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>barrier</source>
        <translation>hinder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan version</source>
        <translation>planversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan template</source>
        <translation>planmall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>young person</source>
        <translation>ungdom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it</source>
        <translation>Vem gör det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of who does it</source>
        <translation>Namn på den som gör det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on</source>
        <translation>Klart den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked placement</source>
        <translation>Kopplad placering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation or field</source>
        <translation>Yrke eller område</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Känsligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>Uppföljningsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Avslutad den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>Används</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Early school leavers</source>
        <translation>Unga som avbrutit skolan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newly arrived</source>
        <translation>Nyanlända</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-term unemployed</source>
        <translation>Långtidsarbetslösa</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../neo_desktop/ui/views/plans.py" line="+79"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: {status}, version {number}</source>
        <translation>{name}: {status}, version {number}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>All plans</source>
        <translation>Alla planer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close plan</source>
        <translation>Stäng plan</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/progress.py" line="+92"/>
        <source>{done} of {steps} steps done</source>
        <translation>{done} av {steps} delmål klara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} in progress</source>
        <translation>{count} pågår</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} overdue</source>
        <translation>{count} försenade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} dropped</source>
        <translation>{count} utgått</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness for work (own rating, 1–10)</source>
        <translation>Redo för arbete (egen bedömning, 1–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record re&amp;view…</source>
        <translation>Registrera &amp;uppföljning…</translation>
    </message>
</context>
<context>
    <name>ProjectSettingsDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/project_settings.py" line="+94"/>
        <source>Write the budget as a number, for example 2500000.</source>
        <translation>Skriv budgeten som ett tal, till exempel 2500000.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A project needs a code and a name.</source>
        <translation>Ett projekt behöver en kod och ett namn.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+1"/>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Project settings</source>
        <translation>Projektinställningar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ends:</source>
        <translation>S&amp;lutar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lead organisation:</source>
        <translation>Le&amp;dande organisation:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Funding:</source>
        <translation>&amp;Finansiering:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest number &amp;shown:</source>
        <translation>Minsta &amp;tal som visas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… in sensitive &amp;breakdowns:</source>
        <translation>… i känsliga &amp;uppdelningar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warn after days without contact:</source>
        <translation>&amp;Varna efter dagar utan kontakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep case files (&amp;years):</source>
        <translation>Spara ärenden (å&amp;r):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;payment from the funder:</source>
        <translation>Sista &amp;utbetalningen från finansiären:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. ESF+ or Interreg Öresund-Kattegat-Skagerrak</source>
        <translation>t.ex. ESF+ eller Interreg Öresund-Kattegatt-Skagerrak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics that leave the program hide counts below this number (at least 3, Statistics Denmark&apos;s minimum).</source>
        <translation>Statistik som lämnar programmet döljer antal under det här talet (minst 3, Danmarks Statistiks minimum).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same for breakdowns by disability, minority or other sensitive attributes (usually 5).</source>
        <translation>Detsamma för uppdelningar efter funktionsnedsättning, minoritet eller andra känsliga uppgifter (vanligen 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case files are kept this many years after 31 December of the year of the last payment (EU funds: five), then they are due for anonymisation.</source>
        <translation>Ärenden sparas så många år efter den 31 december det år den sista utbetalningen kom (EU-medel: fem), sedan ska de anonymiseras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet</source>
        <translation>inte än</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/projects.py" line="+96"/>
        <source>The partnership&apos;s projects: period, funding, partners, targets over time, who is eligible, and the data settings – how small a number statistics may show, when a missing contact is flagged, and how long case files are kept.</source>
        <translation>Partnerskapets projekt: period, finansiering, partner, mål över tid, vem som tillhör målgruppen, och datainställningarna – hur små tal statistik får visa, när utebliven kontakt flaggas och hur länge ärenden sparas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partners…</source>
        <translation>&amp;Partner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Targets…</source>
        <translation>&amp;Mål…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ligibility…</source>
        <translation>Mål&amp;grupp…</translation>
    </message>
</context>
<context>
    <name>ProposalStatus</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+95"/>
        <source>Proposed</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Avböjd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Återkallad</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/match_actions.py" line="-125"/>
        <source>Proposals</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening</source>
        <translation>Ledig plats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Young person</source>
        <translation>Ungdomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why declined</source>
        <translation>Varför avböjt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accepted</source>
        <translation>&amp;Accepterat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declined…</source>
        <translation>A&amp;vböjt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdrawn</source>
        <translation>Å&amp;terkallat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;placement…</source>
        <translation>Skapa &amp;placering…</translation>
    </message>
</context>
<context>
    <name>Rag</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+62"/>
        <source>On track</source>
        <translation>Enligt plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behind plan</source>
        <translation>Efter plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Well behind plan</source>
        <translation>Långt efter plan</translation>
    </message>
</context>
<context>
    <name>ReadinessChart</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/chart.py" line="+53"/>
        <source>{date}: {rating} of 10</source>
        <translation>{date}: {rating} av 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readiness for work, the young person&apos;s own rating:</source>
        <translation>Redo för arbete, ungdomens egen bedömning:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ratings of readiness for work yet. Record a review to add one.</source>
        <translation>Inga bedömningar av hur redo ungdomen är för arbete än. Registrera en uppföljning för att lägga till en.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readiness for work over time</source>
        <translation>Redo för arbete över tid</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No ratings yet</source>
        <translation>Inga bedömningar än</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/caseload/reassign_dialog.py" line="+64"/>
        <source>Hand over to another caseworker</source>
        <translation>Lämna över till en annan handläggare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand {count} young people over to another caseworker. The reason is written in each journal and in the access log.</source>
        <translation>Lämna över {count} ungdomar till en annan handläggare. Skälet skrivs i varje journal och i åtkomstloggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New caseworker:</source>
        <translation>&amp;Ny handläggare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: Mette is on leave until March</source>
        <translation>till exempel: Mette är ledig till mars</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <location filename="../../neo_desktop/ui/views/record_table_view.py" line="+201"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list could not be loaded.</source>
        <translation>Listan kunde inte läsas in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} in the list</source>
        <translation>{count} i listan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the list again (F5)</source>
        <translation>Läs in listan igen (F5)</translation>
    </message>
</context>
<context>
    <name>ReferenceEntryDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/reference_lists.py" line="+70"/>
        <location line="+1"/>
        <source>New list entry</source>
        <translation>Ny post i listan</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Edit list entry</source>
        <translation>Redigera post i listan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;English:</source>
        <translation>&amp;Engelska:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Danish:</source>
        <translation>&amp;Danska:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Swedish:</source>
        <translation>&amp;Svenska:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Order:</source>
        <translation>&amp;Ordning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;In use:</source>
        <translation>&amp;Används:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both countries</source>
        <translation>Båda länderna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored in the records, e.g. dk_virksomhedspraktik</source>
        <translation>sparas i posterna, t.ex. dk_virksomhedspraktik</translation>
    </message>
</context>
<context>
    <name>ReferenceListsPage</name>
    <message>
        <location line="-84"/>
        <source>Activity kinds</source>
        <translation>Aktivitetstyper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes at exit</source>
        <translation>Resultat vid avslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement types</source>
        <translation>Placeringstyper</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Both</source>
        <translation>Båda</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The choices the forms offer, with a label in each language. An entry that is no longer used is switched off rather than deleted, because stored records keep its code.</source>
        <translation>Valen som formulären erbjuder, med en text på varje språk. En post som inte längre används stängs av i stället för att raderas, eftersom sparade poster behåller dess kod.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New entry…</source>
        <translation>&amp;Ny post…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
</context>
<context>
    <name>RelationshipStatus</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-109"/>
        <source>Prospect</source>
        <translation>Möjlig partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active partner</source>
        <translation>Aktiv partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../neo_desktop/ui/views/reports.py" line="+94"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project&apos;s progress against its targets, with an early warning when intake falls behind plan, and its statistics as they would leave the program: small numbers are hidden.</source>
        <translation>Ett projekts utveckling mot målen, med tidig varning när inskrivningen hamnar efter plan, och dess statistik så som den skulle lämna programmet: små tal är dolda.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&lt;b&gt;Early warning: intake is behind plan.&lt;/b&gt; {actual} participants enrolled against {planned} planned by now. At the pace of the last six months ({pace} a month) the project will end at about {projected} of {target}.</source>
        <translation>&lt;b&gt;Tidig varning: inskrivningen ligger efter plan.&lt;/b&gt; {actual} deltagare är inskrivna mot {planned} planerade hittills. I takten från de senaste sex månaderna ({pace} i månaden) slutar projektet på ungefär {projected} av {target}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To reach the target, {needed} a month must be enrolled from now on.</source>
        <translation>För att nå målet behöver {needed} skrivas in i månaden från och med nu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/item_forms.py" line="+43"/>
        <source>Edit resource</source>
        <translation>Redigera resurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New resource</source>
        <translation>Ny resurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the young person brings. Resources and interests are used to find matching internships and jobs.</source>
        <translation>Det som ungdomen har med sig. Resurser och intressen används för att hitta praktikplatser och arbeten som passar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Level:</source>
        <translation>&amp;Nivå:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional, e.g. B1, category B</source>
        <translation>Valfritt, t.ex. B1, behörighet B</translation>
    </message>
</context>
<context>
    <name>ResourceKind</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-25"/>
        <source>Strength</source>
        <translation>Styrka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Intresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experience</source>
        <translation>Erfarenhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driving licence</source>
        <translation>Körkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Intyg</translation>
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/data_protection/retention.py" line="+66"/>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case files due for anonymisation: {count}.</source>
        <translation>Ärenden som ska anonymiseras: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No case file is past its retention period.</source>
        <translation>Inget ärende har passerat sin lagringsperiod.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Anonymise case files</source>
        <translation>Anonymisera ärenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymise the people chosen ({count} in all)? Their names, identity numbers, contact details, journal, consents and plans are removed. Statistics keep their gender, year of birth, background and outcomes. This cannot be undone.</source>
        <translation>Anonymisera de valda personerna ({count} totalt)? Deras namn, personnummer, kontaktuppgifter, journal, samtycken och planer tas bort. Statistiken behåller deras kön, födelseår, bakgrund och resultat. Det går inte att ångra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonymisera</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Anonymising…</source>
        <translation>Anonymiserar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision {decision} carried out; people anonymised: {count}. The decision and its reason are in the access log for each of them.</source>
        <translation>Beslut {decision} är genomfört; anonymiserade personer: {count}. Beslutet och skälet finns i åtkomstloggen för var och en av dem.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Retention run</source>
        <translation>Kontroll av lagring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case files are kept for the project&apos;s retention period after 31 December of the year of its last payment. “Check what is due” lists the people whose period is over; nothing changes until you approve it with a written reason. Anonymisation keeps what the statistics need.</source>
        <translation>Ärenden sparas under projektets lagringsperiod efter den 31 december det år den sista utbetalningen kom. ”Visa det som ska anonymiseras” listar de personer vars period har gått ut; inget ändras förrän du godkänner det med ett skriftligt skäl. Anonymiseringen behåller det som statistiken behöver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check what is due</source>
        <translation>&amp;Visa det som ska anonymiseras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the decision:</source>
        <translation>&amp;Skäl för beslutet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Retention period over (ESF+ project closed 2026)</source>
        <translation>t.ex. Lagringsperioden har gått ut (ESF+-projekt avslutat 2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anonymise selected…</source>
        <translation>&amp;Anonymisera de valda…</translation>
    </message>
</context>
<context>
    <name>ReviewDateDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/dialogs.py" line="+67"/>
        <source>Review date</source>
        <translation>Uppföljningsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the plan is next reviewed with {name}. The date shows in your follow-ups.</source>
        <translation>När planen nästa gång följs upp med {name}. Datumet visas i dina uppföljningar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next review:</source>
        <translation>&amp;Nästa uppföljning:</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location line="-32"/>
        <source>Record review</source>
        <translation>Registrera uppföljning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is it going? Ask {name} to rate their own readiness for work.</source>
        <translation>Hur går det? Be {name} att själv bedöma hur redo hen är för arbete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reviewed on:</source>
        <translation>&amp;Uppföljd den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness for &amp;work (1–10):</source>
        <translation>Redo för &amp;arbete (1–10):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 = not ready at all, 10 = ready to start work or education tomorrow.</source>
        <translation>1 = inte alls redo, 10 = redo att börja arbeta eller studera i morgon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt review:</source>
        <translation>Nä&amp;sta uppföljning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record review</source>
        <translation>&amp;Registrera uppföljning</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+156"/>
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steering-group secretary</source>
        <translation>Styrgruppssekreterare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor</source>
        <translation>Revisor</translation>
    </message>
</context>
<context>
    <name>RoleGrantsEditor</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/staff_dialogs.py" line="-207"/>
        <location line="+59"/>
        <source>All projects</source>
        <translation>Alla projekt</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sees the team</source>
        <translation>Ser teamet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A caseworker may be allowed to read the caseload of their team in their own organisation.</source>
        <translation>En handläggare kan få läsa teamets ärendelista i sin egen organisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add role</source>
        <translation>&amp;Lägg till roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove role</source>
        <translation>&amp;Ta bort roll</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/widgets.py" line="+118"/>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/common.py" line="+173"/>
        <source>Close this window and open the record again to see the other changes.</source>
        <translation>Stäng fönstret och öppna posten igen för att se de andra ändringarna.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/dialogs/sign_in.py" line="+119"/>
        <source>Enter your user name and password.</source>
        <translation>Ange ditt användarnamn och lösenord.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Sign in – NEO Desktop</source>
        <translation>Logga in – NEO Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to NEO Desktop</source>
        <translation>Logga in i NEO Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a demo database. Sign in as caseworker, coordinator, secretary, admin or auditor with the password “demo”.</source>
        <translation>Det här är en demodatabas. Logga in som caseworker, coordinator, secretary, admin eller auditor med lösenordet ”demo”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening the database…</source>
        <translation>Öppnar databasen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {where}</source>
        <translation>Databas: {where}</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/staff_dialogs.py" line="+98"/>
        <location line="+1"/>
        <source>New staff account</source>
        <translation>Nytt personalkonto</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Edit staff account</source>
        <translation>Redigera personalkonto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full &amp;name:</source>
        <translation>Fullständigt &amp;namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Roles:</source>
        <translation>&amp;Roller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lower-case letters, e.g. mette.soerensen</source>
        <translation>små bokstäver, t.ex. mette.soerensen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least {length} characters</source>
        <translation>minst {length} tecken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person signs in with the login name and this password. The login name cannot be changed later.</source>
        <translation>Personen loggar in med användarnamnet och det här lösenordet. Användarnamnet kan inte ändras senare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: single sign-on</source>
        <translation>tomt: gemensam inloggning (single sign-on)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving creates the person&apos;s own login on the shared database and grants it the database roles of their NEO roles; row-level security then limits what it can read. Leave the password empty if your organisation signs people in with single sign-on.</source>
        <translation>När du sparar skapas personens egen inloggning i den gemensamma databasen med databasroller efter personens NEO-roller; säkerhet på radnivå begränsar sedan vad den kan läsa. Lämna lösenordet tomt om er organisation loggar in folk med single sign-on.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed roles take effect the next time the person signs in.</source>
        <translation>Ändrade roller gäller från nästa gång personen loggar in.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/staff.py" line="+42"/>
        <source>sees the team</source>
        <translation>ser teamet</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Återaktivera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who may sign in, in which organisation, and with which roles in which projects. On this embedded database everyone signs in with a password kept here (as a hash).</source>
        <translation>Vem som får logga in, i vilken organisation och med vilka roller i vilka projekt. I den här inbyggda databasen loggar alla in med ett lösenord som sparas här (som hash).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who may sign in, in which organisation, and with which roles in which projects. Each account is the person&apos;s own login on the shared database; its database roles follow the roles given here.</source>
        <translation>Vem som får logga in, i vilken organisation och med vilka roller i vilka projekt. Varje konto är personens egen inloggning i den gemensamma databasen; dess databasroller följer rollerna här.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New account…</source>
        <translation>&amp;Nytt konto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;password…</source>
        <translation>Ange &amp;lösenord…</translation>
    </message>
</context>
<context>
    <name>StartPlanDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/start_dialog.py" line="+69"/>
        <source>Everyone in your caseload already has a plan.</source>
        <translation>Alla i din ärendelista har redan en plan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No template – start with an empty plan</source>
        <translation>Ingen mall – börja med en tom plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({group})</source>
        <translation>{name} ({group})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan starts empty; add goals and steps yourself.</source>
        <translation>Planen börjar tom; lägg själv till mål och delmål.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan starts with these {count} steps:</source>
        <translation>Planen börjar med dessa {count} delmål:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This template has no steps.</source>
        <translation>Mallen har inga delmål.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start a plan</source>
        <translation>Starta en plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a qualification plan for a young person in your caseload who has no active plan. A template for the young person&apos;s target group adds its steps, which you can change afterwards.</source>
        <translation>Starta en handlingsplan för en ungdom i din ärendelista som inte har någon aktiv plan. En mall för ungdomens målgrupp lägger till sina delmål, som du kan ändra efteråt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Young person:</source>
        <translation>&amp;Ungdom:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Börjar den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First &amp;review:</source>
        <translation>Första &amp;uppföljning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start plan</source>
        <translation>&amp;Starta plan</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../neo_desktop/ui/startup.py" line="+138"/>
        <source>Opening the database…</source>
        <translation>Öppnar databasen…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>NEO Desktop cannot use the database</source>
        <translation>NEO Desktop kan inte använda databasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection settings…</source>
        <translation>Anslutningsinställningar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Preparing demo data for the first start…</source>
        <translation>Förbereder demodata för första starten…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Signing in…</source>
        <translation>Loggar in…</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/statistics_panel.py" line="+86"/>
        <source>Hidden: a small count, or a count that would give one away</source>
        <translation>Dolt: ett litet tal, eller ett tal som skulle avslöja ett litet tal</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/course_dialogs.py" line="-65"/>
        <source>Change status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Ny status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exit date:</source>
        <translation>&amp;Slutdatum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gained a &amp;qualification:</source>
        <translation>Har fått en &amp;kvalifikation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note for the journal:</source>
        <translation>&amp;Anteckning till journalen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaving schedules the follow-up six months after the exit date.</source>
        <translation>Vid avslut planeras uppföljningen sex månader efter slutdatumet.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/item_forms.py" line="-111"/>
        <source>Edit step</source>
        <translation>Redigera delmål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New step</source>
        <translation>Nytt delmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does what by when. The plan starts on {date}; a step cannot be due before that.</source>
        <translation>Vem gör vad och när. Planen börjar {date}; ett delmål kan inte ha ett slutdatum före det.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What:</source>
        <translation>&amp;Vad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Activity:</source>
        <translation>&amp;Aktivitet:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Who does it:</source>
        <translation>V&amp;em gör det:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Senast:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Completed on:</source>
        <translation>&amp;Klart den:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Write a CV and send it to three companies</source>
        <translation>t.ex. Skriv ett CV och skicka det till tre företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who…</source>
        <translation>Välj vem…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the employer&apos;s, mentor&apos;s or partner&apos;s name</source>
        <translation>Valfritt: arbetsgivarens, mentorns eller partnerns namn</translation>
    </message>
</context>
<context>
    <name>StepOwner</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-187"/>
        <source>The young person</source>
        <translation>Ungdomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator or mentor</source>
        <translation>Samordnare eller mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other partner</source>
        <translation>Annan samarbetspartner</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <location line="-10"/>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Utgått</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/data_protection/subject_access.py" line="+75"/>
        <location line="+65"/>
        <location line="+36"/>
        <source>Subject access request</source>
        <translation>Begäran om registerutdrag</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+100"/>
        <source>(choose a person)</source>
        <translation>(välj en person)</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Choose the person from your caseload, or type their number.</source>
        <translation>Välj personen i din ärendelista, eller skriv personens nummer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The files could not be saved there ({reason}). Choose another folder.</source>
        <translation>Filerna kunde inte sparas där ({reason}). Välj en annan mapp.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the subject access export</source>
        <translation>Spara registerutdraget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting the person&apos;s data…</source>
        <translation>Exporterar personens uppgifter…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the readable export {pdf} and the machine-readable {json}. Give both to the person.</source>
        <translation>Sparade det läsbara utdraget {pdf} och det maskinläsbara {json}. Ge båda till personen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lookups of this person&apos;s data: {count}. Staff names are left out: a person may know when and why, not who.</source>
        <translation>Sökningar i personens uppgifter: {count}. Personalens namn är utelämnade: personen får veta när och varför, inte vem.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A person&apos;s access to their own data</source>
        <translation>En persons insyn i sina egna uppgifter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When a young person asks what is stored about them, export it all: a readable PDF and a JSON file a computer can read. They may also ask when and why their data was looked up; staff names are not given. Both are recorded in the access log.</source>
        <translation>När en ung frågar vad som är registrerat om dem, exportera allt: en läsbar PDF och en JSON-fil som en dator kan läsa. De kan också fråga när och varför deras uppgifter söktes fram; personalens namn lämnas inte ut. Båda registreras i åtkomstloggen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From your &amp;caseload:</source>
        <translation>Från din &amp;ärendelista:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>or the person&apos;s &amp;number:</source>
        <translation>eller personens &amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Syfte:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language of the PDF:</source>
        <translation>&amp;Språk i PDF:en:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export PDF and JSON…</source>
        <translation>&amp;Exportera PDF och JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;lookups</source>
        <translation>Visa &amp;sökningar</translation>
    </message>
</context>
<context>
    <name>TargetKind</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+175"/>
        <source>Participants enrolled</source>
        <translation>Inskrivna deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into employment</source>
        <translation>Till arbete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into education</source>
        <translation>Till studier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into employment or education</source>
        <translation>Till arbete eller studier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into internships or apprenticeships</source>
        <translation>Till praktik eller lärlingsplats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placements in companies</source>
        <translation>Placeringar på arbetsplatser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies engaged</source>
        <translation>Engagerade arbetsgivare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to other help</source>
        <translation>Vidare till annat stöd</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/project_lists.py" line="+13"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By date</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned so far</source>
        <translation>Planerat hittills</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Choose a target above to see its planned curve.</source>
        <translation>Välj ett mål ovan för att se dess planerade kurva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The planned curve of: {target}</source>
        <translation>Den planerade kurvan för: {target}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Project targets</source>
        <translation>Projektets mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Targets:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned &amp;curve:</source>
        <translation>Planerad &amp;kurva:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the project has promised its funder, and how far it plans to have come by each date (cumulative). Reports compare the records with this curve, so a slow intake shows early.</source>
        <translation>Det som projektet har lovat finansiären, och hur långt det planerar att ha kommit vid varje datum (sammanlagt). Rapporterna jämför posterna med kurvan, så att ett långsamt intag syns tidigt.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/dialogs.py" line="-93"/>
        <source>The plan has been loaded again with the other changes. Check them, then try again.</source>
        <translation>Planen har lästs in igen med de andra ändringarna. Kontrollera dem och försök sedan igen.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/template_editor.py" line="+126"/>
        <source>Choose who…</source>
        <translation>Välj vem…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The steps were changed.</source>
        <translation>Delmålen har ändrats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What they changed is now in the form; what you changed yourself is kept. Check it and save again.</source>
        <translation>Det som den andra ändrade står nu i formuläret; det du själv har ändrat finns kvar. Kontrollera och spara igen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit plan template</source>
        <translation>Redigera planmall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New plan template</source>
        <translation>Ny planmall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Target group:</source>
        <translation>&amp;Målgrupp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In use:</source>
        <translation>Används:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Offer this template when a plan is started</source>
        <translation>&amp;Erbjud mallen när en plan startas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ste&amp;ps (due so many days after the plan starts):</source>
        <translation>De&amp;lmål (senast så många dagar efter planens start):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who does it</source>
        <translation>Vem gör det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due after</source>
        <translation>Senast efter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add step</source>
        <translation>Lägg &amp;till delmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove step</source>
        <translation>Ta &amp;bort delmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location line="+53"/>
        <source>{name} – {group}, {count} steps</source>
        <translation>{name} – {group}, {count} delmål</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not in use)</source>
        <translation>(används inte)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan templates: the steps a new plan starts with, per target group. Caseworkers adapt each plan to the young person afterwards.</source>
        <translation>Planmallar: de delmål som en ny plan börjar med, för varje målgrupp. Handläggarna anpassar sedan varje plan till ungdomen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New template…</source>
        <translation>&amp;Ny mall…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>R&amp;edigera…</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/journal_panel.py" line="-111"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sensitive note: only the organisation that owns the record may read it</source>
        <translation>Känslig anteckning: bara organisationen som äger ärendet får läsa den</translation>
    </message>
</context>
<context>
    <name>TodayWidget</name>
    <message>
        <location filename="../../neo_desktop/ui/caseload/today_widget.py" line="+73"/>
        <source>Nothing needs doing today.</source>
        <translation>Inget behöver göras i dag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} things for {date}. Press Enter or double-click a line to open the record.</source>
        <translation>{count} uppgifter för {date}. Tryck Enter eller dubbelklicka på en rad för att öppna ärendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow-ups due today or overdue</source>
        <translation>Uppföljningar i dag eller försenade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Six-month follow-ups after leaving</source>
        <translation>Uppföljning sex månader efter avslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan reviews due</source>
        <translation>Planer som ska följas upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan steps overdue</source>
        <translation>Försenade delmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact for a long time</source>
        <translation>Ingen kontakt på länge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings in the coming week</source>
        <translation>Möten den kommande veckan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placements starting this week</source>
        <translation>Placeringar som börjar denna vecka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placements ending this week</source>
        <translation>Placeringar som slutar denna vecka</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{days} days overdue</source>
        <translation>{days} dagar sen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left: {outcome}</source>
        <translation>avslutad: {outcome}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{step} ({days} days overdue)</source>
        <translation>{step} ({days} dagar sen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no contact for {days} days</source>
        <translation>ingen kontakt på {days} dagar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Young person</source>
        <translation>Ungdomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
</context>
<context>
    <name>TriStateBox</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/widgets.py" line="-35"/>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/errors.py" line="+19"/>
        <source>NEO Desktop</source>
        <translation>NEO Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong.</source>
        <translation>Ett oväntat fel inträffade.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;The details have been written to the log file:&lt;/p&gt;&lt;p style=&quot;white-space:pre&quot;&gt;{path}&lt;/p&gt;&lt;p&gt;What you saved before is safe, but the last action may not have finished. If it happens again, send the log file to your administrator.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Detaljerna har skrivits till loggfilen:&lt;/p&gt;&lt;p style=&quot;white-space:pre&quot;&gt;{path}&lt;/p&gt;&lt;p&gt;Det du har sparat tidigare är säkert, men den senaste åtgärden kanske inte slutfördes. Om det händer igen, skicka loggfilen till din administratör.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open log folder</source>
        <translation>Öppna loggmappen</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/versions.py" line="+95"/>
        <location line="+63"/>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>There is only one version so far. A change to an agreed version starts a new one, and the two can then be compared here.</source>
        <translation>Det finns bara en version hittills. En ändring av en överenskommen version startar en ny, och de två kan då jämföras här.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose two versions and press Compare to see what changed.</source>
        <translation>Välj två versioner och tryck på Jämför för att se vad som har ändrats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changed from version {old} to version {new}.</source>
        <translation>Inget har ändrats från version {old} till version {new}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changed from version {old} to version {new} ({count}):</source>
        <translation>Ändringar från version {old} till version {new} ({count}):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare &amp;version</source>
        <translation>Jämför &amp;version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with v&amp;ersion</source>
        <translation>med v&amp;ersion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>&amp;Jämför</translation>
    </message>
</context>
<context>
    <name>WarningKind</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-220"/>
        <source>Follow-up overdue</source>
        <translation>Försenad uppföljning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan steps overdue</source>
        <translation>Försenade delmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact</source>
        <translation>Ingen kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance dropping</source>
        <translation>Minskande närvaro</translation>
    </message>
</context>
</TS>
