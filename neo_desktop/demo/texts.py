"""Hand-written Danish and Swedish phrases for journal entries, plans and consents.

Faker has no meaningful Danish or Swedish prose, so the demo combines these short phrases instead; every
table is keyed by country (the language the caseworkers of that country write in).
"""

from __future__ import annotations

from neo_desktop.domain.organisation import Country
from neo_desktop.domain.participant import ContactChannel, ParticipantStatus
from neo_desktop.domain.plan import ActivityKind, BarrierKind

DK, SE = Country.DK, Country.SE

CONTACT_SUBJECTS: dict[Country, dict[ContactChannel, tuple[str, ...]]] = {
    DK: {
        ContactChannel.MEETING: ("Samtale på kontoret", "Opfølgende samtale", "Møde om praktik", "Planmøde"),
        ContactChannel.PHONE: ("Telefonsamtale", "Opringning om fremmøde", "Kort opfølgning pr. telefon"),
        ContactChannel.EMAIL: ("Mail om CV", "Mail med praktikopslag", "Mail om mødetid"),
        ContactChannel.SMS: ("SMS-påmindelse", "SMS om næste møde"),
        ContactChannel.HOME_VISIT: ("Hjemmebesøg", "Besøg i boligområdet"),
    },
    SE: {
        ContactChannel.MEETING: ("Samtal på Navigatorcentrum", "Uppföljande samtal", "Möte om praktik",
                                 "Planeringsmöte"),
        ContactChannel.PHONE: ("Telefonsamtal", "Samtal om närvaro", "Kort uppföljning per telefon"),
        ContactChannel.EMAIL: ("Mejl om CV", "Mejl med praktikannons", "Mejl om mötestid"),
        ContactChannel.SMS: ("Sms-påminnelse", "Sms om nästa möte"),
        ContactChannel.HOME_VISIT: ("Hembesök", "Besök i bostadsområdet"),
    },
}

NOTE_SUBJECTS: dict[Country, tuple[str, ...]] = {
    DK: ("Notat", "Status på forløbet", "Aftale med virksomhed", "Netværksgruppen", "Opfølgning på delmål"),
    SE: ("Anteckning", "Läget i insatsen", "Överenskommelse med arbetsgivare", "Nätverksgruppen",
         "Uppföljning av delmål"),
}

BODY_SENTENCES: dict[Country, tuple[str, ...]] = {
    DK: (
        "Den unge mødte op til tiden og var godt forberedt.",
        "Vi gennemgik CV'et sammen og opdaterede erfaringer fra sidste praktik.",
        "Den unge fortalte om interesse for lager og logistik.",
        "Vi aftalte at kontakte to virksomheder i netværket inden næste møde.",
        "Fremmødet i netværksgruppen har været stabilt de sidste uger.",
        "Den unge vil gerne prøve detailhandel og har selv fundet et opslag.",
        "Praktikstedet melder tilbage, at samarbejdet går godt.",
        "Vi talte om transport til praktikstedet; cykel og bus er en mulighed.",
        "Den unge tager selv ansvar for at ringe til virksomheden.",
        "Næste skridt er en samtale med mentor på virksomheden.",
        "Den unge ønsker at starte på uddannelse efter sommerferien.",
        "Vi har aftalt ugentlige opfølgninger frem til praktikstart.",
        "Den unge var usikker på jobsamtalen, og vi øvede spørgsmål.",
        "Boligsocial medarbejder deltog i mødet.",
        "Den unge har søgt tre stillinger siden sidst.",
    ),
    SE: (
        "Ungdomen kom i tid och var väl förberedd.",
        "Vi gick igenom CV:t tillsammans och lade till erfarenheter från senaste praktiken.",
        "Ungdomen berättade om intresse för lager och logistik.",
        "Vi kom överens om att kontakta två arbetsgivare i nätverket före nästa möte.",
        "Närvaron i nätverksgruppen har varit stabil de senaste veckorna.",
        "Ungdomen vill pröva detaljhandel och har själv hittat en annons.",
        "Praktikplatsen återkopplar att samarbetet fungerar bra.",
        "Vi pratade om resor till praktikplatsen; cykel och buss är möjliga.",
        "Ungdomen tar själv ansvar för att ringa arbetsgivaren.",
        "Nästa steg är ett samtal med handledaren på arbetsplatsen.",
        "Ungdomen vill börja studera efter sommaren.",
        "Vi har bestämt veckovisa uppföljningar fram till praktikstart.",
        "Ungdomen var osäker inför intervjun och vi övade frågor.",
        "Ungdomsspanaren deltog i mötet.",
        "Ungdomen har sökt tre tjänster sedan sist.",
    ),
}

