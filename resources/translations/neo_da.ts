<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AccessAction</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+363"/>
        <source>Read</source>
        <translation>Opslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Søgning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Oprettelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Sletning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Udtræk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymise</source>
        <translation>Anonymisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in</source>
        <translation>Log-ind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation>Mislykket log-ind</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/dialogs.py" line="+234"/>
        <source>Action item</source>
        <translation>Opfølgningspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is to be done</source>
        <translation>Hvad skal gøres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner (staff)</source>
        <translation>Ansvarlig (medarbejder)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Or owner by name</source>
        <translation>Eller ansvarlig ved navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda item</source>
        <translation>Dagsordenspunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the action item a due date</source>
        <translation>Giv opfølgningspunktet en frist</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-72"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/editor_tabs.py" line="+364"/>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Action item</source>
        <translation>Opfølgningspunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree an action…</source>
        <translation>Aftal et opfølgningspunkt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>Markér som udført</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel it</source>
        <translation>Annullér det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open again</source>
        <translation>Åbn igen</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-141"/>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internship</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network group</source>
        <translation>Netværksgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentoring</source>
        <translation>Mentorforløb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CV and applications</source>
        <translation>CV og ansøgninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview training</source>
        <translation>Træning i jobsamtaler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other activity</source>
        <translation>Anden aktivitet</translation>
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
        <translation>Partnerskabets opsætning: partnerorganisationer, projekter, medarbejderkonti og deres roller, de lister, formularerne tilbyder, planskabeloner og opbevaring af personoplysninger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects</source>
        <translation>Projekter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference lists</source>
        <translation>Referencelister</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan templates</source>
        <translation>Planskabeloner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection</source>
        <translation>Databeskyttelse</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/dialogs.py" line="-87"/>
        <source>Agenda item</source>
        <translation>Dagsordenspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter</source>
        <translation>Oplægsholder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes allotted</source>
        <translation>Afsatte minutter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked file or record</source>
        <translation>Tilknyttet fil eller post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file path or web address</source>
        <translation>En filsti eller webadresse</translation>
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
        <translation>Videreført fra et åbent opfølgningspunkt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose an agenda item to write its minutes.</source>
        <translation>Vælg et dagsordenspunkt for at skrive referat af det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presenter: {name}</source>
        <translation>Oplægsholder: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company: {name}</source>
        <translation>Virksomhed: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target: {name}</source>
        <translation>Mål: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked: {link}</source>
        <translation>Tilknyttet: {link}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Add item…</source>
        <translation>Tilføj punkt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in open actions</source>
        <translation>Hent åbne opfølgningspunkter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save minutes</source>
        <translation>Gem referat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the group&apos;s open action items that are not on the agenda yet at its end</source>
        <translation>Sæt gruppens åbne opfølgningspunkter, som ikke er på dagsordenen endnu, sidst på den</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was said and agreed under this item</source>
        <translation>Hvad der blev sagt og aftalt under dette punkt</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/dialogs.py" line="+150"/>
        <source>The plan has been loaded again. Go through the changes with the young person before you record the agreement.</source>
        <translation>Planen er indlæst igen. Gå ændringerne igennem med den unge, før du registrerer aftalen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record agreement</source>
        <translation>Registrér aftale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that {name} agreed to version {number} of the plan as it is now. Version {number} is then locked; later changes start version {next}, which needs a new agreement.</source>
        <translation>Registrér, at {name} har sagt ja til version {number} af planen, som den ser ud nu. Version {number} bliver derefter låst; senere ændringer starter version {next}, som kræver en ny aftale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Agreed on:</source>
        <translation>&amp;Aftalt den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How:</source>
        <translation>&amp;Hvordan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record agreement</source>
        <translation>&amp;Registrér aftale</translation>
    </message>