SENSITIVE_SENTENCES: dict[Country, tuple[str, ...]] = {
    DK: (
        "Den unge fortalte om angst og søvnproblemer; aftalt kontakt til egen læge.",
        "Misbrugsbehandling er startet; forløbet tilpasses imens.",
        "Den unge er i psykiatrisk behandling og har brug for kortere dage i praktikken.",
        "Der er udfordringer i familien, som påvirker fremmødet.",
    ),
    SE: (
        "Ungdomen berättade om ångest och sömnproblem; kontakt med vårdcentralen bokad.",
        "Missbruksbehandling har påbörjats; insatsen anpassas under tiden.",
        "Ungdomen har kontakt med psykiatrin och behöver kortare dagar på praktiken.",
        "Det finns svårigheter i familjen som påverkar närvaron.",
    ),
}

STATUS_WORDS: dict[Country, dict[ParticipantStatus, str]] = {
    DK: {
        ParticipantStatus.REFERRED: "henvist",
        ParticipantStatus.INTAKE: "visitation",
        ParticipantStatus.ACTIVE: "aktiv",
        ParticipantStatus.PAUSED: "på pause",
        ParticipantStatus.COMPLETED: "afsluttet",
        ParticipantStatus.DROPPED_OUT: "frafaldet",
    },
    SE: {
        ParticipantStatus.REFERRED: "anvisad",
        ParticipantStatus.INTAKE: "inskrivning",
        ParticipantStatus.ACTIVE: "aktiv",
        ParticipantStatus.PAUSED: "pausad",
        ParticipantStatus.COMPLETED: "avslutad",
        ParticipantStatus.DROPPED_OUT: "avbrott",
    },
}

STATUS_SUBJECT = {DK: "Status ændret: {status}", SE: "Status ändrad: {status}"}
REFERRAL_BODY = {DK: "Henvist af {organisation}.", SE: "Anvisad av {organisation}."}
ASSIGNMENT_SUBJECT = {DK: "Sagsbehandler tildelt", SE: "Handläggare tilldelad"}
ASSIGNMENT_BODY = {DK: "{name} er tovholder på forløbet.", SE: "{name} är ansvarig handläggare."}
PLAN_SUBJECT = {DK: "Handleplan opdateret", SE: "Handlingsplan uppdaterad"}
PLACEMENT_SUBJECT = {DK: "Forløb i virksomhed", SE: "Placering hos arbetsgivare"}
CONSENT_SCOPE = {
    DK: "Deling af oplysninger om forløb, handleplan og fremmøde med {organisation}",
    SE: "Delning av uppgifter om insats, handlingsplan och närvaro med {organisation}",
}

GOAL_FIELDS: dict[Country, tuple[str, ...]] = {
    DK: ("Lagermedarbejder", "Butiksassistent", "Social- og sundhedshjælper", "Kok", "Tømrer", "Chauffør",
         "Rengøringsassistent", "Anlægsgartner", "Elektriker", "Frisør", "Pædagogmedhjælper", "Kontorelev"),
    SE: ("Lagerarbetare", "Butikssäljare", "Undersköterska", "Kock", "Snickare", "Lastbilschaufför",
         "Lokalvårdare", "Trädgårdsarbetare", "Elektriker", "Frisör", "Barnskötare", "Kontorsassistent"),
}
EDUCATION_FIELDS: dict[Country, tuple[str, ...]] = {
    DK: ("Erhvervsuddannelse (EUD)", "HF-enkeltfag", "FGU – produktionsgrunduddannelse", "Social- og sundhedsskolen"),
    SE: ("Gymnasieskolans yrkesprogram", "Komvux", "Folkhögskola, allmän kurs", "Vård- och omsorgsutbildning"),
}
INTERESTS: dict[Country, tuple[str, ...]] = {
    DK: ("logistik", "detailhandel", "omsorg", "byggeri", "køkken og kantine", "it", "dyr og natur",
         "motor og mekanik"),
    SE: ("logistik", "detaljhandel", "omsorg", "bygg", "restaurang och storkök", "it", "djur och natur", "fordon"),
}
STRENGTHS: dict[Country, tuple[str, ...]] = {
    DK: ("mødestabil", "god til at samarbejde", "praktisk anlagt", "hjælpsom", "nysgerrig", "god til kunder"),
    SE: ("punktlig", "bra på att samarbeta", "praktiskt lagd", "hjälpsam", "nyfiken", "bra med kunder"),
}
EXPERIENCES: dict[Country, tuple[str, ...]] = {
    DK: ("fritidsjob i supermarked", "avisbud", "praktik i børnehave", "sæsonarbejde i landbruget"),
    SE: ("extrajobb i livsmedelsbutik", "tidningsbud", "praktik på förskola", "säsongsarbete i jordbruket"),
}
LANGUAGES: dict[Country, tuple[str, ...]] = {
    DK: ("dansk", "engelsk", "arabisk", "somali", "tyrkisk", "polsk", "tigrinya"),
    SE: ("svenska", "engelska", "arabiska", "somaliska", "dari", "polska", "tigrinja"),
}
LANGUAGE_LEVELS = ("basic", "good", "fluent")
CERTIFICATES: dict[Country, tuple[str, ...]] = {
    DK: ("Truckcertifikat", "Hygiejnebevis", "Førstehjælpskursus", "Kørekort til knallert"),
    SE: ("Truckkort", "Hygienutbildning", "HLR-utbildning", "Mopedkörkort"),
}
DRIVING_LICENCE = {DK: "Kørekort", SE: "Körkort"}

BARRIERS: dict[Country, dict[BarrierKind, tuple[str, ...]]] = {
    DK: {
        BarrierKind.HEALTH: ("Angst og stress", "Rygproblemer", "ADHD, behov for struktur"),
        BarrierKind.SOCIAL: ("Lille netværk", "Gæld", "Konflikter i familien"),
        BarrierKind.HOUSING: ("Bor midlertidigt hos venner", "Venter på egen bolig"),
        BarrierKind.LANGUAGE: ("Dansk på begynderniveau",),
        BarrierKind.TRANSPORT: ("Ingen bil og dårlige busforbindelser",),
        BarrierKind.CHILDCARE: ("Mangler pasning til barn",),
        BarrierKind.OTHER: ("Usikker på egne ønsker",),
    },
    SE: {
        BarrierKind.HEALTH: ("Ångest och stress", "Ryggbesvär", "ADHD, behöver struktur"),
        BarrierKind.SOCIAL: ("Litet nätverk", "Skulder", "Konflikter i familjen"),
        BarrierKind.HOUSING: ("Bor tillfälligt hos vänner", "Väntar på egen bostad"),
        BarrierKind.LANGUAGE: ("Svenska på nybörjarnivå",),
        BarrierKind.TRANSPORT: ("Ingen bil och dåliga bussförbindelser",),
        BarrierKind.CHILDCARE: ("Saknar barnomsorg",),
        BarrierKind.OTHER: ("Osäker på vad hen vill",),
    },
}
SENSITIVE_BARRIERS = frozenset({BarrierKind.HEALTH, BarrierKind.SOCIAL})

STEPS: dict[Country, dict[ActivityKind, tuple[str, ...]]] = {
    DK: {
        ActivityKind.COURSE: ("Truckkursus", "Kursus i kundeservice", "Hygiejnekursus"),
        ActivityKind.INTERNSHIP: ("Virksomhedspraktik i 8 uger", "Praktik i butik", "Praktik på lager"),
        ActivityKind.NETWORK_GROUP: ("Deltage i netværksgruppen hver uge",),
        ActivityKind.MENTORING: ("Mentorsamtaler hver 14. dag", "Mentor på arbejdspladsen"),
        ActivityKind.CV_AND_APPLICATION: ("Skrive CV færdigt", "Sende fem ansøgninger"),
        ActivityKind.INTERVIEW_TRAINING: ("Øve jobsamtale", "Virksomhedsbesøg med jobsamtale"),
        ActivityKind.EDUCATION: ("Søge optagelse på EUD", "Afklaring af uddannelsesvalg"),
        ActivityKind.TREATMENT: ("Forløb hos psykolog", "Samtaler i misbrugscenter"),
        ActivityKind.OTHER: ("Søge egen bolig", "Få styr på økonomien med rådgiver"),
    },
    SE: {
        ActivityKind.COURSE: ("Truckutbildning", "Kurs i kundservice", "Hygienkurs"),
        ActivityKind.INTERNSHIP: ("Arbetspraktik i 8 veckor", "Praktik i butik", "Praktik på lager"),
        ActivityKind.NETWORK_GROUP: ("Delta i nätverksgruppen varje vecka",),
        ActivityKind.MENTORING: ("Mentorsamtal varannan vecka", "Handledare på arbetsplatsen"),
        ActivityKind.CV_AND_APPLICATION: ("Skriva klart CV", "Skicka fem ansökningar"),
        ActivityKind.INTERVIEW_TRAINING: ("Öva anställningsintervju", "Arbetsplatsbesök med intervju"),
        ActivityKind.EDUCATION: ("Söka till gymnasiets yrkesprogram", "Studie- och yrkesvägledning"),
        ActivityKind.TREATMENT: ("Samtal hos psykolog", "Kontakt med beroendemottagningen"),
        ActivityKind.OTHER: ("Söka egen bostad", "Budgetrådgivning"),
    },
}

REVIEW_NOTES: dict[Country, tuple[str, ...]] = {
    DK: ("God udvikling siden sidst.", "Fremmødet er blevet mere stabilt.", "Praktikken har givet selvtillid.",
         "Planen justeres, så der er mere tid til behandling.", "Klar til at søge ordinært job."),
    SE: ("God utveckling sedan sist.", "Närvaron har blivit stabilare.", "Praktiken har gett självförtroende.",
         "Planen justeras så att det finns mer tid för behandling.", "Redo att söka arbete på egen hand."),
}
CHANGE_NOTES: dict[Country, tuple[str, ...]] = {
    DK: ("Nyt delmål om praktik tilføjet.", "Datoer rykket efter sygdom.", "Uddannelsesmål præciseret."),
    SE: ("Nytt delmål om praktik tillagt.", "Datum flyttade efter sjukdom.", "Utbildningsmål förtydligat."),
}