</context>
<context>
    <name>AgreementMethod</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+24"/>
        <source>Signed on paper</source>
        <translation>Underskrevet på papir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a meeting</source>
        <translation>På et møde</translation>
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
        <translation>Sagsstamme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <translation>Kvalificeringsplaner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employers</source>
        <translation>Virksomheder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Møder</translation>
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
        <translation>Adgangslog</translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
    <message>
        <location line="-61"/>
        <source>Invited</source>
        <translation>Inviteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent apologies</source>
        <translation>Meldte afbud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/editor_tabs.py" line="+30"/>
        <source>Guest</source>
        <translation>Gæst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} young people are invited; their attendance is recorded in the caseload.</source>
        <translation>{count} unge er inviteret; deres deltagelse registreres i sagsstammen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save attendance</source>
        <translation>Gem fremmøde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A guest&apos;s name</source>
        <translation>En gæsts navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add guest</source>
        <translation>Tilføj gæst</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../neo_desktop/ui/views/audit.py" line="+132"/>
        <source>Export the access log</source>
        <translation>Udtræk adgangsloggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting the access log…</source>
        <translation>Udtrækker adgangsloggen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verifying…</source>
        <translation>Kontrollerer…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The workbook could not be saved there ({reason}). Choose another folder.</source>
        <translation>Projektmappen kunne ikke gemmes der ({reason}). Vælg en anden mappe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entries exported: {count}, to {path}</source>
        <translation>Poster udtrukket: {count}, til {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chain is intact: all {count} entries are as they were written.</source>
        <translation>Kæden er intakt: alle {count} poster er, som de blev skrevet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry {entry} was changed after it was written: its contents no longer match its hash. {count} entries before it are intact.</source>
        <translation>Post {entry} er ændret, efter den blev skrevet: indholdet passer ikke længere med dens hash. De {count} poster før den er intakte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry {entry} does not follow the entry before it: an entry was removed, inserted or edited. {count} entries before it are intact.</source>
        <translation>Post {entry} følger ikke posten før den: en post er fjernet, indsat eller ændret. De {count} poster før den er intakte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Access log</source>
        <translation>Adgangslog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every read, search, change, export and anonymisation of personal data, and every sign-in, with time, user, person and purpose. Your searches here are logged too. The newest {count} matching entries are shown; the export holds them all.</source>
        <translation>Alle opslag, søgninger, ændringer, udtræk og anonymiseringer af personoplysninger og alle log-ind, med tidspunkt, bruger, person og formål. Dine søgninger her bliver også logget. De nyeste {count} poster, der passer, vises; udtrækket indeholder dem alle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Person no.:</source>
        <translation>&amp;Person nr.:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;User:</source>
        <translation>&amp;Bruger:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Action:</source>
        <translation>&amp;Handling:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any day</source>
        <translation>enhver dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login name</source>
        <translation>brugernavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>&amp;Nulstil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Udtræk til Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Kontrollér kæden</translation>
    </message>
</context>
<context>
    <name>BackgroundForm</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/background_form.py" line="+82"/>
        <source>Highest &amp;education:</source>
        <translation>Højeste &amp;uddannelse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labour-market status:</source>
        <translation>&amp;Arbejdsmarkedsstatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unemployed since:</source>
        <translation>&amp;Ledig siden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Foreign background:</source>
        <translation>&amp;Udenlandsk baggrund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Third-country national:</source>
        <translation>&amp;Tredjelandsstatsborger:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Homeless or in housing exclusion:</source>
        <translation>&amp;Hjemløs eller udelukket fra bolig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives in a &amp;rural area:</source>
        <translation>Bor i et &amp;landdistrikt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a &amp;disability:</source>
        <translation>Har et &amp;handicap:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belongs to a &amp;minority:</source>
        <translation>Tilhører et &amp;mindretal:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Special-category data (GDPR Art. 9): record it only with the young person&apos;s consent.</source>
        <translation>Følsomme oplysninger (GDPR art. 9): registrér dem kun med den unges samtykke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{mark} Special-category data (GDPR Art. 9). Ask the young person and record the answer only with their consent; &quot;Not stated&quot; is always allowed.</source>
        <translation>{mark} Følsomme oplysninger (GDPR art. 9). Spørg den unge, og registrér svaret kun med samtykke; &quot;Ikke oplyst&quot; er altid tilladt.</translation>
    </message>
</context>
<context>
    <name>BarrierDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/item_forms.py" line="+251"/>
        <source>Edit barrier</source>
        <translation>Redigér barriere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New barrier</source>
        <translation>Ny barriere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What stands in the way. Mark health, social and other private matters as sensitive: they stay in the program and are never printed on the plan.</source>
        <translation>Det, der står i vejen. Markér helbred, sociale forhold og andre private forhold som følsomme: de bliver i programmet og udskrives aldrig på planen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sensitive:</source>
        <translation>Følsom:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sensitive – seen by staff only, never printed</source>
        <translation>&amp;Følsom – kun for medarbejdere, udskrives aldrig</translation>
    </message>
</context>
<context>
    <name>BarrierKind</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-113"/>
        <source>Health</source>
        <translation>Helbred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Sociale forhold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Childcare</source>
        <translation>Børnepasning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/openings_board.py" line="+66"/>
        <source>from {date}</source>
        <translation>fra {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{taken} of {places} taken</source>
        <translation>{taken} af {places} besat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the newest {shown} shown</source>
        <translation>de nyeste {shown} vises</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../neo_desktop/ui/caseload/list_model.py" line="+135"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identity number</source>
        <translation>CPR-/personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Alder</translation>
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
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since contact</source>
        <translation>Dage uden kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue steps</source>
        <translation>Delmål over tid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
</context>
<context>
    <name>CaseloadScope</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-70"/>
        <source>My caseload</source>
        <translation>Min sagsstamme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My team</source>
        <translation>Mit team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My organisation</source>
        <translation>Min organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A project</source>
        <translation>Et projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone I may see</source>
        <translation>Alle jeg må se</translation>
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
        <translation>Sagsstamme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What needs doing today, and the young people you work with. Press Enter to open a record, Ctrl+N to write a note.</source>
        <translation>Det, der skal gøres i dag, og de unge, du arbejder med. Tryk Enter for at åbne en sag, Ctrl+N for at skrive et notat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load the caseload again (F5)</source>
        <translation>Indlæs sagsstammen igen (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network &amp;group attendance…</source>
        <translation>Fremmøde i netværks&amp;gruppen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Young people</source>
        <translation>&amp;De unge</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/import_wizard.py" line="+198"/>
        <source>Checking every row…</source>
        <translation>Kontrollerer alle rækker…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All {count} rows can be imported.</source>
        <translation>Alle {count} rækker kan importeres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problems} of {count} rows have problems, listed first. Nothing will be imported until the file is corrected.</source>
        <translation>{problems} af {count} rækker har fejl; de står øverst. Intet importeres, før filen er rettet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import all {count} rows</source>
        <translation>&amp;Importér alle {count} rækker</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Importen blev afbrudt. Intet blev importeret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} young people were imported.</source>
        <translation>{count} unge blev importeret.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Check and import</source>
        <translation>Kontrol og import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked before anything is written: all rows are imported, or none.</source>
        <translation>Alle rækker kontrolleres, før noget gemmes: enten importeres alle rækker, eller ingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identity number</source>
        <translation>CPR-/personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Fejl</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../neo_desktop/ui/data_protection/subject_access.py" line="+45"/>
        <location filename="core_strings.py" line="+137"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of access</source>
        <translation>Type adgang</translation>
    </message>
    <message>
        <location filename="core_strings.py" line="+1"/>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Handling</translation>
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
        <translation>Afsluttet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept until</source>
        <translation>Opbevares til</translation>
    </message>
    <message>
        <location filename="core_strings.py" line="+1"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Søgning</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/data_protection/subject_access.py" line="+1"/>
        <location filename="core_strings.py" line="+1"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/admin/organisations.py" line="+20"/>
        <location filename="../../neo_desktop/ui/admin/projects.py" line="+22"/>
        <location filename="../../neo_desktop/ui/admin/staff.py" line="+23"/>
        <location filename="core_strings.py" line="+89"/>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>Næste kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since contact</source>
        <translation>Dage siden kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan status</source>
        <translation>Planstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review on</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue steps</source>
        <translation>Overskredne delmål</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Target value</source>
        <translation>Måltal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned by now</source>
        <translation>Planlagt til nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of target (%)</source>
        <translation>Andel af måltal (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected at end</source>
        <translation>Forventet ved afslutning</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/employers/company_list.py" line="+42"/>
        <location filename="core_strings.py" line="-89"/>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/admin/organisations.py" line="+0"/>
        <location filename="../../neo_desktop/ui/employers/company_list.py" line="+0"/>
        <location filename="core_strings.py" line="+1"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/employers/company_list.py" line="+1"/>
        <location filename="core_strings.py" line="+1"/>
        <source>Relationship</source>
        <translation>Samarbejde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="core_strings.py" line="+1"/>
        <source>Open openings</source>
        <translation>Ledige pladser</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="core_strings.py" line="+1"/>
        <source>Placements</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <location filename="core_strings.py" line="-38"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open actions</source>
        <translation>Åbne opfølgningspunkter</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Opnået</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/admin/staff.py" line="+0"/>
        <source>Login</source>
        <translation>Brugernavn</translation>
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
        <translation>Type</translation>
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
        <translation>CVR / org.nr.</translation>
    </message>
    <message>
        <location filename="core_strings.py" line="+1"/>
        <source>Registration number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
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
        <translation>Kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead organisation</source>
        <translation>Ledende organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partners</source>
        <translation>Partnere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/admin/reference_lists.py" line="+0"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Rækkefølge</translation>
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
        <translation>Org.nr. {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, engaged since {date}</source>
        <translation>, engageret siden {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Our contact person: {name}</source>
        <translation>Vores kontaktperson: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplies {name}</source>
        <translation>Leverandør til {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member of {networks}</source>
        <translation>Medlem af {networks}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not in your caseload)</source>
        <translation>(ikke i din sagsstamme)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Contacts ({count})</source>
        <translation>Kontakter ({count})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Openings ({count})</source>
        <translation>Jobåbninger ({count})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placements ({count})</source>
        <translation>Forløb ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History ({count})</source>
        <translation>Historik ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a company in the list to see its contacts, openings, placements and history.</source>
        <translation>Vælg en virksomhed på listen for at se dens kontakter, jobåbninger, forløb og historik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;contact…</source>
        <translation>Tilføj &amp;kontakt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log engagement…</source>
        <translation>&amp;Registrér kontakt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;opening…</source>
        <translation>Ny &amp;jobåbning…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company &amp;network</source>
        <translation>Virksomheds&amp;netværk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First to contact</source>
        <translation>Kontaktes først</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening</source>
        <translation>Jobåbning</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
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
        <translation>Besat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>Den unge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
</context>
<context>
    <name>CompanyPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/company_list.py" line="+113"/>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{count} in the list</source>
        <translation>{count} på listen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list could not be loaded.</source>
        <translation>Listen kunne ikke indlæses.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Export the employer network</source>
        <translation>Eksportér virksomhedsnetværket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employer-network.xlsx</source>
        <translation>virksomhedsnetvaerk.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting the employer network…</source>
        <translation>Eksporterer virksomhedsnetværket…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {file}: companies, contacts, openings, and the placements of the young people you work with.</source>
        <translation>Gemt {file}: virksomheder, kontakter, jobåbninger og forløbene for de unge, du arbejder med.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {file}: companies, contacts, openings and placement counts (no personal data).</source>
        <translation>Gemt {file}: virksomheder, kontakter, jobåbninger og antal forløb (ingen personoplysninger).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search name, CVR / org. no. or town</source>
        <translation>Søg navn, CVR / org.nr. eller by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All relationships</source>
        <translation>Alle samarbejder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies a housing association</source>
        <translation>Leverandør til et boligselskab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New company…</source>
        <translation>&amp;Ny virksomhed…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport network…</source>
        <translation>E&amp;ksportér netværk…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The employer network as an Excel workbook for partners</source>
        <translation>Virksomhedsnetværket som Excel-projektmappe til partnerne</translation>
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
        <translation>Lille (10–49)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium (50–249)</source>
        <translation>Mellemstor (50–249)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large (250 or more)</source>
        <translation>Stor (250 eller flere)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/conflict_dialog.py" line="+66"/>
        <source>Saved meanwhile by someone else</source>
        <translation>Gemt i mellemtiden af en anden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}

What is saved now, and what you entered:</source>
        <translation>{message}

Det, der er gemt nu, og det, du skrev:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../neo_desktop/ui/participants/conflict_dialog.py" line="+136"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved now</source>
        <translation>Gemt nu</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../neo_desktop/ui/participants/conflict_dialog.py" line="+1"/>
        <source>Yours</source>
        <translation>Dit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;mine over it</source>
        <translation>Gem &amp;mit i stedet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take the saved version</source>
        <translation>&amp;Brug den gemte version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to editing</source>
        <translation>&amp;Tilbage til redigering</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/participants/conflict_dialog.py" line="-6"/>
        <source>Someone else saved this record</source>
        <translation>En anden har gemt denne sag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else</source>
        <translation>En anden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} saved changes to this record while you were editing it. Nothing has been overwritten. For each field below, choose whose value to keep; fields changed by both of you are marked.</source>
        <translation>{who} gemte ændringer i sagen, mens du redigerede den. Intet er overskrevet. Vælg for hvert felt herunder, hvis værdi der skal gælde; felter, I begge har ændret, er markeret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When you opened it</source>
        <translation>Da du åbnede den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved by the other</source>
        <translation>Gemt af den anden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs</source>
        <translation>Deres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep theirs: {field}</source>
        <translation>Behold deres: {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine: {field}</source>
        <translation>Behold mit: {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;all mine</source>
        <translation>Behold &amp;alt mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take all theirs</source>
        <translation>&amp;Tag alt deres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as chosen</source>
        <translation>Gem &amp;som valgt</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/dialogs/connection.py" line="+177"/>
        <source>Fill in {field} first.</source>
        <translation>Udfyld først {field}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>Forbinder…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection works: this is a NEO Desktop database.</source>
        <translation>Forbindelsen virker: det er en NEO Desktop-database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection works. The database is empty: NEO Desktop sets it up when it starts.</source>
        <translation>Forbindelsen virker. Databasen er tom: NEO Desktop opretter den, når programmet starter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection failed.</source>
        <translation>Forbindelsen mislykkedes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fill in {field}.</source>
        <translation>Udfyld {field}.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Connection settings – NEO Desktop</source>
        <translation>Forbindelsesindstillinger – NEO Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where is the database?</source>
        <translation>Hvor er databasen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Embedded database on this computer</source>
        <translation>&amp;Indbygget database på denne computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For one person, or to try NEO Desktop. The file: {path}</source>
        <translation>Til én person eller til at prøve NEO Desktop. Filen: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Shared database on a PostgreSQL server</source>
        <translation>&amp;Fælles database på en PostgreSQL-server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the partnership: everyone works in the same database.</source>
        <translation>Til partnerskabet: alle arbejder i den samme database.</translation>
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
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En&amp;cryption:</source>
        <translation>&amp;Kryptering:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(stored – leave empty to keep it)</source>
        <translation>(gemt – lad feltet være tomt for at beholde den)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password store on this computer refused the password. Click Save again to keep the password only until you quit NEO Desktop; it will be asked for at each start.</source>
        <translation>Computerens adgangskodelager afviste adgangskoden. Klik på Gem igen for kun at beholde adgangskoden, indtil du lukker NEO Desktop; du bliver spurgt om den ved hver start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password store, so the password is kept only until you quit NEO Desktop and is asked for at each start.</source>
        <translation>Denne computer har intet adgangskodelager, så adgangskoden gemmes kun, indtil du lukker NEO Desktop, og du bliver spurgt om den ved hver start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test forbindelsen</translation>
    </message>
    <message>
        <location filename="../../neo_desktop/ui/dialogs/connection_check.py" line="+41"/>
        <source>Never encrypt (disable)</source>
        <translation>Kryptér aldrig (disable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt only if the server insists (allow)</source>
        <translation>Kryptér kun, hvis serveren kræver det (allow)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Kryptér, når serveren tilbyder det (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypt (require)</source>
        <translation>Kryptér altid (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypt and check the certificate (verify-ca)</source>
        <translation>Kryptér altid, og kontrollér certifikatet (verify-ca)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypt, check the certificate and the server name (verify-full)</source>
        <translation>Kryptér altid, og kontrollér certifikatet og servernavnet (verify-full)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/course_dialogs.py" line="+132"/>
        <source>New consent</source>
        <translation>Nyt samtykke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;What may be shared:</source>
        <translation>&amp;Hvad må deles:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given on:</source>
        <translation>&amp;Givet den:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Udløber den:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example: plan, attendance and contact details</source>
        <translation>for eksempel: plan, fremmøde og kontaktoplysninger</translation>
    </message>
</context>
<context>
    <name>ContactChannel</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-149"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home visit</source>
        <translation>Hjemmebesøg</translation>
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
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;first person to contact</source>
        <translation>Den &amp;første at kontakte</translation>
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
        <translation>Ikke i målgruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be decided yet</source>
        <translation>Kan endnu ikke afgøres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project has no eligibility rules</source>
        <translation>Projektet har ingen målgruppekrav</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Judged on the referral date, {date}.</source>
        <translation>Vurderet på henvisningsdatoen, {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judged on today&apos;s date (no referral date).</source>
        <translation>Vurderet på dagens dato (ingen henvisningsdato).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Referred {date}</source>
        <translation>Henvist {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intake {date}</source>
        <translation>indslusning {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left {date}: {outcome}</source>
        <translation>afsluttet {date}: {outcome}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>six-month follow-up due {date}</source>
        <translation>seksmånedersopfølgning {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>followed up {date}: {outcome}</source>
        <translation>fulgt op {date}: {outcome}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force</source>
        <translation>Gældende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet</source>
        <translation>Endnu ikke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Udløbet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligibility (the project&apos;s target group)</source>
        <translation>Målgruppe (projektets krav)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who works with the young person</source>
        <translation>Hvem arbejder med den unge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents to share with partners</source>
        <translation>Samtykker til deling med partnere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caseworker:</source>
        <translation>&amp;Sagsbehandler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO c&amp;oordinator:</source>
        <translation>Tovholder i &amp;NGO:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for a change:</source>
        <translation>&amp;Begrundelse for ændring:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;assignment</source>
        <translation>Gem &amp;tildeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;consent…</source>
        <translation>Tilføj &amp;samtykke…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw</source>
        <translation>Træk &amp;tilbage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record six-month &amp;follow-up…</source>
        <translation>Registrér seksmåneders&amp;opfølgning…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What may be shared</source>
        <translation>Hvad må deles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Indtil</translation>
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
        <translation>En persons anmodning om indsigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export everything stored about a person you work with, and the dates and purposes of the lookups of their data (also in the File menu).</source>
        <translation>Udtræk alt, hvad der er registreret om en person, du arbejder med, og datoer og formål for opslag i personens oplysninger (også i menuen Filer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access requests are answered by the person&apos;s caseworker or coordinator (File ▸ Subject access request…): administrators see no personal data unless they also hold one of those roles.</source>
        <translation>Anmodninger om indsigt besvares af personens sagsbehandler eller koordinator (Filer ▸ Anmodning om indsigt…): administratorer ser ingen personoplysninger, medmindre de også har en af de roller.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Subject access request…</source>
        <translation>&amp;Anmodning om indsigt…</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/dialogs.py" line="+24"/>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda item</source>
        <translation>Dagsordenspunkt</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/editor_tabs.py" line="+52"/>
        <source>Record a decision…</source>
        <translation>Registrér en beslutning…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/placement_dialogs.py" line="+41"/>
        <source>Proposal declined</source>
        <translation>Forslag afslået</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{opening} at {company} was declined. Why? The reason helps the next match.</source>
        <translation>{opening} hos {company} blev afslået. Hvorfor? Begrundelsen hjælper næste match.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/forms.py" line="+308"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/editor_actions.py" line="+94"/>
        <source>Close the plan</source>
        <translation>Afslut planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close {name}&apos;s plan? A closed plan can still be read and printed, but not changed. Start a new plan if the young person needs one later.</source>
        <translation>Vil du afslutte planen for {name}? En afsluttet plan kan stadig læses og udskrives, men ikke ændres. Start en ny plan, hvis den unge får brug for en senere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close the plan</source>
        <translation>&amp;Afslut planen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save the plan as PDF</source>
        <translation>Gem planen som PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printing the plan…</source>
        <translation>Udskriver planen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version {number} was printed in {language} to {path}, but no program to show PDF files was found.</source>
        <translation>Version {number} er udskrevet på {language} til {path}, men der blev ikke fundet noget program, der kan vise PDF-filer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {number} was printed in {language} and opened in your PDF viewer ({path}).</source>
        <translation>Version {number} er udskrevet på {language} og åbnet i dit PDF-program ({path}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {number} was saved in {language} as {path}.</source>
        <translation>Version {number} er gemt på {language} som {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Danish</source>
        <translation>dansk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Swedish</source>
        <translation>svensk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print plan</source>
        <translation>&amp;Udskriv plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print plan ({language})</source>
        <translation>&amp;Udskriv plan ({language})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the plan as a PDF in the young person&apos;s language (Ctrl+P)</source>
        <translation>Udskriv planen som PDF på den unges sprog (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print in Danish</source>
        <translation>Udskriv på dansk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print in Swedish</source>
        <translation>Udskriv på svensk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print in English</source>
        <translation>Udskriv på engelsk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as PDF file…</source>
        <translation>&amp;Gem som PDF-fil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a &amp;review</source>
        <translation>Start en &amp;opfølgning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to &amp;agreed (nothing changed)</source>
        <translation>Tilbage til &amp;aftalt (intet ændret)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review &amp;date…</source>
        <translation>&amp;Opfølgningsdato…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review &amp;date ({date})…</source>
        <translation>&amp;Opfølgningsdato ({date})…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the plan…</source>
        <translation>&amp;Afslut planen…</translation>
    </message>
</context>
<context>
    <name>EligibilityDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/project_lists.py" line="+217"/>
        <source>From age</source>
        <translation>Fra alder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To age</source>
        <translation>Til alder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Months unemployed</source>
        <translation>Måneder ledig</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Eligibility rules</source>
        <translation>Målgrupperegler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rules:</source>
        <translation>&amp;Regler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A young person is eligible when one rule fits: for example aged 16–24 and unemployed for at least 3 months, or aged 25–64 and unemployed for at least 12.</source>
        <translation>En ung er i målgruppen, når én regel passer: for eksempel 16–24 år og ledig i mindst 3 måneder, eller 25–64 år og ledig i mindst 12.</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/company_dialogs.py" line="-46"/>
        <source>New company</source>
        <translation>Ny virksomhed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit company</source>
        <translation>Rediger virksomhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CVR / org. &amp;number:</source>
        <translation>CVR / org.&amp;nr.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry &amp;code (NACE/SNI):</source>
        <translation>Branche&amp;kode (NACE/SNI):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Si&amp;ze:</source>
        <translation>Stø&amp;rrelse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Town:</source>
        <translation>B&amp;y:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>&amp;Hjemmeside:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Relationship:</source>
        <translation>&amp;Samarbejde:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplies &amp;housing association:</source>
        <translation>Leverandør til &amp;boligselskab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our contact &amp;person:</source>
        <translation>Vores &amp;kontaktperson:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;oter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 13585628 or 556036-0793</source>
        <translation>fx 13585628 eller 556036-0793</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 49.41</source>
        <translation>fx 49.41</translation>
    </message>
</context>
<context>
    <name>EmployersView</name>
    <message>
        <location filename="../../neo_desktop/ui/views/employers.py" line="+165"/>
        <source>Employers</source>
        <translation>Virksomheder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The companies in the network and how the relationship stands, their internships and jobs, and matchmaking between young people and openings — every suggestion with its reasons.</source>
        <translation>Virksomhederne i netværket og hvordan samarbejdet står, deres praktikpladser og job, og matchning mellem unge og jobåbninger — hvert forslag med sine begrundelser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Opdater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load again (F5)</source>
        <translation>Indlæs igen (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Companies</source>
        <translation>&amp;Virksomheder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Openings</source>
        <translation>&amp;Jobåbninger</translation>
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
        <translation>Afslut forløb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} at {company}: how did it end?</source>
        <translation>{name} hos {company}: hvordan endte det?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ended on:</source>
        <translation>&amp;Sluttede den:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the outcome</source>
        <translation>Vælg resultatet</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/company_dialogs.py" line="+63"/>
        <source>Log an engagement</source>
        <translation>Registrér en kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signed agreement makes a prospect an active partner; from that day the company counts towards the project&apos;s companies engaged.</source>
        <translation>En underskrevet aftale gør en mulig partner til en aktiv partner; fra den dag tæller virksomheden med i projektets engagerede virksomheder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What:</source>
        <translation>&amp;Hvad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;When:</source>
        <translation>&amp;Hvornår:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumé:</translation>
    </message>
</context>
<context>
    <name>EngagementKind</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-99"/>
        <source>Visit</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company-network meeting</source>
        <translation>Møde i virksomhedsnetværket</translation>
    </message>
</context>
<context>
    <name>EnumBox</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/widgets.py" line="+154"/>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not stated</source>
        <translation>Ikke oplyst</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/errors.py" line="+82"/>
        <source>If you cannot solve it yourself, contact your administrator and tell them what the message says.</source>
        <translation>Kan du ikke løse det selv, så kontakt din administrator, og fortæl, hvad meddelelsen siger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the entry and try again.</source>
        <translation>Ret indtastningen, og prøv igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the record again to see the other changes, then make yours again.</source>
        <translation>Åbn posten igen for at se de andre ændringer, og foretag derefter dine egne igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If your work needs this, ask an administrator to change your roles.</source>
        <translation>Hvis dit arbejde kræver det, så bed en administrator om at ændre dine roller.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the list (F5) to see the records as they are now.</source>
        <translation>Opdatér listen (F5) for at se posterne, som de er nu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the user name and password and try again.</source>
        <translation>Kontrollér brugernavn og adgangskode, og prøv igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again. If it keeps happening, contact your administrator.</source>
        <translation>Prøv igen. Hvis det bliver ved med at ske, så kontakt din administrator.</translation>
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
        <translation>{age} år: uden for {min_age}–{max_age}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged {age} and unemployed {months} months: needs at least {needed} months.</source>
        <translation>{age} år og ledig i {months} måneder: kræver mindst {needed} måneder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged {age} ({min_age}–{max_age}) and unemployed {months} months (at least {needed}).</source>
        <translation>{age} år ({min_age}–{max_age}) og ledig i {months} måneder (mindst {needed}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged {age} ({min_age}–{max_age}).</source>
        <translation>{age} år ({min_age}–{max_age}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date is not recorded, so the age rule {min_age}–{max_age} cannot be checked.</source>
        <translation>Fødselsdatoen er ikke registreret, så alderskravet {min_age}–{max_age} kan ikke kontrolleres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged {age}, but the date the unemployment began is not recorded (needs at least {needed} months).</source>
        <translation>{age} år, men datoen for ledighedens start er ikke registreret (kræver mindst {needed} måneder).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged {age}, but recorded as employed (needs at least {needed} months unemployed).</source>
        <translation>{age} år, men registreret som i beskæftigelse (kræver mindst {needed} måneders ledighed).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong.</source>
        <translation>Noget gik galt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The input is not valid.</source>
        <translation>Indtastningen er ikke gyldig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} was not found. It may have been deleted.</source>
        <translation>Det blev ikke fundet: {what}. Det kan være slettet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not allow you to {action}.</source>
        <translation>Din rolle giver dig ikke lov til at {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this {what} while you were editing it. Nothing has been overwritten.</source>
        <translation>En anden har gemt dette ({what}), mens du redigerede det. Intet er blevet overskrevet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name or password is wrong.</source>
        <translation>Brugernavnet eller adgangskoden er forkert.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Write the young person&apos;s first name.</source>
        <translation>Skriv den unges fornavn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the young person&apos;s last name.</source>
        <translation>Skriv den unges efternavn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name can be at most {limit} characters long.</source>
        <translation>Et navn kan højst være {limit} tegn langt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This field can hold at most {limit} characters.</source>
        <translation>Feltet kan højst rumme {limit} tegn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phone number has 6 to 15 digits, may start with + and may contain spaces or dashes, for example +45 12 34 56 78.</source>
        <translation>Et telefonnummer har 6 til 15 cifre, kan begynde med + og må indeholde mellemrum og bindestreger, for eksempel +45 12 34 56 78.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An e-mail address looks like name@example.org: one @, no spaces, and a domain with a dot.</source>
        <translation>En e-mailadresse ser ud som navn@eksempel.dk: ét @, ingen mellemrum og et domæne med punktum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a date. Write it as day-month-year, for example 23-11-2026.</source>
        <translation>Det er ikke en dato. Skriv den som dag-måned-år, for eksempel 23-11-2026.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date is in the future; it cannot be later than today.</source>
        <translation>Datoen ligger i fremtiden; den kan ikke være senere end i dag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date is before the young person was born.</source>
        <translation>Datoen ligger før den unges fødsel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date cannot be earlier than the referral ({when}).</source>
        <translation>Datoen kan ikke være før henvisningen ({when}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exit date cannot be earlier than the intake ({when}).</source>
        <translation>Slutdatoen kan ikke være før indslusningen ({when}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date does not match the identity number, which says {birth_date}.</source>
        <translation>Fødselsdatoen passer ikke med CPR-nummeret, som siger {birth_date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change of status is not possible from the young person&apos;s current status.</source>
        <translation>Denne statusændring er ikke mulig fra den unges nuværende status.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaving the project needs the exit date.</source>
        <translation>Afslutning i projektet kræver en slutdato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaving the project needs the outcome: where the young person went.</source>
        <translation>Afslutning i projektet kræver et resultat: hvor den unge gik hen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A completed course cannot have the outcome &apos;dropped out&apos;. Choose the status &apos;dropped out&apos; instead.</source>
        <translation>Et gennemført forløb kan ikke have resultatet &apos;faldet fra&apos;. Vælg i stedet status &apos;faldet fra&apos;.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This plan is closed and can no longer be changed. Start a new plan if the young person needs one.</source>
        <translation>Denne plan er afsluttet og kan ikke længere ændres. Start en ny plan, hvis den unge har brug for en.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan cannot go from &apos;{old}&apos; to &apos;{new}&apos;.</source>
        <translation>En plan kan ikke gå fra &apos;{old}&apos; til &apos;{new}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {number} of the plan has not been agreed with the young person yet. Record the agreement first; that also marks the plan as agreed.</source>
        <translation>Version {number} af planen er endnu ikke aftalt med den unge. Registrér aftalen først; så bliver planen også markeret som aftalt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the step in a few words.</source>
        <translation>Beskriv delmålet med få ord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text is too long: at most {limit} characters, not {length}.</source>
        <translation>Teksten er for lang: højst {limit} tegn, ikke {length}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step needs someone who is responsible for it. Choose who does it: the young person, the caseworker, the coordinator or mentor, the employer or another partner.</source>
        <translation>Hvert delmål skal have en ansvarlig. Vælg, hvem der gør det: den unge, sagsbehandleren, koordinatoren eller mentoren, virksomheden eller en anden partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is before the plan starts ({starts_on}). Choose a date on or after the start.</source>
        <translation>Datoen {value} ligger før planens start ({starts_on}). Vælg en dato på eller efter starten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step cannot be completed in the future ({value}).</source>
        <translation>Et delmål kan ikke være gennemført ude i fremtiden ({value}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the job or the field of education the goal is about.</source>
        <translation>Angiv det job eller det uddannelsesområde, målet handler om.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the resource in a few words.</source>
        <translation>Beskriv ressourcen med få ord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The young person&apos;s rating of readiness for work is a whole number from 1 to 10, not {rating}.</source>
        <translation>Den unges egen vurdering af, hvor klar vedkommende er til arbejde, er et helt tal fra 1 til 10, ikke {rating}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is in the future. Record it once it has happened.</source>
        <translation>Datoen {value} ligger ude i fremtiden. Registrér det, når det er sket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database could not be used: {detail}</source>
        <translation>Databasen kunne ikke bruges: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server {where} cannot be reached. Check the host name and port in the connection settings, and that you are on the organisation&apos;s network.</source>
        <translation>Databaseserveren {where} kan ikke nås. Kontrollér servernavn og port i forbindelsesindstillingerne, og at du er på organisationens netværk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server {where} refused the user name or password. Check them in the connection settings.</source>
        <translation>Databaseserveren {where} afviste brugernavnet eller adgangskoden. Kontrollér dem i forbindelsesindstillingerne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server {where} has no database of that name. Check the database name in the settings.</source>
        <translation>Serveren {where} har ingen database med det navn. Kontrollér databasens navn i indstillingerne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {where} is not a NEO Desktop database (it holds other tables). Choose another database in the connection settings.</source>
        <translation>Databasen {where} er ikke en NEO Desktop-database (den indeholder andre tabeller). Vælg en anden database i forbindelsesindstillingerne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {where} was updated by a newer version of NEO Desktop (revision {revision}). Install the newest version of the program before you use it.</source>
        <translation>Databasen {where} er blevet opdateret af en nyere version af NEO Desktop (revision {revision}). Installér den nyeste version af programmet, før du bruger den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file {where} cannot be opened or is damaged. Restore it from a backup in the same folder.</source>
        <translation>Databasefilen {where} kan ikke åbnes eller er beskadiget. Gendan den fra en sikkerhedskopi i samme mappe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the database was lost. Nothing of the last change was saved; try again when the connection is back.</source>
        <translation>Forbindelsen til databasen blev afbrudt. Intet af den seneste ændring blev gemt; prøv igen, når forbindelsen er tilbage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database roles exist only on a shared PostgreSQL database.</source>
        <translation>Databaseroller findes kun i en fælles PostgreSQL-database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your database login may not create roles. Run this as the database owner or a login with CREATEROLE.</source>
        <translation>Dit databaselogin må ikke oprette roller. Kør dette som databasens ejer eller med et login, der har CREATEROLE.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This account is locked after too many failed sign-ins. Try again after {until}.</source>
        <translation>Kontoen er låst efter for mange mislykkede forsøg på at logge ind. Prøv igen efter kl. {until}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation>Kontoen er deaktiveret. Spørg en administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database login {login} is not linked to a NEO Desktop staff account. Ask an administrator.</source>
        <translation>Databaselogin {login} er ikke knyttet til en medarbejderkonto i NEO Desktop. Spørg en administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write why the young people get another caseworker.</source>
        <translation>Skriv, hvorfor de unge får en anden sagsbehandler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the young people to hand over first.</source>
        <translation>Vælg først de unge, der skal overdrages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an active caseworker to hand the young people to.</source>
        <translation>Vælg en aktiv sagsbehandler, som de unge skal overdrages til.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can only hand over young people you work with yourself; {count} of those selected are not in your caseload. Nobody was handed over.</source>
        <translation>Du kan kun overdrage unge, du selv arbejder med; {count} af de valgte er ikke i din sagsstamme. Ingen blev overdraget.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A company needs a name.</source>
        <translation>En virksomhed skal have et navn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A contact person needs a name.</source>
        <translation>En kontaktperson skal have et navn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} is too long: at most {limit} characters.</source>
        <translation>{field} er for lang: højst {limit} tegn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{email}” is not an e-mail address (it needs a name, @ and a domain).</source>
        <translation>“{email}” er ikke en e-mailadresse (den skal have et navn, @ og et domæne).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phone number may only contain digits, spaces, +, -, ( and ); “{phone}” does not fit.</source>
        <translation>Et telefonnummer må kun indeholde cifre, mellemrum, +, -, ( og ); “{phone}” passer ikke.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An industry code is a NACE code (DK, e.g. 49.41) or an SNI code (SE, e.g. 49.410); “{code}” is neither.</source>
        <translation>En branchekode er en NACE-kode (DK, fx 49.41) eller en SNI-kode (SE, fx 49.410); “{code}” er ingen af delene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An engagement is logged once it has happened; {day} is in the future.</source>
        <translation>En kontakt registreres, når den har fundet sted; {day} ligger i fremtiden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CVR number {number} fails the check-digit test, so at least one digit is wrong. Copy it again from the company&apos;s papers or cvr.dk.</source>
        <translation>CVR-nummeret {number} består ikke kontrolcifferprøven, så mindst ét ciffer er forkert. Kopiér det igen fra virksomhedens papirer eller cvr.dk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CVR number has 8 digits; {number} does not.</source>
        <translation>Et CVR-nummer har 8 cifre; det har {number} ikke.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CVR number never starts with 0, so {number} is not one.</source>
        <translation>Et CVR-nummer starter aldrig med 0, så {number} er ikke et.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last digit of the organisationsnummer {number} is a check digit and does not match the others, so at least one digit is wrong. Check the number for a typing mistake.</source>
        <translation>Det sidste ciffer i organisationsnummeret {number} er et kontrolciffer og passer ikke med de andre, så mindst ét ciffer er forkert. Tjek nummeret for tastefejl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An organisationsnummer has 10 digits (NNNNNN-NNNN, e.g. 556036-0793); {number} does not.</source>
        <translation>Et organisationsnummer har 10 cifre (NNNNNN-NNNN, fx 556036-0793); det har {number} ikke.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The third digit of an organisationsnummer is 2 or higher; this number may be a personnummer.</source>
        <translation>Det tredje ciffer i et organisationsnummer er 2 eller højere; dette nummer er måske et personnummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registration number is not valid: a CVR number has 8 digits (e.g. 13585628), an organisationsnummer 10 (e.g. 556036-0793).</source>
        <translation>Registreringsnummeret er ikke gyldigt: et CVR-nummer har 8 cifre (fx 13585628), et organisationsnummer 10 (fx 556036-0793).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another company in the network already has the registration number {number}: {name}. Open that company instead of adding it twice.</source>
        <translation>En anden virksomhed i netværket har allerede registreringsnummeret {number}: {name}. Åbn den virksomhed i stedet for at oprette den to gange.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another company in the network already has the registration number {number}.</source>
        <translation>En anden virksomhed i netværket har allerede registreringsnummeret {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a partner housing association can be the one a company supplies.</source>
        <translation>Kun et boligselskab i partnerskabet kan være det, en virksomhed leverer til.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That meeting is not a meeting of a company network.</source>
        <translation>Det møde er ikke et møde i et virksomhedsnetværk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That group is not a company network.</source>
        <translation>Den gruppe er ikke et virksomhedsnetværk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write something in the note.</source>
        <translation>Skriv noget i notatet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how the contact took place.</source>
        <translation>Vælg, hvordan kontakten foregik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A journal entry records what has happened; its time cannot be in the future.</source>
        <translation>En journalindførsel beskriver noget, der er sket; tidspunktet kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note can be at most {limit} characters long.</source>
        <translation>Et notat kan højst være {limit} tegn langt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only notes and contacts are written by hand; placements, plans and status changes write their own journal entries.</source>
        <translation>Kun notater og kontakter skrives i hånden; virksomhedsforløb, planer og statusændringer skriver selv i journalen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This match is ruled out: {reasons}. It cannot be proposed.</source>
        <translation>Dette match er udelukket: {reasons}. Det kan ikke foreslås.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This opening has already been proposed to the young person and is waiting for an answer.</source>
        <translation>Denne jobåbning er allerede foreslået den unge og venter på svar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the proposal was declined.</source>
        <translation>Skriv, hvorfor forslaget blev afslået.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proposal is answered with accepted, declined or withdrawn.</source>
        <translation>Et forslag besvares med accepteret, afslået eller trukket tilbage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This proposal was already answered ({status}).</source>
        <translation>Dette forslag er allerede besvaret ({status}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an accepted proposal becomes a placement; this one is {status}.</source>
        <translation>Kun et accepteret forslag bliver til et forløb; dette er {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This proposal has already become a placement.</source>
        <translation>Dette forslag er allerede blevet til et forløb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A group needs a name.</source>
        <translation>En gruppe skal have et navn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member is one staff member, one company, or a named representative of one organisation.</source>
        <translation>Et medlem er én medarbejder, én virksomhed eller én navngiven repræsentant for én organisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A membership cannot end before it begins.</source>
        <translation>Et medlemskab kan ikke slutte, før det begynder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building the meeting pack was cancelled. No files were written.</source>
        <translation>Dannelsen af mødematerialet blev afbrudt. Der blev ikke skrevet nogen filer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A meeting needs a title.</source>
        <translation>Et møde skal have en titel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An agenda item needs a title.</source>
        <translation>Et dagsordenspunkt skal have en titel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the decision in a few words.</source>
        <translation>Skriv beslutningen med få ord.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>An action item needs a title: what is to be done.</source>
        <translation>Et opfølgningspunkt skal have en titel: hvad der skal gøres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A meeting cannot end before it starts.</source>
        <translation>Et møde kan ikke slutte, før det starter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes allotted must be between 1 and 480.</source>
        <translation>Afsatte minutter skal være mellem 1 og 480.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes of this meeting were approved on {date} and are locked. Nothing in them can be changed.</source>
        <translation>Referatet af dette møde blev godkendt den {date} og er låst. Intet i det kan ændres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes are out for review. Take them back to draft before changing them.</source>
        <translation>Referatet er sendt til gennemsyn. Tag det tilbage som udkast, før du ændrer det.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes can only be sent for review once the meeting has taken place.</source>
        <translation>Et referat kan først sendes til gennemsyn, når mødet har fundet sted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This meeting was cancelled, so it has no minutes.</source>
        <translation>Mødet blev aflyst, så det har intet referat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only draft minutes can be sent for review.</source>
        <translation>Kun et referat i udkast kan sendes til gennemsyn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only minutes that are out for review can be approved or taken back to draft.</source>
        <translation>Kun et referat, der er sendt til gennemsyn, kan godkendes eller tages tilbage som udkast.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the guest&apos;s name.</source>
        <translation>Skriv gæstens navn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An action item cannot be done before the meeting that agreed it.</source>
        <translation>Et opfølgningspunkt kan ikke være udført før det møde, hvor det blev aftalt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance can only be recorded for the group&apos;s own members.</source>
        <translation>Fremmøde kan kun registreres for gruppens egne medlemmer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the session a title, for example the week number.</source>
        <translation>Giv mødegangen en titel, for eksempel ugenummeret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session was cancelled; attendance cannot be recorded.</source>
        <translation>Mødegangen er aflyst; der kan ikke registreres fremmøde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session has not started yet; record attendance when it has.</source>
        <translation>Mødegangen er ikke begyndt endnu; registrér fremmødet, når den er.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An opening needs a title, e.g. “Warehouse assistant”.</source>
        <translation>En jobåbning skal have en titel, fx “Lagermedarbejder”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An opening has between 1 and 99 places.</source>
        <translation>En jobåbning har mellem 1 og 99 pladser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours a week are more than 0 and at most 60.</source>
        <translation>Timer om ugen er mere end 0 og højst 60.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The opening ends ({ends}) before it starts ({starts}).</source>
        <translation>Jobåbningen slutter ({ends}), før den starter ({starts}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A minimum age is between 13 and 67 years.</source>
        <translation>En minimumsalder er mellem 13 og 67 år.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say which language the level is for.</source>
        <translation>Vælg hvilket sprog niveauet gælder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An organisation needs a name.</source>
        <translation>En organisation skal have et navn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another organisation already has the registration number {number}. Merge the two instead.</source>
        <translation>En anden organisation har allerede registreringsnummeret {number}. Slå de to sammen i stedet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An organisation cannot be merged into itself.</source>
        <translation>En organisation kan ikke slås sammen med sig selv.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A young person with this identity number is already registered. Search for the number to find the record (you may not be allowed to see it).</source>
        <translation>En ung med dette CPR-nummer er allerede oprettet. Søg på nummeret for at finde sagen (du har måske ikke adgang til den).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can only register young people in projects you work in.</source>
        <translation>Du kan kun oprette unge i projekter, du arbejder i.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a staff member from the list who works in that role.</source>
        <translation>Vælg en medarbejder fra listen, der har den rolle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the partner organisation from the list.</source>
        <translation>Vælg partnerorganisationen fra listen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what may be shared with the partner.</source>
        <translation>Skriv, hvad der må deles med partneren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A consent cannot expire before it was given.</source>
        <translation>Et samtykke kan ikke udløbe, før det er givet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up cannot be before the exit date.</source>
        <translation>Opfølgningen kan ikke ligge før slutdatoen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A follow-up is recorded only after the young person has left.</source>
        <translation>En opfølgning registreres først, når den unge er afsluttet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say how the placement ended before ending it.</source>
        <translation>Angiv, hvordan forløbet endte, før du afslutter det.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A placement cannot end ({ends}) before it starts ({starts}).</source>
        <translation>Et forløb kan ikke slutte ({ends}), før det starter ({starts}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A placement is ended on the day it ended; {ends} has not come yet.</source>
        <translation>Et forløb afsluttes den dag, det sluttede; {ends} er ikke kommet endnu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The opening “{title}” is {status}; it takes no new placements.</source>
        <translation>Jobåbningen “{title}” er {status}; den tager ikke nye forløb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All {places} places of the opening “{title}” are taken.</source>
        <translation>Alle {places} pladser i jobåbningen “{title}” er besat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The opening belongs to another company.</source>
        <translation>Jobåbningen hører til en anden virksomhed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A placement that is {status} cannot be {action}.</source>
        <translation>Et forløb, der er {status}, kan ikke {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That step belongs to another young person&apos;s plan.</source>
        <translation>Det delmål hører til en anden ungs plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed or removed this {what} while you were editing it. Nothing has been overwritten; open the plan again to see the latest version.</source>
        <translation>En anden har ændret eller fjernet dette ({what}), mens du redigerede det. Intet er blevet overskrevet; åbn planen igen for at se den nyeste version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the template a name.</source>
        <translation>Giv skabelonen et navn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say which target group the template is for.</source>
        <translation>Angiv, hvilken målgruppe skabelonen er til.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step cannot be due before the plan starts ({days} days).</source>
        <translation>Et delmål kan ikke have frist, før planen starter ({days} dage).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This young person already has an active plan in the project. Open that plan instead, or close it before starting a new one.</source>
        <translation>Den unge har allerede en aktiv plan i projektet. Åbn den plan i stedet, eller afslut den, før du starter en ny.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant {participant} has no active plan.</source>
        <translation>Deltager {participant} har ingen aktiv plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can only change the plans of young people you work with (your own caseload).</source>
        <translation>Du kan kun ændre planer for unge, du selv arbejder med (din egen sagsstamme).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {number} of the plan was changed after you opened it. Open the plan again and go through the changes with the young person before recording the agreement.</source>
        <translation>Version {number} af planen er blevet ændret, efter du åbnede den. Åbn planen igen, og gennemgå ændringerne med den unge, før du registrerer aftalen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the newest version of the plan (version {latest}) can be agreed, not version {number}.</source>
        <translation>Kun den nyeste version af planen (version {latest}) kan aftales, ikke version {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {number} was already agreed on {agreed_on}.</source>
        <translation>Version {number} blev allerede aftalt den {agreed_on}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan needs at least one goal and one step before the young person can agree to it.</source>
        <translation>En plan skal have mindst ét mål og ét delmål, før den unge kan sige ja til den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A project must end after it starts.</source>
        <translation>Et projekt skal slutte efter, at det er startet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another project already has the code {code}.</source>
        <translation>Et andet projekt har allerede koden {code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppression thresholds must be at least 3 (Statistics Denmark&apos;s minimum), and the one for sensitive breakdowns at least the ordinary one.</source>
        <translation>Grænserne for diskretionering skal være mindst 3 (Danmarks Statistiks minimum), og grænsen for følsomme opdelinger skal være mindst lige så høj som den almindelige.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a whole number of at least {minimum}.</source>
        <translation>{what} skal være et helt tal på mindst {minimum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An age band runs from a lower age to a higher one, between 15 and 67.</source>
        <translation>Et aldersinterval går fra en lavere til en højere alder mellem 15 og 67 år.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A planned value&apos;s date must fall within the project period.</source>
        <translation>Datoen for en planlagt værdi skal ligge inden for projektperioden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An entry needs a code and an English label.</source>
        <translation>En post skal have en kode og en engelsk betegnelse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list already has an entry with the code {code}.</source>
        <translation>Listen har allerede en post med koden {code}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {name} cannot be opened. Check that it still exists and that you may read it.</source>
        <translation>Filen {name} kan ikke åbnes. Kontrollér, at den stadig findes, og at du må læse den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} is empty.</source>
        <translation>Filen {name} er tom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} is {size} MB. A referral list is at most 20 MB; check that this is the right file.</source>
        <translation>Filen {name} fylder {size} MB. En henvisningsliste er højst 20 MB; kontrollér, at det er den rigtige fil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a referral list NEO Desktop can read. Save the list as an Excel workbook (.xlsx) or as CSV (.csv) and try again.</source>
        <translation>{name} er ikke en henvisningsliste, NEO Desktop kan læse. Gem listen som Excel-projektmappe (.xlsx) eller som CSV (.csv), og prøv igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is named like an Excel workbook but is not one (it may be damaged, or another kind of file renamed). Open it in Excel and save it again as .xlsx.</source>
        <translation>{name} hedder som en Excel-projektmappe, men er ikke en (den kan være beskadiget, eller en anden slags fil med nyt navn). Åbn den i Excel, og gem den igen som .xlsx.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} does not contain text that can be read as CSV. Open it in Excel and save it as CSV.</source>
        <translation>{name} indeholder ikke tekst, der kan læses som CSV. Åbn den i Excel, og gem den som CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has a header row but no young people under it.</source>
        <translation>{name} har en overskriftsrække, men ingen unge under den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no header row naming its columns.</source>
        <translation>{name} har ingen overskriftsrække, der navngiver kolonnerne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has more than {limit} rows. Split the list into smaller files.</source>
        <translation>{name} har mere end {limit} rækker. Del listen op i mindre filer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no project with the code {code}.</source>
        <translation>Der er intet projekt med koden {code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can only import young people into projects you work in ({code} is not one of them).</source>
        <translation>Du kan kun importere unge til projekter, du arbejder i ({code} er ikke et af dem).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the project the young people are referred to, or map a column of project codes.</source>
        <translation>Vælg det projekt, de unge er henvist til, eller angiv en kolonne med projektkoder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the columns with the names (first and last name, or the full name) and the identity number.</source>
        <translation>Angiv kolonnerne med navnene (fornavn og efternavn, eller det fulde navn) og CPR-/personnummeret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The identity number is missing.</source>
        <translation>CPR-/personnummeret mangler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a date; write it as 2026-11-02 or 02-11-2026.</source>
        <translation>&apos;{text}&apos; er ikke en dato; skriv den som 2026-11-02 eller 02-11-2026.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A young person with this identity number is already registered.</source>
        <translation>En ung med dette CPR-/personnummer er allerede oprettet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same identity number is also on line {line}.</source>
        <translation>Det samme CPR-/personnummer står også på linje {line}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported: {count} of {total} rows have problems. Correct the file and import it again.</source>
        <translation>Intet blev importeret: {count} af {total} rækker har fejl. Ret filen, og importér den igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Importen blev afbrudt. Intet blev importeret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write down the reason for the decision before you approve it.</source>
        <translation>Skriv begrundelsen for beslutningen, før du godkender den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has not left the project; a person in an active course cannot be anonymised.</source>
        <translation>{name} har ikke forladt projektet; en person i et aktivt forløb kan ikke anonymiseres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A login name is 2–63 lower-case letters, digits, dots, hyphens or underscores, starting with a letter.</source>
        <translation>Et brugernavn består af 2–63 små bogstaver, cifre, punktummer, bindestreger eller understreger og begynder med et bogstav.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login name {login} is already in use.</source>
        <translation>Brugernavnet {login} er allerede i brug.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A staff member needs a name.</source>
        <translation>En medarbejder skal have et navn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A password needs at least {length} characters.</source>
        <translation>En adgangskode skal have mindst {length} tegn.</translation>
    </message>
</context>
<context>
    <name>ExitOutcome</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-173"/>
        <source>In employment</source>
        <translation>I beskæftigelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In education or training</source>
        <translation>I uddannelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In an internship or apprenticeship</source>
        <translation>I praktik eller lærlingeforløb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job searching</source>
        <translation>Jobsøgende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other help (treatment, health)</source>
        <translation>Anden hjælp (behandling, sundhed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped out</source>
        <translation>Faldet fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>Fraflyttet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/import_wizard.py" line="-188"/>
        <source>Referral list</source>
        <translation>Henvisningsliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral lists (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Henvisningslister (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the file first.</source>
        <translation>Vælg først filen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the file…</source>
        <translation>Læser filen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{rows} rows and {columns} columns found in {name}.</source>
        <translation>{rows} rækker og {columns} kolonner fundet i {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The referral list</source>
        <translation>Henvisningslisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Excel workbook or a CSV file with a header row, one young person per row.</source>
        <translation>En Excel-projektmappe eller en CSV-fil med en overskriftsrække og én ung pr. række.</translation>
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
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read the file</source>
        <translation>&amp;Læs filen</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../neo_desktop/ui/caseload/filter_bar.py" line="+122"/>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, number, phone, e-mail</source>
        <translation>Navn, nummer, telefon, e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, identity number, phone or e-mail; words may be the start of a name (&quot;sør ågå&quot;)</source>
        <translation>Søg på navn, CPR-nummer, telefon eller e-mail; ord kan være begyndelsen af et navn (&quot;sør ågå&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the course (not left)</source>
        <translation>I forløb (ikke afsluttet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All projects</source>
        <translation>Alle projekter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All caseworkers</source>
        <translation>Alle sagsbehandlere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No caseworker</source>
        <translation>Ingen sagsbehandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any warning or none</source>
        <translation>Alle, med og uden advarsler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whose young people the list shows</source>
        <translation>Hvis unge listen viser</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/course_dialogs.py" line="+19"/>
        <source>Six-month follow-up</source>
        <translation>Opfølgning efter seks måneder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Followed up on:</source>
        <translation>&amp;Fulgt op den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where is the young person now:</source>
        <translation>&amp;Hvor er den unge nu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their situation on the labour market has &amp;improved</source>
        <translation>Den unges situation på arbejdsmarkedet er &amp;forbedret</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-14"/>
        <source>Woman</source>
        <translation>Kvinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Man</source>
        <translation>Mand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-binary</source>
        <translation>Nonbinær</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <translation>Ikke oplyst</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/item_forms.py" line="-112"/>
        <source>Edit goal</source>
        <translation>Redigér mål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New goal</source>
        <translation>Nyt mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the young person is aiming for: a job or an education, and by when.</source>
        <translation>Det, den unge sigter mod: et job eller en uddannelse, og hvornår.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Occupation or field:</source>
        <translation>&amp;Fag eller område:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target date:</source>
        <translation>&amp;Måldato:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Carpenter, social and health care assistant</source>
        <translation>fx tømrer, social- og sundhedsassistent</translation>
    </message>
</context>
<context>
    <name>GoalKind</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+98"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/groups.py" line="+101"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host organisation</source>
        <translation>Værtsorganisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
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
        <translation>Regional styregruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local steering group</source>
        <translation>Lokal styregruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working group</source>
        <translation>Arbejdsgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company network</source>
        <translation>Virksomhedsnetværk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth network group</source>
        <translation>Netværksgruppe for unge</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/groups.py" line="+133"/>
        <source>And {count} young people, who are managed from the caseload.</source>
        <translation>Og {count} unge, som håndteres fra sagsstammen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Groups and members</source>
        <translation>Grupper og medlemmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member since</source>
        <translation>Medlem siden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Udtrådt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New group…</source>
        <translation>Ny gruppe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit group…</source>
        <translation>Redigér gruppe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add member…</source>
        <translation>Tilføj medlem…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change member…</source>
        <translation>Ret medlem…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End membership today</source>
        <translation>Afslut medlemskab i dag</translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/texts.py" line="+79"/>
        <source>Write the CPR number ({form}).</source>
        <translation>Skriv CPR-nummeret ({form}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CPR number has only digits and one dash ({form}).</source>
        <translation>Et CPR-nummer har kun cifre og én bindestreg ({form}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CPR number is written {form}.</source>
        <translation>Et CPR-nummer skrives {form}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CPR number has 10 digits ({form}).</source>
        <translation>Et CPR-nummer har 10 cifre ({form}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first six digits of a CPR number are the birth date (DDMMYY); these are not a real date.</source>
        <translation>De første seks cifre i et CPR-nummer er fødselsdatoen (DDMMÅÅ); disse er ikke en rigtig dato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>The birth date in this number is in the future. Check the number.</source>
        <translation>Fødselsdatoen i dette nummer ligger i fremtiden. Kontrollér nummeret.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Write the personnummer ({form}).</source>
        <translation>Skriv personnummeret ({form}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A personnummer has only digits and one - or + ({form}).</source>
        <translation>Et personnummer har kun cifre og ét - eller + ({form}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A personnummer is written {form} or YYYYMMDD-NNNN.</source>
        <translation>Et personnummer skrives {form} eller ÅÅÅÅMMDD-NNNN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A personnummer has 10 or 12 digits ({form}).</source>
        <translation>Et personnummer har 10 eller 12 cifre ({form}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first digits of a personnummer are the birth date (YYMMDD, or the day + 60 for a samordningsnummer); these are not a real date.</source>
        <translation>De første cifre i et personnummer er fødselsdatoen (ÅÅMMDD, eller dagen + 60 for et samordningsnummer); disse er ikke en rigtig dato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last digit of a personnummer is a check digit and it does not match. Check the number for a typing mistake.</source>
        <translation>Det sidste ciffer i et personnummer er et kontrolciffer, og det passer ikke. Kontrollér nummeret for tastefejl.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This CPR number does not pass the old modulus-11 check. Many numbers issued since 2007 do not, so it may well be right; check that it was typed correctly.</source>
        <translation>Dette CPR-nummer består ikke den gamle modulus 11-kontrol. Det gør mange numre udstedt siden 2007 heller ikke, så det kan sagtens være rigtigt; kontrollér, at det er tastet korrekt.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-153"/>
        <source>Identity number</source>
        <translation>CPR-/personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Fulde navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred on</source>
        <translation>Henvist den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unemployed since</source>
        <translation>Ledig siden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project code</source>
        <translation>Projektkode</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/import_wizard.py" line="+188"/>
        <location line="+21"/>
        <source>Choose the project…</source>
        <translation>Vælg projektet…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import a referral list</source>
        <translation>Importér en henvisningsliste</translation>
    </message>
</context>
<context>
    <name>IntakeChart</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/intake_chart.py" line="+38"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Opnået</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projected</source>
        <translation>Forventet</translation>
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
        <translation>Grundskole eller mindre (ISCED 0–2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper secondary (ISCED 3–4)</source>
        <translation>Ungdomsuddannelse (ISCED 3–4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher education (ISCED 5–8)</source>
        <translation>Videregående uddannelse (ISCED 5–8)</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/item_dialog.py" line="+154"/>
        <source>Save to add it again with what you entered, or Cancel to leave it out.</source>
        <translation>Gem for at tilføje det igen med det, du har skrevet, eller Annullér for at udelade det.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What they changed is now in the form; what you changed yourself is kept. Check it and save again.</source>
        <translation>Det, den anden ændrede, står nu i formularen; det, du selv har ændret, er bevaret. Kontrollér det, og gem igen.</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/items_panel.py" line="+141"/>
        <source>Enter or double-click</source>
        <translation>Enter eller dobbeltklik</translation>
    </message>
</context>
<context>
    <name>JournalKind</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+9"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement</source>
        <translation>Virksomhedsforløb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan change</source>
        <translation>Planændring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status change</source>
        <translation>Statusændring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New caseworker</source>
        <translation>Ny sagsbehandler</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/journal_panel.py" line="+182"/>
        <source>{count} entries</source>
        <translation>{count} indførsler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sensitive</source>
        <translation>Følsom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All kinds</source>
        <translation>Alle slags</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find in the journal</source>
        <translation>Find i journalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;note… (Ctrl+N)</source>
        <translation>Tilføj &amp;notat… (Ctrl+N)</translation>
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
        <translation>Ledig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-term unemployed</source>
        <translation>Langtidsledig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Uden for arbejdsstyrken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employed</source>
        <translation>I beskæftigelse</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location line="+174"/>
        <source>Danish</source>
        <translation>dansk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>svensk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
</context>
<context>
    <name>LanguageLevel</name>
    <message>
        <location line="-13"/>
        <source>none</source>
        <translation>intet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>basic</source>
        <translation>grundlæggende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>godt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fluent</source>
        <translation>flydende</translation>
    </message>
</context>
<context>
    <name>LinkStepDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/placement_dialogs.py" line="+26"/>
        <source>Link to a plan step</source>
        <translation>Knyt til et delmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which step of {name}&apos;s plan is the placement at {company}?</source>
        <translation>Hvilket delmål i {name}s plan er forløbet hos {company}?</translation>
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
        <translation>Indlæser…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The list could not be loaded.</source>
        <translation>Listen kunne ikke indlæses.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{count} in the list</source>
        <translation>{count} på listen</translation>
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
        <translation>Sagsstyring for partnerskaber, der hjælper unge i job eller uddannelse i Danmark og Sverige.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connection settings…</source>
        <translation>&amp;Forbindelsesindstillinger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject &amp;access request…</source>
        <translation>Anmodning om &amp;indsigt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Log ud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About NEO Desktop</source>
        <translation>&amp;Om NEO Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;log folder</source>
        <translation>Åbn &amp;logmappen</translation>
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
        <translation>Importér ikke</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The columns</source>
        <translation>Kolonnerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what each column holds. Names and the identity number are needed.</source>
        <translation>Kontrollér, hvad hver kolonne indeholder. Navne og CPR-/personnummer skal være med.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>Første værdier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holds</source>
        <translation>Indeholder</translation>
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
        <translation>interesse: {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>experience: {subject}</source>
        <translation>erfaring: {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no goal or interest in this field</source>
        <translation>intet mål eller interesse inden for området</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no goals or interests in the plan yet</source>
        <translation>ingen mål eller interesser i planen endnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{language}: {level}</source>
        <translation>{language}: {level}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asks for {level} {language}</source>
        <translation>ønsker {level} {language}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs {level} {language}</source>
        <translation>kræver {level} {language}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{language} level not in the plan</source>
        <translation>niveau i {language} står ikke i planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driving licence</source>
        <translation>kørekort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs driving licence</source>
        <translation>kræver kørekort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate: {subject}</source>
        <translation>certifikat: {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs certificate: {subject}</source>
        <translation>kræver certifikat: {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum age {minimum}</source>
        <translation>minimumsalder {minimum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under the minimum age of {minimum}</source>
        <translation>under minimumsalderen på {minimum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age unknown; minimum age {minimum}</source>
        <translation>alder ukendt; minimumsalder {minimum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under 18: no heavy physical work</source>
        <translation>under 18: intet tungt fysisk arbejde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h a week</source>
        <translation>{hours} t om ugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h a week; adapted hours offered</source>
        <translation>{hours} t om ugen; tilpasset arbejdstid tilbydes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h a week, can work {capacity}</source>
        <translation>{hours} t om ugen, kan arbejde {capacity}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{km} km away</source>
        <translation>{km} km væk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{km} km away; transport is a barrier</source>
        <translation>{km} km væk; transport er en barriere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{km} km away: too far to travel daily</source>
        <translation>{km} km væk: for langt at rejse dagligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distance unknown</source>
        <translation>afstand ukendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offers a mentor</source>
        <translation>tilbyder en mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accessible workplace</source>
        <translation>tilgængelig arbejdsplads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adapted hours</source>
        <translation>tilpasset arbejdstid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heavy physical work; see the health barrier</source>
        <translation>tungt fysisk arbejde; se helbredsbarrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the opening is {status}</source>
        <translation>jobåbningen er {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no free place</source>
        <translation>ingen ledig plads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the opening ended on {date}</source>
        <translation>jobåbningen sluttede den {date}</translation>
    </message>
</context>
<context>
    <name>MatchmakingPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/matchmaking_panel.py" line="+196"/>
        <source>Matching…</source>
        <translation>Matcher…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing fits: every open opening is ruled out.</source>
        <translation>Intet passer: alle åbne jobåbninger er udelukket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody you work with fits this opening.</source>
        <translation>Ingen af dem, du arbejder med, passer til denne jobåbning.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} open openings looked at for {name}: {fits} fit, {out} ruled out.</source>
        <translation>{count} åbne jobåbninger gennemgået for {name}: {fits} passer, {out} udelukket.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} young people you work with looked at for {name}: {fits} fit, {out} ruled out.</source>
        <translation>{count} unge, du arbejder med, gennemgået for {name}: {fits} passer, {out} udelukket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} matches</source>
        <translation>{count} match</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Openings for &amp;young person:</source>
        <translation>Jobåbninger til &amp;den unge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates for &amp;opening:</source>
        <translation>Kandidater til &amp;jobåbning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours a week:</source>
        <translation>&amp;Timer om ugen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As before</source>
        <translation>Som før</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many hours a week the young person can work; &quot;As before&quot; takes the hours of their latest placement.</source>
        <translation>Hvor mange timer om ugen den unge kan arbejde; &quot;Som før&quot; bruger timerne fra det seneste forløb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find matches</source>
        <translation>&amp;Find match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;ruled-out ones</source>
        <translation>Vis de &amp;udelukkede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Propose</source>
        <translation>&amp;Foreslå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Point</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match and reasons</source>
        <translation>Match og begrundelser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Forslag</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/dialogs.py" line="+103"/>
        <source>New meeting</source>
        <translation>Nyt møde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Online link</source>
        <translation>Link til online deltagelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language of the pack</source>
        <translation>Mødematerialets sprog</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/editor.py" line="+166"/>
        <source>Meeting: {title}</source>
        <translation>Møde: {title}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The minutes were approved on {date} by {name} and are locked: nothing in them can be changed. Action items can still be followed up.</source>
        <translation>Referatet blev godkendt den {date} af {name} og er låst: intet i det kan ændres. Opfølgningspunkter kan stadig følges op.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The minutes are out for review with the attendees. Approve them, or take them back to draft to change them.</source>
        <translation>Referatet er sendt til gennemsyn hos deltagerne. Godkend det, eller tag det tilbage som udkast for at ændre det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes: draft. Write the minutes per agenda item, then send them for review.</source>
        <translation>Referat: udkast. Skriv referatet for hvert dagsordenspunkt, og send det så til gennemsyn.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Send minutes for review</source>
        <translation>Send referat til gennemsyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft</source>
        <translation>Tilbage til udkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve and lock minutes</source>
        <translation>Godkend og lås referat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build meeting pack…</source>
        <translation>Dan mødemateriale…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A numbered PDF and an Excel annex, in the meeting&apos;s language</source>
        <translation>En nummereret PDF og et Excel-bilag på mødets sprog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save details</source>
        <translation>Gem oplysninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online link</source>
        <translation>Link til online deltagelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language and status</source>
        <translation>Sprog og status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agenda and minutes</source>
        <translation>Dagsorden og referat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation>Opfølgningspunkter</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+27"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../neo_desktop/ui/views/meetings.py" line="+73"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings of the steering groups, working groups and networks, newest first, with the state of the minutes and the open action items. Open a meeting to build its agenda, write its minutes and build its meeting pack.</source>
        <translation>Møder i styregrupper, arbejdsgrupper og netværk, nyeste først, med referatets status og de åbne opfølgningspunkter. Åbn et møde for at lave dagsordenen, skrive referatet og danne mødematerialet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+67"/>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New meeting…</source>
        <translation>Nyt møde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build meeting pack…</source>
        <translation>Dan mødemateriale…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups and members…</source>
        <translation>Grupper og medlemmer…</translation>
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
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (a company&apos;s or organisation&apos;s person)</source>
        <translation>Navn (virksomhedens eller organisationens person)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member since</source>
        <translation>Medlem siden</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-8"/>
        <source>Chair</source>
        <translation>Formand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>Sekretær</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Observatør</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/organisation_dialogs.py" line="+233"/>
        <source>Merge duplicate organisations</source>
        <translation>Læg dubletter sammen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge “{name}” into another organisation</source>
        <translation>Læg “{name}” sammen med en anden organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything that refers to “{name}” – staff, participants, projects, consents, groups and action items – moves to the organisation you keep. “{name}” is then deactivated and marked as merged. This cannot be undone.</source>
        <translation>Alt, hvad der henviser til “{name}” – medarbejdere, deltagere, projekter, samtykker, grupper og opfølgningspunkter – flyttes til den organisation, du beholder. Derefter deaktiveres “{name}” og markeres som sammenlagt. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep this organisation:</source>
        <translation>&amp;Behold denne organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge</source>
        <translation>&amp;Læg sammen</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/fields.py" line="+152"/>
        <location line="+1"/>
        <source>Close the message</source>
        <translation>Luk beskeden</translation>
    </message>
</context>
<context>
    <name>MinutesStatus</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+24"/>
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>Til gennemsyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
</context>
<context>
    <name>NetworkGroupDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/network_group_dialog.py" line="+103"/>
        <source>You have no youth network groups.</source>
        <translation>Du har ingen netværksgrupper for unge.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Young person</source>
        <translation>Den unge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This session</source>
        <translation>Denne gang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click to open the record</source>
        <translation>Dobbeltklik for at åbne sagen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{count} members; attendance dropping for {dropping}.</source>
        <translation>{count} medlemmer; faldende fremmøde hos {dropping}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attendance saved.</source>
        <translation>Fremmødet er gemt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Someone else recorded this session meanwhile; it has been loaded again. Check it and save once more.</source>
        <translation>En anden har registreret denne gang imens; den er indlæst igen. Kontrollér den, og gem igen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Network group attendance</source>
        <translation>Fremmøde i netværksgruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session:</source>
        <translation>&amp;Mødegang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New session…</source>
        <translation>&amp;Ny mødegang…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone &amp;attended</source>
        <translation>Alle &amp;mødte op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Gem (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/new_participant_dialog.py" line="+81"/>
        <source>Choose the project first.</source>
        <translation>Vælg først projektet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the marked field before saving.</source>
        <translation>Ret det markerede felt, før du gemmer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Register a young person</source>
        <translation>Opret en ung</translation>
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
        <translation>Uge {week}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;When:</source>
        <translation>&amp;Hvornår:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New session</source>
        <translation>Ny mødegang</translation>
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
        <translation>&amp;Slags:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;How:</source>
        <translation>&amp;Hvordan:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;When:</source>
        <translation>&amp;Hvornår:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next follow-up:</source>
        <translation>&amp;Næste opfølgning:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sensitive note (health, addiction, family)</source>
        <translation>&amp;Følsomt notat (helbred, misbrug, familie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the organisation that owns the record may read a sensitive note; partners see that there is one, not what it says.</source>
        <translation>Kun den organisation, der ejer sagen, må læse et følsomt notat; partnere kan se, at det findes, men ikke hvad der står.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Gem (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/opening_dialog.py" line="+104"/>
        <source>New opening</source>
        <translation>Ny jobåbning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit opening</source>
        <translation>Rediger jobåbning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At {company}.</source>
        <translation>Hos {company}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Occupation:</source>
        <translation>&amp;Stilling:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Places:</source>
        <translation>&amp;Pladser:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours a week:</source>
        <translation>&amp;Timer om ugen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Starts:</source>
        <translation>St&amp;arter:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ends:</source>
        <translation>Sl&amp;utter:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language and level:</source>
        <translation>S&amp;prog og niveau:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificates needed:</source>
        <translation>&amp;Certifikater krævet:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ph&amp;ysical demands:</source>
        <translation>F&amp;ysiske krav:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Minimum age:</source>
        <translation>&amp;Minimumsalder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wor&amp;kplace municipality:</source>
        <translation>Arbejdsstedets &amp;kommune:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas, e.g. forklift licence</source>
        <translation>Adskilt af kommaer, fx truckcertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when not at the company&apos;s address</source>
        <translation>Kun når det ikke er på virksomhedens adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a &amp;driving licence</source>
        <translation>Kræver &amp;kørekort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offers a me&amp;ntor</source>
        <translation>Tilbyder en me&amp;ntor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessible &amp;workplace</source>
        <translation>Tilgængelig &amp;arbejdsplads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adapted hours possible</source>
        <translation>Tilpasset arbejds&amp;tid mulig</translation>
    </message>
</context>
<context>
    <name>OpeningStatus</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-90"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled</source>
        <translation>Besat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
</context>
<context>
    <name>OpeningsBoard</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/openings_board.py" line="+74"/>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{count} openings</source>
        <translation>{count} jobåbninger</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Search title, occupation or company</source>
        <translation>Søg titel, stilling eller virksomhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;filled</source>
        <translation>Markér som &amp;besat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Genåbn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;candidates</source>
        <translation>Find &amp;kandidater</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/fields.py" line="-37"/>
        <source>No date</source>
        <translation>Ingen dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Set a date</source>
        <translation>Angiv en dato</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/organisation_dialogs.py" line="-189"/>
        <source>A CVR number has only digits, for example 13585628.</source>
        <translation>Et CVR-nummer består kun af cifre, for eksempel 13585628.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CVR number has 8 digits, for example 13585628.</source>
        <translation>Et CVR-nummer har 8 cifre, for eksempel 13585628.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CVR number never starts with 0.</source>
        <translation>Et CVR-nummer begynder aldrig med 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This CVR number fails the check-digit test, so at least one digit is wrong. Copy it again from the company&apos;s papers or cvr.dk.</source>
        <translation>Dette CVR-nummer består ikke kontrolciffertesten, så mindst ét ciffer er forkert. Skriv det af igen fra virksomhedens papirer eller cvr.dk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An organisationsnummer is written NNNNNN-NNNN, for example 556036-0793.</source>
        <translation>Et organisationsnummer skrives NNNNNN-NNNN, for eksempel 556036-0793.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An organisationsnummer has 10 digits (NNNNNN-NNNN), for example 556036-0793.</source>
        <translation>Et organisationsnummer har 10 cifre (NNNNNN-NNNN), for eksempel 556036-0793.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The third digit of an organisationsnummer is 2 or higher; this may be a personnummer instead.</source>
        <translation>Det tredje ciffer i et organisationsnummer er 2 eller højere; det her er måske et personnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last digit of an organisationsnummer is a check digit and it does not match the others. Check the number for a typing mistake.</source>
        <translation>Det sidste ciffer i et organisationsnummer er et kontrolciffer, og det passer ikke med de andre. Se efter, om der er en tastefejl.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>CVR: 8 digits</source>
        <translation>CVR: 8 cifre</translation>
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
        <translation>Redigér organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New partner organisation</source>
        <translation>Ny partnerorganisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
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
        <translation>Jobcenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing association</source>
        <translation>Boligforening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public employment service</source>
        <translation>Offentlig arbejdsformidling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Education provider</source>
        <translation>Uddannelsesinstitution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health service</source>
        <translation>Sundhedsvæsen</translation>
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
        <translation>Lagt sammen med {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Deaktiveret</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Genaktivér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivér</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The partner organisations: jobcentres, NGOs, employers, housing associations and others. Danish organisations are identified by their CVR number, Swedish ones by their organisationsnummer.</source>
        <translation>Partnerorganisationerne: jobcentre, foreninger, virksomheder, boligforeninger og andre. Danske organisationer kendes på deres CVR-nummer, svenske på deres organisationsnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New organisation…</source>
        <translation>&amp;Ny organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge duplicate…</source>
        <translation>&amp;Læg dublet sammen…</translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/pack_export.py" line="+52"/>
        <source>Save the meeting pack</source>
        <translation>Gem mødematerialet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Building the meeting pack…</source>
        <translation>Danner mødematerialet…</translation>
    </message>
</context>
<context>
    <name>ParticipantField</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/texts.py" line="-79"/>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity number</source>
        <translation>CPR-/personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of number</source>
        <translation>Nummertype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Køn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing area</source>
        <translation>Boligområde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred on</source>
        <translation>Henvist den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour-market status</source>
        <translation>Arbejdsmarkedsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unemployed since</source>
        <translation>Ledig siden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign background</source>
        <translation>Udenlandsk baggrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-country national</source>
        <translation>Tredjelandsstatsborger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homeless or in housing exclusion</source>
        <translation>Hjemløs eller udelukket fra bolig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives in a rural area</source>
        <translation>Bor i et landdistrikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a disability</source>
        <translation>Har et handicap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belongs to a minority</source>
        <translation>Tilhører et mindretal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Danish CPR number</source>
        <translation>Dansk CPR-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish personnummer</source>
        <translation>Svensk personnummer</translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <location filename="../../neo_desktop/ui/caseload/list_widget.py" line="+132"/>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>In the list: {total}</source>
        <translation>På listen: {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({shown} loaded; scroll for more)</source>
        <translation>({shown} indlæst; rul for flere)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{count} young people handed over.</source>
        <translation>{count} unge er overdraget.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the list</source>
        <translation>Eksportér listen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>young-people.xlsx</source>
        <translation>unge.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Young people</source>
        <translation>Unge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting the list…</source>
        <translation>Eksporterer listen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} rows exported to {file}.</source>
        <translation>{count} rækker eksporteret til {file}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;note…</source>
        <translation>Tilføj &amp;notat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write in the journal of the selected young person (Ctrl+N)</source>
        <translation>Skriv i journalen for den valgte unge (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand &amp;over…</source>
        <translation>&amp;Overdrag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected young people another caseworker</source>
        <translation>Giv de valgte unge en anden sagsbehandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;ksportér til Excel…</translation>
    </message>
</context>
<context>
    <name>ParticipantStatus</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-261"/>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake</source>
        <translation>Indslusning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped out</source>
        <translation>Faldet fra</translation>
    </message>
</context>
<context>
    <name>ParticipantWindow</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/record_window.py" line="+172"/>
        <source>Correct the marked field before saving.</source>
        <translation>Ret det markerede felt, før du gemmer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record was not saved.</source>
        <translation>Sagen blev ikke gemt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved: someone else saved this record meanwhile. Your changes are still in the form.</source>
        <translation>Ikke gemt: en anden har gemt sagen imens. Dine ændringer står stadig i formularen.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Someone else changed this record meanwhile. It has been loaded again; please make your change once more.</source>
        <translation>En anden har ændret sagen imens. Den er indlæst igen; foretag venligst din ændring en gang til.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This record was changed elsewhere. When you save, you will see what changed and choose what to keep.</source>
        <translation>Sagen er ændret et andet sted. Når du gemmer, ser du, hvad der er ændret, og vælger, hvad der skal gælde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Participant – NEO Desktop</source>
        <translation>Deltager – NEO Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no caseworker</source>
        <translation>ingen sagsbehandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no identity number</source>
        <translation>intet CPR-nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last contact {date}</source>
        <translation>seneste kontakt {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved changes</source>
        <translation>Ændringer er ikke gemt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The record has changes that are not saved. Save them?</source>
        <translation>Sagen har ændringer, der ikke er gemt. Vil du gemme dem?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Personal data</source>
        <translation>&amp;Personoplysninger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Background (ESF+)</source>
        <translation>&amp;Baggrund (ESF+)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ourse</source>
        <translation>&amp;Forløb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+S)</source>
        <translation>Gem (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../../neo_desktop/ui/views/participants.py" line="+103"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone you may see. Search by name, identity number, phone or e-mail as you type; every search is recorded in the access log.</source>
        <translation>Alle, du må se. Søg på navn, CPR-nummer, telefon eller e-mail, mens du skriver; hver søgning registreres i adgangsloggen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load the list again (F5)</source>
        <translation>Indlæs listen igen (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register…</source>
        <translation>&amp;Opret…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a young person (Ctrl+Shift+N)</source>
        <translation>Opret en ung (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import referral list…</source>
        <translation>&amp;Importér henvisningsliste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network &amp;groups…</source>
        <translation>Netværks&amp;grupper…</translation>
    </message>
</context>
<context>
    <name>PartnerRole</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+291"/>
        <source>Lead partner</source>
        <translation>Ledende partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-financer</source>
        <translation>Medfinansierer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associated partner</source>
        <translation>Associeret partner</translation>
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
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The lead organisation must stay a partner.</source>
        <translation>Den ledende organisation skal blive ved med at være partner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project partners</source>
        <translation>Projektets partnere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partners:</source>
        <translation>&amp;Partnere:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff of partner organisations can work with the project&apos;s participants as far as their roles and the participants&apos; consents allow.</source>
        <translation>Medarbejdere i partnerorganisationer kan arbejde med projektets deltagere, så langt deres roller og deltagernes samtykker tillader det.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/staff_dialogs.py" line="+265"/>
        <source>The two passwords are not the same.</source>
        <translation>De to adgangskoder er ikke ens.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set password</source>
        <translation>Sæt adgangskode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password for {name}</source>
        <translation>Ny adgangskode til {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;Ny adgangskode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Gentag den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least {length} characters</source>
        <translation>mindst {length} tegn</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../neo_desktop/ui/dialogs/password_prompt.py" line="+86"/>
        <source>Database password – NEO Desktop</source>
        <translation>Adgangskode til databasen – NEO Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the database password</source>
        <translation>Skriv adgangskoden til databasen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no password store (keyring) that NEO Desktop can use, so it cannot remember your database password. It is kept in memory until you quit, and asked for at each start.</source>
        <translation>Denne computer har ikke noget lager til adgangskoder (nøglering), som NEO Desktop kan bruge, så den kan ikke huske din adgangskode til databasen. Den gemmes kun i hukommelsen, til du afslutter, og du bliver spurgt ved hver start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{user} on {where}</source>
        <translation>{user} på {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: single sign-on</source>
        <translation>tom: fælles log-ind (single sign-on)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Forbind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection &amp;settings…</source>
        <translation>&amp;Forbindelsesindstillinger…</translation>
    </message>
</context>
<context>
    <name>PersonalForm</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/personal_form.py" line="+191"/>
        <source>&amp;First name:</source>
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternavn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity number:</source>
        <translation>&amp;CPR-/personnummer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Birth date:</source>
        <translation>Fø&amp;dselsdato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Køn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;og:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;code:</source>
        <translation>Post&amp;nummer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Municipality:</source>
        <translation>Ko&amp;mmune:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Housing area:</source>
        <translation>&amp;Boligområde:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Referred on:</source>
        <translation>&amp;Henvist den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next follow-up:</source>
        <translation>&amp;Næste opfølgning:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danish CPR</source>
        <translation>Dansk CPR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish personnummer</source>
        <translation>Svensk personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show and change</source>
        <translation>Vis og ret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole number (it is hidden unless needed)</source>
        <translation>Vis hele nummeret (det skjules, når det ikke er nødvendigt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.org</source>
        <translation>navn@eksempel.dk</translation>
    </message>
</context>
<context>
    <name>PhysicalDemand</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-96"/>
        <source>Light</source>
        <translation>Let</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Middel</translation>
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
        <translation>Opret forløb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} accepted {opening} at {company}. The placement is written to the young person&apos;s journal.</source>
        <translation>{name} har sagt ja til {opening} hos {company}. Forløbet skrives i den unges journal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Starter:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ends:</source>
        <translation>S&amp;lutter:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Hours a week:</source>
        <translation>&amp;Timer om ugen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As in the opening</source>
        <translation>Som i jobåbningen</translation>
    </message>
</context>
<context>
    <name>PlacementOutcome</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-34"/>
        <source>Hired</source>
        <translation>Ansat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Went on to education</source>
        <translation>Startede på uddannelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended early</source>
        <translation>Stoppet før tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not start</source>
        <translation>Startede ikke</translation>
    </message>
</context>
<context>
    <name>PlacementStatus</name>
    <message>
        <location line="-10"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>I gang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
</context>
<context>
    <name>PlacementType</name>
    <message>
        <location line="-25"/>
        <source>Company internship (virksomhedspraktik)</source>
        <translation>Virksomhedspraktik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wage-subsidy job (løntilskud)</source>
        <translation>Løntilskud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flex job (fleksjob)</source>
        <translation>Fleksjob</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apprenticeship (lærlinge-/elevplads)</source>
        <translation>Lærlinge-/elevplads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few paid hours a week (småjob)</source>
        <translation>Småjob</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration basic education (IGU)</source>
        <translation>Integrationsgrunduddannelse (IGU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work experience (arbetspraktik)</source>
        <translation>Arbejdspraktik (arbetspraktik)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wage subsidy (lönebidrag)</source>
        <translation>Lønbidrag (lönebidrag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New start job (nystartsjobb)</source>
        <translation>Nystartsjob (nystartsjobb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduction job (introduktionsjobb)</source>
        <translation>Introduktionsjob (introduktionsjobb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocational introduction</source>
        <translation>Erhvervsintroduktion (yrkesintroduktion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary job</source>
        <translation>Ordinært job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentorship</source>
        <translation>Mentorordning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job shadowing</source>
        <translation>Jobskygning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace-based training</source>
        <translation>Arbejdspladsbaseret træning</translation>
    </message>
</context>
<context>
    <name>PlacementsPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/match_actions.py" line="+256"/>
        <source>Placements</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening</source>
        <translation>Jobåbning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Periode</translation>
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
        <translation>&amp;Startet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End…</source>
        <translation>&amp;Afslut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link to plan step…</source>
        <translation>&amp;Knyt til delmål…</translation>
    </message>
</context>
<context>
    <name>PlanChanges</name>
    <message>
        <location filename="core_strings.py" line="+19"/>
        <source>New job goal: {subject}.</source>
        <translation>Nyt jobmål: {subject}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New education goal: {subject}.</source>
        <translation>Nyt uddannelsesmål: {subject}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job goal removed: {subject}.</source>
        <translation>Jobmål fjernet: {subject}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education goal removed: {subject}.</source>
        <translation>Uddannelsesmål fjernet: {subject}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal “{subject}” is now {new} instead of {old}.</source>
        <translation>Målet “{subject}” er nu {new} i stedet for {old}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal “{old}” changed to “{new}”.</source>
        <translation>Målet “{old}” er ændret til “{new}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal “{subject}”: target date moved from {old} to {new}.</source>
        <translation>Målet “{subject}”: måldato flyttet fra {old} til {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal “{subject}”: target date set to {new}.</source>
        <translation>Målet “{subject}”: måldato sat til {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal “{subject}”: target date removed (was {old}).</source>
        <translation>Målet “{subject}”: måldato fjernet (var {old}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal “{subject}”: the description was changed.</source>
        <translation>Målet “{subject}”: beskrivelsen er ændret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal “{subject}” was changed.</source>
        <translation>Målet “{subject}” er ændret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New step “{subject}”: {owner}, no date set.</source>
        <translation>Nyt delmål “{subject}”: {owner}, ingen dato sat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New step “{subject}”: {owner}, by {due_on}.</source>
        <translation>Nyt delmål “{subject}”: {owner}, senest {due_on}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step removed: “{subject}”.</source>
        <translation>Delmål fjernet: “{subject}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{old}” is now called “{new}”.</source>
        <translation>Delmålet “{old}” hedder nu “{new}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{subject}”: the activity is now {new} instead of {old}.</source>
        <translation>Delmålet “{subject}”: aktiviteten er nu {new} i stedet for {old}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{subject}”: now done by {new} instead of {old}.</source>
        <translation>Delmålet “{subject}”: udføres nu af {new} i stedet for {old}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{subject}”: due date moved from {old} to {new}.</source>
        <translation>Delmålet “{subject}”: frist flyttet fra {old} til {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{subject}”: due date set to {new}.</source>
        <translation>Delmålet “{subject}”: frist sat til {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{subject}”: due date removed (was {old}).</source>
        <translation>Delmålet “{subject}”: frist fjernet (var {old}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{subject}”: status changed from {old} to {new}.</source>
        <translation>Delmålet “{subject}”: status ændret fra {old} til {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{subject}”: the linked placement was changed.</source>
        <translation>Delmålet “{subject}”: det tilknyttede forløb i virksomhed er ændret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{subject}” was changed.</source>
        <translation>Delmålet “{subject}” er ændret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New resource: {subject} ({item_kind}).</source>
        <translation>Ny ressource: {subject} ({item_kind}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource removed: {subject}.</source>
        <translation>Ressource fjernet: {subject}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource “{subject}” is now {new} instead of {old}.</source>
        <translation>Ressourcen “{subject}” er nu {new} i stedet for {old}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource “{old}” changed to “{new}”.</source>
        <translation>Ressourcen “{old}” er ændret til “{new}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource “{subject}”: level changed from {old} to {new}.</source>
        <translation>Ressourcen “{subject}”: niveau ændret fra {old} til {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource “{subject}” was changed.</source>
        <translation>Ressourcen “{subject}” er ændret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New barrier ({item_kind}): {subject}.</source>
        <translation>Ny barriere ({item_kind}): {subject}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier removed ({item_kind}): {subject}.</source>
        <translation>Barriere fjernet ({item_kind}): {subject}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier “{subject}” is now {new} instead of {old}.</source>
        <translation>Barrieren “{subject}” er nu {new} i stedet for {old}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier “{old}” changed to “{new}”.</source>
        <translation>Barrieren “{old}” er ændret til “{new}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier “{subject}” is now marked sensitive.</source>
        <translation>Barrieren “{subject}” er nu markeret som følsom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier “{subject}” is no longer marked sensitive.</source>
        <translation>Barrieren “{subject}” er ikke længere markeret som følsom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier “{subject}” was changed.</source>
        <translation>Barrieren “{subject}” er ændret.</translation>
    </message>
</context>
<context>
    <name>PlanColumns</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/models.py" line="+169"/>
        <source>No date</source>
        <translation>Ingen dato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} – overdue</source>
        <translation>{date} – overskredet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due</source>
        <translation>Frist</translation>
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
        <translation>Hvem gør det</translation>
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
        <translation>Fag eller område</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+15"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sensitive – not printed</source>
        <translation>Følsom – udskrives ikke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Barrier</source>
        <translation>Barriere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensitive</source>
        <translation>Følsom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sensitive: seen by the staff who work with the young person; never printed on the plan.</source>
        <translation>Følsom: ses af de medarbejdere, der arbejder med den unge; udskrives aldrig på planen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agreed {date}</source>
        <translation>Aftalt {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not agreed yet</source>
        <translation>Ikke aftalt endnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reviewed</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness</source>
        <translation>Parathed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/editor.py" line="+231"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove the step “{name}” from the plan?</source>
        <translation>Vil du fjerne delmålet “{name}” fra planen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the goal “{name}” from the plan?</source>
        <translation>Vil du fjerne målet “{name}” fra planen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the resource “{name}” from the plan?</source>
        <translation>Vil du fjerne ressourcen “{name}” fra planen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the barrier “{name}” from the plan?</source>
        <translation>Vil du fjerne barrieren “{name}” fra planen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {number} is agreed and stays as it is; the change starts version {next}, which needs a new agreement.</source>
        <translation>Version {number} er aftalt og forbliver, som den er; ændringen starter version {next}, som kræver en ny aftale.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The plan has been loaded again as it is now. Nothing of yours was saved; do it again if it is still needed.</source>
        <translation>Planen er indlæst igen, som den ser ud nu. Intet af dit er gemt; gør det igen, hvis der stadig er brug for det.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading the plan…</source>
        <translation>Indlæser planen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Started {date}</source>
        <translation>Startet {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next review {date}</source>
        <translation>næste opfølgning {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version {number}, agreed {date} ({method})</source>
        <translation>version {number}, aftalt {date} ({method})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version {number}, not agreed yet</source>
        <translation>version {number}, ikke aftalt endnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This plan was closed on {date}. It can be read and printed but no longer changed.</source>
        <translation>Planen blev afsluttet {date}. Den kan læses og udskrives, men ikke længere ændres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version {number} has not been agreed with {name} yet. Go through it together, then record the agreement.</source>
        <translation>Version {number} er endnu ikke aftalt med {name}. Gå den igennem sammen, og registrér derefter aftalen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {number} has changes that {name} has not agreed to yet; version {agreed} is the one in force. Compare the two under Versions, then record the agreement.</source>
        <translation>Version {number} har ændringer, som {name} endnu ikke har sagt ja til; version {agreed} er den gældende. Sammenlign de to under Versioner, og registrér derefter aftalen.</translation>
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
        <translation>&amp;Ressourcer og kompetencer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Barriers</source>
        <translation>&amp;Barrierer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versio&amp;ns</source>
        <translation>Versio&amp;ner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add step…</source>
        <translation>&amp;Tilføj delmål…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>R&amp;edigér…</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Add goal…</source>
        <translation>&amp;Tilføj mål…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add resource…</source>
        <translation>&amp;Tilføj ressource…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add barrier…</source>
        <translation>&amp;Tilføj barriere…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive barriers are seen only by the staff who work with the young person, and are never printed.</source>
        <translation>Følsomme barrierer ses kun af de medarbejdere, der arbejder med den unge, og udskrives aldrig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a&amp;greement…</source>
        <translation>Registrér a&amp;ftale…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Indlæs igen</translation>
    </message>
</context>
<context>
    <name>PlanListView</name>
    <message>
        <location filename="../../neo_desktop/ui/views/plans.py" line="+71"/>
        <source>Plans</source>
        <translation>Kvalificeringsplaner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The open qualification plans of your caseload: when each is reviewed and how many steps are overdue. Press Enter or double-click to open a plan.</source>
        <translation>De åbne kvalificeringsplaner i din sagsstamme: hvornår hver plan skal følges op, og hvor mange delmål der er overskredet. Tryk Enter eller dobbeltklik for at åbne en plan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open plan</source>
        <translation>Å&amp;bn plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start a plan…</source>
        <translation>&amp;Start en plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a plan for a young person who has none (Ctrl+N)</source>
        <translation>Start en plan for en ung, der ikke har nogen (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-77"/>
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Aftalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>Under opfølgning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/wording.py" line="+38"/>
        <source>the young person</source>
        <translation>den unge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the caseworker</source>
        <translation>sagsbehandleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the coordinator or mentor</source>
        <translation>koordinatoren eller mentoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the employer</source>
        <translation>virksomheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another partner</source>
        <translation>en anden samarbejdspartner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>i gang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>færdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped</source>
        <translation>udgået</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a job goal</source>
        <translation>et jobmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an education goal</source>
        <translation>et uddannelsesmål</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a course</source>
        <translation>et kursus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an internship</source>
        <translation>praktik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network group</source>
        <translation>netværksgruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mentoring</source>
        <translation>et mentorforløb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CV and applications</source>
        <translation>CV og ansøgninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interview training</source>
        <translation>træning i jobsamtaler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>education</source>
        <translation>uddannelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>treatment</source>
        <translation>behandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another activity</source>
        <translation>en anden aktivitet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>strength</source>
        <translation>styrke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest</source>
        <translation>interesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>experience</source>
        <translation>erfaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>language</source>
        <translation>sprog</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>driving licence</source>
        <translation>kørekort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate</source>
        <translation>certifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>health</source>
        <translation>helbred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social</source>
        <translation>sociale forhold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>housing</source>
        <translation>bolig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transport</source>
        <translation>transport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>childcare</source>
        <translation>børnepasning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>andet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>ingen</translation>
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
        <translation>ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>barrier</source>
        <translation>barriere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan version</source>
        <translation>planversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan template</source>
        <translation>planskabelon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>young person</source>
        <translation>ung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it</source>
        <translation>Hvem gør det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of who does it</source>
        <translation>Navn på den, der gør det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on</source>
        <translation>Færdig den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked placement</source>
        <translation>Tilknyttet forløb i virksomhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation or field</source>
        <translation>Fag eller område</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Følsom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>Opfølgningsdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Afsluttet den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>I brug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Early school leavers</source>
        <translation>Unge uden uddannelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newly arrived</source>
        <translation>Nyankomne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-term unemployed</source>
        <translation>Langtidsledige</translation>
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
        <translation>Alle planer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close plan</source>
        <translation>Luk plan</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/progress.py" line="+92"/>
        <source>{done} of {steps} steps done</source>
        <translation>{done} af {steps} delmål færdige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} in progress</source>
        <translation>{count} i gang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} overdue</source>
        <translation>{count} overskredet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} dropped</source>
        <translation>{count} udgået</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness for work (own rating, 1–10)</source>
        <translation>Parathed til arbejde (egen vurdering, 1–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record re&amp;view…</source>
        <translation>Registrér &amp;opfølgning…</translation>
    </message>
</context>
<context>
    <name>ProjectSettingsDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/project_settings.py" line="+94"/>
        <source>Write the budget as a number, for example 2500000.</source>
        <translation>Skriv budgettet som et tal, for eksempel 2500000.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A project needs a code and a name.</source>
        <translation>Et projekt skal have en kode og et navn.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+1"/>
        <source>New project</source>
        <translation>Nyt projekt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Project settings</source>
        <translation>Projektindstillinger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Starter:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ends:</source>
        <translation>S&amp;lutter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lead organisation:</source>
        <translation>Le&amp;dende organisation:</translation>
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
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest number &amp;shown:</source>
        <translation>Mindste &amp;tal, der vises:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… in sensitive &amp;breakdowns:</source>
        <translation>… i følsomme &amp;opdelinger:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warn after days without contact:</source>
        <translation>&amp;Advar efter dage uden kontakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep case files (&amp;years):</source>
        <translation>Opbevar sager (å&amp;r):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;payment from the funder:</source>
        <translation>Sidste &amp;udbetaling fra tilskudsgiveren:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. ESF+ or Interreg Öresund-Kattegat-Skagerrak</source>
        <translation>fx ESF+ eller Interreg Öresund-Kattegat-Skagerrak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics that leave the program hide counts below this number (at least 3, Statistics Denmark&apos;s minimum).</source>
        <translation>Statistik, der forlader programmet, skjuler antal under dette tal (mindst 3, Danmarks Statistiks minimum).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same for breakdowns by disability, minority or other sensitive attributes (usually 5).</source>
        <translation>Det samme for opdelinger efter handicap, minoritet eller andre følsomme oplysninger (normalt 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case files are kept this many years after 31 December of the year of the last payment (EU funds: five), then they are due for anonymisation.</source>
        <translation>Sager opbevares så mange år efter 31. december i året for den sidste udbetaling (EU-midler: fem), derefter skal de anonymiseres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet</source>
        <translation>ikke endnu</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/projects.py" line="+96"/>
        <source>The partnership&apos;s projects: period, funding, partners, targets over time, who is eligible, and the data settings – how small a number statistics may show, when a missing contact is flagged, and how long case files are kept.</source>
        <translation>Partnerskabets projekter: periode, finansiering, partnere, mål over tid, hvem der er i målgruppen, og dataindstillingerne – hvor små tal statistik må vise, hvornår manglende kontakt markeres, og hvor længe sager opbevares.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nyt projekt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partners…</source>
        <translation>&amp;Partnere…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Targets…</source>
        <translation>&amp;Mål…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ligibility…</source>
        <translation>Mål&amp;gruppe…</translation>
    </message>
</context>
<context>
    <name>ProposalStatus</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+95"/>
        <source>Proposed</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Afslået</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/match_actions.py" line="-125"/>
        <source>Proposals</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening</source>
        <translation>Jobåbning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Young person</source>
        <translation>Den unge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why declined</source>
        <translation>Hvorfor afslået</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accepted</source>
        <translation>&amp;Accepteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declined…</source>
        <translation>A&amp;fslået…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdrawn</source>
        <translation>&amp;Trukket tilbage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;placement…</source>
        <translation>Opret &amp;forløb…</translation>
    </message>
</context>
<context>
    <name>Rag</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+62"/>
        <source>On track</source>
        <translation>På sporet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behind plan</source>
        <translation>Bagud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Well behind plan</source>
        <translation>Langt bagud</translation>
    </message>
</context>
<context>
    <name>ReadinessChart</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/chart.py" line="+53"/>
        <source>{date}: {rating} of 10</source>
        <translation>{date}: {rating} af 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readiness for work, the young person&apos;s own rating:</source>
        <translation>Parathed til arbejde, den unges egen vurdering:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ratings of readiness for work yet. Record a review to add one.</source>
        <translation>Ingen vurderinger af parathed til arbejde endnu. Registrér en opfølgning for at tilføje en.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readiness for work over time</source>
        <translation>Parathed til arbejde over tid</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No ratings yet</source>
        <translation>Ingen vurderinger endnu</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/caseload/reassign_dialog.py" line="+64"/>
        <source>Hand over to another caseworker</source>
        <translation>Overdrag til en anden sagsbehandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand {count} young people over to another caseworker. The reason is written in each journal and in the access log.</source>
        <translation>Overdrag {count} unge til en anden sagsbehandler. Begrundelsen skrives i hver journal og i adgangsloggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New caseworker:</source>
        <translation>&amp;Ny sagsbehandler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: Mette is on leave until March</source>
        <translation>for eksempel: Mette har orlov til marts</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <location filename="../../neo_desktop/ui/views/record_table_view.py" line="+201"/>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list could not be loaded.</source>
        <translation>Listen kunne ikke indlæses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} in the list</source>
        <translation>{count} på listen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the list again (F5)</source>
        <translation>Indlæs listen igen (F5)</translation>
    </message>
</context>
<context>
    <name>ReferenceEntryDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/reference_lists.py" line="+70"/>
        <location line="+1"/>
        <source>New list entry</source>
        <translation>Nyt punkt på listen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Edit list entry</source>
        <translation>Redigér punkt på listen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;English:</source>
        <translation>&amp;Engelsk:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Danish:</source>
        <translation>&amp;Dansk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Swedish:</source>
        <translation>&amp;Svensk:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Order:</source>
        <translation>&amp;Rækkefølge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;In use:</source>
        <translation>&amp;I brug:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both countries</source>
        <translation>Begge lande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored in the records, e.g. dk_virksomhedspraktik</source>
        <translation>gemmes i registreringerne, fx dk_virksomhedspraktik</translation>
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
        <translation>Resultater ved afslutning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement types</source>
        <translation>Forløbstyper</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Both</source>
        <translation>Begge</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The choices the forms offer, with a label in each language. An entry that is no longer used is switched off rather than deleted, because stored records keep its code.</source>
        <translation>De valg, formularerne tilbyder, med en tekst på hvert sprog. Et punkt, der ikke længere bruges, slås fra i stedet for at blive slettet, fordi gemte registreringer beholder dets kode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New entry…</source>
        <translation>&amp;Nyt punkt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
</context>
<context>
    <name>RelationshipStatus</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-109"/>
        <source>Prospect</source>
        <translation>Potentiel partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active partner</source>
        <translation>Aktiv partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Ophørt</translation>
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
        <translation>Et projekts fremdrift mod målene, med tidlig advarsel når indskrivningen kommer bagud, og dets statistik, som den ville forlade programmet: små tal er skjult.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&lt;b&gt;Early warning: intake is behind plan.&lt;/b&gt; {actual} participants enrolled against {planned} planned by now. At the pace of the last six months ({pace} a month) the project will end at about {projected} of {target}.</source>
        <translation>&lt;b&gt;Tidlig advarsel: indskrivningen er bagud.&lt;/b&gt; {actual} deltagere er indskrevet mod {planned} planlagt til nu. Med tempoet fra de seneste seks måneder ({pace} om måneden) ender projektet på omkring {projected} af {target}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To reach the target, {needed} a month must be enrolled from now on.</source>
        <translation>For at nå målet skal der indskrives {needed} om måneden fra nu af.</translation>
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
        <translation>Redigér ressource</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New resource</source>
        <translation>Ny ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the young person brings. Resources and interests are used to find matching internships and jobs.</source>
        <translation>Det, den unge har med sig. Ressourcer og interesser bruges til at finde praktikpladser og job, der passer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional, e.g. B1, category B</source>
        <translation>Valgfrit, fx B1, kategori B</translation>
    </message>
</context>
<context>
    <name>ResourceKind</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-25"/>
        <source>Strength</source>
        <translation>Styrke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experience</source>
        <translation>Erfaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driving licence</source>
        <translation>Kørekort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/data_protection/retention.py" line="+66"/>
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case files due for anonymisation: {count}.</source>
        <translation>Sager, der skal anonymiseres: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No case file is past its retention period.</source>
        <translation>Ingen sag har overskredet sin opbevaringsperiode.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Anonymise case files</source>
        <translation>Anonymisér sager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymise the people chosen ({count} in all)? Their names, identity numbers, contact details, journal, consents and plans are removed. Statistics keep their gender, year of birth, background and outcomes. This cannot be undone.</source>
        <translation>Anonymisér de valgte personer ({count} i alt)? Deres navne, CPR-numre, kontaktoplysninger, journal, samtykker og planer fjernes. Statistikken beholder deres køn, fødselsår, baggrund og resultater. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonymisér</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Anonymising…</source>
        <translation>Anonymiserer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision {decision} carried out; people anonymised: {count}. The decision and its reason are in the access log for each of them.</source>
        <translation>Beslutning {decision} er gennemført; anonymiserede personer: {count}. Beslutningen og begrundelsen står i adgangsloggen for hver af dem.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Retention run</source>
        <translation>Kontrol af opbevaring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case files are kept for the project&apos;s retention period after 31 December of the year of its last payment. “Check what is due” lists the people whose period is over; nothing changes until you approve it with a written reason. Anonymisation keeps what the statistics need.</source>
        <translation>Sager opbevares i projektets opbevaringsperiode efter 31. december i året for den sidste udbetaling. “Find det, der skal anonymiseres” viser de personer, hvis periode er udløbet; intet ændres, før du godkender det med en skriftlig begrundelse. Anonymiseringen beholder det, statistikken har brug for.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check what is due</source>
        <translation>&amp;Find det, der skal anonymiseres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the decision:</source>
        <translation>&amp;Begrundelse for beslutningen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Retention period over (ESF+ project closed 2026)</source>
        <translation>fx Opbevaringsperioden er udløbet (ESF+-projekt lukket 2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anonymise selected…</source>
        <translation>&amp;Anonymisér de valgte…</translation>
    </message>
</context>
<context>
    <name>ReviewDateDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/dialogs.py" line="+67"/>
        <source>Review date</source>
        <translation>Opfølgningsdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the plan is next reviewed with {name}. The date shows in your follow-ups.</source>
        <translation>Hvornår planen næste gang følges op med {name}. Datoen vises i dine opfølgninger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next review:</source>
        <translation>&amp;Næste opfølgning:</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location line="-32"/>
        <source>Record review</source>
        <translation>Registrér opfølgning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is it going? Ask {name} to rate their own readiness for work.</source>
        <translation>Hvordan går det? Bed {name} om selv at vurdere sin parathed til arbejde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reviewed on:</source>
        <translation>&amp;Fulgt op den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness for &amp;work (1–10):</source>
        <translation>Parathed til &amp;arbejde (1–10):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 = not ready at all, 10 = ready to start work or education tomorrow.</source>
        <translation>1 = slet ikke parat, 10 = parat til at starte i job eller uddannelse i morgen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt review:</source>
        <translation>Næ&amp;ste opfølgning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record review</source>
        <translation>&amp;Registrér opfølgning</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+156"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steering-group secretary</source>
        <translation>Styregruppesekretær</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
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
        <translation>Alle projekter</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Role</source>
        <translation>Rolle</translation>
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
        <translation>En sagsbehandler kan få lov til at læse teamets sagsstamme i sin egen organisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add role</source>
        <translation>&amp;Tilføj rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove role</source>
        <translation>&amp;Fjern rolle</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/widgets.py" line="+118"/>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/employers/common.py" line="+173"/>
        <source>Close this window and open the record again to see the other changes.</source>
        <translation>Luk vinduet, og åbn posten igen for at se de andre ændringer.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/dialogs/sign_in.py" line="+119"/>
        <source>Enter your user name and password.</source>
        <translation>Indtast dit brugernavn og din adgangskode.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Sign in – NEO Desktop</source>
        <translation>Log ind – NEO Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to NEO Desktop</source>
        <translation>Log ind i NEO Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a demo database. Sign in as caseworker, coordinator, secretary, admin or auditor with the password “demo”.</source>
        <translation>Dette er en demodatabase. Log ind som caseworker, coordinator, secretary, admin eller auditor med adgangskoden “demo”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening the database…</source>
        <translation>Åbner databasen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {where}</source>
        <translation>Database: {where}</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/admin/staff_dialogs.py" line="+98"/>
        <location line="+1"/>
        <source>New staff account</source>
        <translation>Ny medarbejderkonto</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Edit staff account</source>
        <translation>Redigér medarbejderkonto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full &amp;name:</source>
        <translation>Fulde &amp;navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
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
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lower-case letters, e.g. mette.soerensen</source>
        <translation>små bogstaver, fx mette.soerensen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least {length} characters</source>
        <translation>mindst {length} tegn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person signs in with the login name and this password. The login name cannot be changed later.</source>
        <translation>Personen logger ind med brugernavnet og denne adgangskode. Brugernavnet kan ikke ændres senere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: single sign-on</source>
        <translation>tom: fælles log-ind (single sign-on)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving creates the person&apos;s own login on the shared database and grants it the database roles of their NEO roles; row-level security then limits what it can read. Leave the password empty if your organisation signs people in with single sign-on.</source>
        <translation>Når du gemmer, oprettes personens eget log-ind i den fælles database med databaseroller efter personens NEO-roller; sikkerhed på rækkeniveau begrænser så, hvad det kan læse. Lad adgangskoden være tom, hvis jeres organisation logger folk ind med single sign-on.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed roles take effect the next time the person signs in.</source>
        <translation>Ændrede roller gælder fra næste gang, personen logger ind.</translation>
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
        <translation>&amp;Genaktivér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivér</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who may sign in, in which organisation, and with which roles in which projects. On this embedded database everyone signs in with a password kept here (as a hash).</source>
        <translation>Hvem der må logge ind, i hvilken organisation og med hvilke roller i hvilke projekter. I denne indbyggede database logger alle ind med en adgangskode, der gemmes her (som hash).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who may sign in, in which organisation, and with which roles in which projects. Each account is the person&apos;s own login on the shared database; its database roles follow the roles given here.</source>
        <translation>Hvem der må logge ind, i hvilken organisation og med hvilke roller i hvilke projekter. Hver konto er personens eget log-ind i den fælles database; dens databaseroller følger rollerne her.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New account…</source>
        <translation>&amp;Ny konto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;password…</source>
        <translation>Sæt &amp;adgangskode…</translation>
    </message>
</context>
<context>
    <name>StartPlanDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/start_dialog.py" line="+69"/>
        <source>Everyone in your caseload already has a plan.</source>
        <translation>Alle i din sagsstamme har allerede en plan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No template – start with an empty plan</source>
        <translation>Ingen skabelon – start med en tom plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({group})</source>
        <translation>{name} ({group})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan starts empty; add goals and steps yourself.</source>
        <translation>Planen starter tom; tilføj selv mål og delmål.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan starts with these {count} steps:</source>
        <translation>Planen starter med disse {count} delmål:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This template has no steps.</source>
        <translation>Skabelonen har ingen delmål.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start a plan</source>
        <translation>Start en plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a qualification plan for a young person in your caseload who has no active plan. A template for the young person&apos;s target group adds its steps, which you can change afterwards.</source>
        <translation>Start en kvalificeringsplan for en ung i din sagsstamme, som ikke har en aktiv plan. En skabelon for den unges målgruppe tilføjer sine delmål, som du kan ændre bagefter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Young person:</source>
        <translation>&amp;Den unge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template:</source>
        <translation>S&amp;kabelon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts on:</source>
        <translation>S&amp;tarter den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First &amp;review:</source>
        <translation>Første &amp;opfølgning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start plan</source>
        <translation>&amp;Start plan</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../neo_desktop/ui/startup.py" line="+138"/>
        <source>Opening the database…</source>
        <translation>Åbner databasen…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>NEO Desktop cannot use the database</source>
        <translation>NEO Desktop kan ikke bruge databasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection settings…</source>
        <translation>Forbindelsesindstillinger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Preparing demo data for the first start…</source>
        <translation>Forbereder demodata til første start…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Signing in…</source>
        <translation>Logger ind…</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <location filename="../../neo_desktop/ui/meetings/statistics_panel.py" line="+86"/>
        <source>Hidden: a small count, or a count that would give one away</source>
        <translation>Skjult: et lille tal, eller et tal der ville afsløre et lille tal</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/course_dialogs.py" line="-65"/>
        <source>Change status</source>
        <translation>Skift status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Ny status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exit date:</source>
        <translation>&amp;Slutdato:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gained a &amp;qualification:</source>
        <translation>Har opnået en &amp;kvalifikation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note for the journal:</source>
        <translation>&amp;Notat til journalen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaving schedules the follow-up six months after the exit date.</source>
        <translation>Ved afslutning planlægges opfølgningen seks måneder efter slutdatoen.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/item_forms.py" line="-111"/>
        <source>Edit step</source>
        <translation>Redigér delmål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New step</source>
        <translation>Nyt delmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does what by when. The plan starts on {date}; a step cannot be due before that.</source>
        <translation>Hvem gør hvad hvornår. Planen starter {date}; et delmål kan ikke have frist før det.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What:</source>
        <translation>&amp;Hvad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Activity:</source>
        <translation>&amp;Aktivitet:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Who does it:</source>
        <translation>Hv&amp;em gør det:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Completed on:</source>
        <translation>&amp;Færdig den:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Write a CV and send it to three companies</source>
        <translation>fx Skriv et CV, og send det til tre virksomheder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who…</source>
        <translation>Vælg hvem…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the employer&apos;s, mentor&apos;s or partner&apos;s name</source>
        <translation>Valgfrit: virksomhedens, mentorens eller partnerens navn</translation>
    </message>
</context>
<context>
    <name>StepOwner</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-187"/>
        <source>The young person</source>
        <translation>Den unge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator or mentor</source>
        <translation>Koordinator eller mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other partner</source>
        <translation>Anden samarbejdspartner</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <location line="-10"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Udgået</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/data_protection/subject_access.py" line="+75"/>
        <location line="+65"/>
        <location line="+36"/>
        <source>Subject access request</source>
        <translation>Anmodning om indsigt</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+100"/>
        <source>(choose a person)</source>
        <translation>(vælg en person)</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Choose the person from your caseload, or type their number.</source>
        <translation>Vælg personen fra din sagsstamme, eller skriv personens nummer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The files could not be saved there ({reason}). Choose another folder.</source>
        <translation>Filerne kunne ikke gemmes der ({reason}). Vælg en anden mappe.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the subject access export</source>
        <translation>Gem udtrækket til indsigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting the person&apos;s data…</source>
        <translation>Udtrækker personens oplysninger…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the readable export {pdf} and the machine-readable {json}. Give both to the person.</source>
        <translation>Gemte det læsbare udtræk {pdf} og det maskinlæsbare {json}. Giv begge til personen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lookups of this person&apos;s data: {count}. Staff names are left out: a person may know when and why, not who.</source>
        <translation>Opslag i personens oplysninger: {count}. Medarbejdernes navne er udeladt: personen må vide hvornår og hvorfor, ikke hvem.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A person&apos;s access to their own data</source>
        <translation>En persons indsigt i egne oplysninger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When a young person asks what is stored about them, export it all: a readable PDF and a JSON file a computer can read. They may also ask when and why their data was looked up; staff names are not given. Both are recorded in the access log.</source>
        <translation>Når en ung spørger, hvad der er registreret om dem, så udtræk det hele: en læsbar PDF og en JSON-fil, som en computer kan læse. De kan også spørge, hvornår og hvorfor der er slået op i deres oplysninger; medarbejdernes navne oplyses ikke. Begge dele registreres i adgangsloggen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From your &amp;caseload:</source>
        <translation>Fra din &amp;sagsstamme:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>or the person&apos;s &amp;number:</source>
        <translation>eller personens &amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language of the PDF:</source>
        <translation>&amp;Sprog i PDF&apos;en:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export PDF and JSON…</source>
        <translation>&amp;Udtræk PDF og JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;lookups</source>
        <translation>Vis &amp;opslag</translation>
    </message>
</context>
<context>
    <name>TargetKind</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="+175"/>
        <source>Participants enrolled</source>
        <translation>Tilmeldte deltagere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into employment</source>
        <translation>I job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into education</source>
        <translation>I uddannelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into employment or education</source>
        <translation>I job eller uddannelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into internships or apprenticeships</source>
        <translation>I praktik eller læreplads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placements in companies</source>
        <translation>Forløb i virksomheder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies engaged</source>
        <translation>Involverede virksomheder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to other help</source>
        <translation>Videre til anden hjælp</translation>
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
        <translation>Værdi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By date</source>
        <translation>Senest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned so far</source>
        <translation>Planlagt i alt</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Choose a target above to see its planned curve.</source>
        <translation>Vælg et mål ovenfor for at se dets planlagte kurve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The planned curve of: {target}</source>
        <translation>Den planlagte kurve for: {target}</translation>
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
        <translation>Planlagt &amp;kurve:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the project has promised its funder, and how far it plans to have come by each date (cumulative). Reports compare the records with this curve, so a slow intake shows early.</source>
        <translation>Det, projektet har lovet tilskudsgiveren, og hvor langt det planlægger at være nået på hver dato (samlet). Rapporterne sammenligner registreringerne med kurven, så et langsomt indtag ses tidligt.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/dialogs.py" line="-93"/>
        <source>The plan has been loaded again with the other changes. Check them, then try again.</source>
        <translation>Planen er indlæst igen med de andre ændringer. Kontrollér dem, og prøv så igen.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../neo_desktop/ui/plans/template_editor.py" line="+126"/>
        <source>Choose who…</source>
        <translation>Vælg hvem…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No date</source>
        <translation>Ingen dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The steps were changed.</source>
        <translation>Delmålene er ændret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What they changed is now in the form; what you changed yourself is kept. Check it and save again.</source>
        <translation>Det, den anden ændrede, står nu i formularen; det, du selv har ændret, er bevaret. Kontrollér det, og gem igen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit plan template</source>
        <translation>Redigér planskabelon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New plan template</source>
        <translation>Ny planskabelon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Target group:</source>
        <translation>&amp;Målgruppe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In use:</source>
        <translation>I brug:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Offer this template when a plan is started</source>
        <translation>&amp;Tilbyd skabelonen, når en plan startes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ste&amp;ps (due so many days after the plan starts):</source>
        <translation>De&amp;lmål (frist så mange dage efter planens start):</translation>
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
        <translation>Hvem gør det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due after</source>
        <translation>Frist efter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add step</source>
        <translation>&amp;Tilføj delmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove step</source>
        <translation>&amp;Fjern delmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Flyt &amp;ned</translation>
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
        <translation>(ikke i brug)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan templates: the steps a new plan starts with, per target group. Caseworkers adapt each plan to the young person afterwards.</source>
        <translation>Planskabeloner: de delmål, en ny plan starter med, for hver målgruppe. Sagsbehandlerne tilpasser bagefter hver plan til den unge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New template…</source>
        <translation>&amp;Ny skabelon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>R&amp;edigér…</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/journal_panel.py" line="-111"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sensitive note: only the organisation that owns the record may read it</source>
        <translation>Følsomt notat: kun den organisation, der ejer sagen, må læse det</translation>
    </message>
</context>
<context>
    <name>TodayWidget</name>
    <message>
        <location filename="../../neo_desktop/ui/caseload/today_widget.py" line="+73"/>
        <source>Nothing needs doing today.</source>
        <translation>Der er intet at gøre i dag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} things for {date}. Press Enter or double-click a line to open the record.</source>
        <translation>{count} opgaver for {date}. Tryk Enter eller dobbeltklik på en linje for at åbne sagen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow-ups due today or overdue</source>
        <translation>Opfølgninger i dag eller over tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Six-month follow-ups after leaving</source>
        <translation>Opfølgning seks måneder efter afslutning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan reviews due</source>
        <translation>Planer, der skal revurderes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan steps overdue</source>
        <translation>Delmål over tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact for a long time</source>
        <translation>Ingen kontakt i lang tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings in the coming week</source>
        <translation>Møder i den kommende uge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placements starting this week</source>
        <translation>Virksomhedsforløb, der starter i denne uge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placements ending this week</source>
        <translation>Virksomhedsforløb, der slutter i denne uge</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{days} days overdue</source>
        <translation>{days} dage over tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left: {outcome}</source>
        <translation>afsluttet: {outcome}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{step} ({days} days overdue)</source>
        <translation>{step} ({days} dage over tid)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no contact for {days} days</source>
        <translation>ingen kontakt i {days} dage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Young person</source>
        <translation>Den unge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
</context>
<context>
    <name>TriStateBox</name>
    <message>
        <location filename="../../neo_desktop/ui/participants/widgets.py" line="-35"/>
        <source>Not stated</source>
        <translation>Ikke oplyst</translation>
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
        <translation>Der skete en uventet fejl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;The details have been written to the log file:&lt;/p&gt;&lt;p style=&quot;white-space:pre&quot;&gt;{path}&lt;/p&gt;&lt;p&gt;What you saved before is safe, but the last action may not have finished. If it happens again, send the log file to your administrator.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Detaljerne er skrevet i logfilen:&lt;/p&gt;&lt;p style=&quot;white-space:pre&quot;&gt;{path}&lt;/p&gt;&lt;p&gt;Det, du har gemt tidligere, er i sikkerhed, men den sidste handling er måske ikke blevet gennemført. Hvis det sker igen, så send logfilen til din administrator.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open log folder</source>
        <translation>Åbn logmappen</translation>
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
        <translation>Der er kun én version indtil videre. En ændring af en aftalt version starter en ny, og de to kan så sammenlignes her.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose two versions and press Compare to see what changed.</source>
        <translation>Vælg to versioner, og tryk på Sammenlign for at se, hvad der er ændret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changed from version {old} to version {new}.</source>
        <translation>Intet er ændret fra version {old} til version {new}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changed from version {old} to version {new} ({count}):</source>
        <translation>Ændringer fra version {old} til version {new} ({count}):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare &amp;version</source>
        <translation>Sammenlign &amp;version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with v&amp;ersion</source>
        <translation>med v&amp;ersion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>&amp;Sammenlign</translation>
    </message>
</context>
<context>
    <name>WarningKind</name>
    <message>
        <location filename="../../neo_desktop/ui/labels.py" line="-220"/>
        <source>Follow-up overdue</source>
        <translation>Opfølgning over tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan steps overdue</source>
        <translation>Delmål over tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact</source>
        <translation>Ingen kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance dropping</source>
        <translation>Faldende fremmøde</translation>
    </message>
</context>
</TS>
