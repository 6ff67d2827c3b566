"""Danish and Swedish words for groups and meetings: names, agenda items, minutes, decisions and actions.

An agenda item is (title, what it links to: "" nothing, "target" a project target, "employer" a company).
"""

from __future__ import annotations

from neo_desktop.domain.meeting import GroupKind
from neo_desktop.domain.organisation import Country

DK, SE = Country.DK, Country.SE
G = GroupKind

GROUP_NAMES: dict[Country, dict[GroupKind, str]] = {
    DK: {
        G.STEERING_REGIONAL: "Styregruppen for NEO Midt",
        G.STEERING_LOCAL: "Lokal styregruppe {town}",
        G.WORKING: "Arbejdsgruppen {town}",
        G.COMPANY_NETWORK: "Virksomhedsnetværket NEO Midt",
        G.YOUTH_NETWORK: "Netværksgruppen {town}",
    },
    SE: {
        G.STEERING_REGIONAL: "Regional styrgrupp Blekinges Unga Lyfter",
        G.STEERING_LOCAL: "Lokal styrgrupp {town}",
        G.WORKING: "Arbetsgruppen {town}",
        G.COMPANY_NETWORK: "Arbetsgivarnätverket Blekinge",
        G.YOUTH_NETWORK: "Nätverksgruppen Navigatorcentrum {town}",
    },
}
MEETING_TITLES: dict[Country, dict[GroupKind, str]] = {
    DK: {
        G.STEERING_REGIONAL: "Styregruppemøde", G.STEERING_LOCAL: "Lokalt styregruppemøde",
        G.WORKING: "Arbejdsgruppemøde", G.COMPANY_NETWORK: "Netværksmøde for virksomheder",
        G.YOUTH_NETWORK: "Netværksgruppe uge {week}",
    },
    SE: {
        G.STEERING_REGIONAL: "Styrgruppsmöte", G.STEERING_LOCAL: "Lokalt styrgruppsmöte",
        G.WORKING: "Arbetsgruppsmöte", G.COMPANY_NETWORK: "Nätverksträff för arbetsgivare",
        G.YOUTH_NETWORK: "Nätverksgrupp vecka {week}",
    },
}
_STEERING_DK = (
    ("Godkendelse af dagsorden", ""), ("Godkendelse af referat fra sidste møde", ""),
    ("Status på måltal og indskrivning", "target"), ("Nyt fra partnerne", ""),
    ("Samarbejde med virksomheder", "employer"), ("Økonomi og budgetopfølgning", ""), ("Eventuelt", ""),
)
_STEERING_SE = (
    ("Godkännande av dagordning", ""), ("Föregående mötesprotokoll", ""),
    ("Måluppfyllelse och inskrivning", "target"), ("Information från parterna", ""),
    ("Samverkan med arbetsgivare", "employer"), ("Ekonomisk uppföljning", ""), ("Övriga frågor", ""),
)
AGENDAS: dict[Country, dict[GroupKind, tuple[tuple[str, str], ...]]] = {
    DK: {
        G.STEERING_REGIONAL: _STEERING_DK, G.STEERING_LOCAL: _STEERING_DK,
        G.WORKING: (("Status på forløb", ""), ("Nye henvisninger", "target"),
                    ("Match mellem unge og jobåbninger", "employer"), ("Samarbejde med boligsocial indsats", "")),
        G.COMPANY_NETWORK: (("Velkomst og nye medlemmer", ""), ("Hvordan tager vi imod en praktikant?", ""),
                            ("Virksomhedsbesøg", "employer"), ("Nye jobåbninger i netværket", ""),
                            ("Planlægning af næste møde", "")),
        G.YOUTH_NETWORK: (("Check-in", ""), ("Erfaringer fra praktik", ""), ("Besøg fra en virksomhed", "employer"),
                          ("Mål for næste uge", "")),
    },
    SE: {
        G.STEERING_REGIONAL: _STEERING_SE, G.STEERING_LOCAL: _STEERING_SE,
        G.WORKING: (("Läget i insatserna", ""), ("Nya anvisningar", "target"),
                    ("Matchning mot lediga platser", "employer"), ("Samverkan med bostadsbolaget", "")),
        G.COMPANY_NETWORK: (("Välkomna och nya medlemmar", ""), ("Hur tar vi emot en praktikant?", ""),
                            ("Arbetsplatsbesök", "employer"), ("Nya platser i nätverket", ""),
                            ("Planering av nästa träff", "")),
        G.YOUTH_NETWORK: (("Incheckning", ""), ("Erfarenheter från praktiken", ""),
                          ("Besök från en arbetsgivare", "employer"), ("Mål till nästa vecka", "")),
    },
}
MINUTES: dict[Country, tuple[str, ...]] = {
    DK: ("Punktet blev drøftet, og der var enighed om den videre proces.",
         "Orientering taget til efterretning.",
         "Indskrivningen ligger lidt under den planlagte kurve; der følges op i næste kvartal.",
         "Flere virksomheder har meldt sig til netværket.",
         "Gruppen delte gode erfaringer og aftalte nye mål."),
    SE: ("Punkten diskuterades och gruppen var enig om fortsättningen.",
         "Informationen noterades.",
         "Inskrivningen ligger något under plan; uppföljning nästa kvartal.",
         "Fler arbetsgivare har anslutit sig till nätverket.",
         "Gruppen delade erfarenheter och satte nya mål."),
}
DECISIONS: dict[Country, tuple[str, ...]] = {
    DK: ("Referatet blev godkendt.", "Styregruppen godkendte den reviderede tidsplan.",
         "Det blev besluttet at afholde en jobmesse i boligområdet.",
         "Arbejdsgruppen får mandat til at udvide virksomhedsnetværket."),
    SE: ("Protokollet godkändes.", "Styrgruppen godkände den reviderade tidplanen.",
         "Beslut fattades om en rekryteringsmässa på Navigatorcentrum.",
         "Arbetsgruppen får mandat att utöka arbetsgivarnätverket."),
}
ACTIONS: dict[Country, tuple[str, ...]] = {
    DK: ("Udsende invitation til virksomhedsmøde", "Opdatere statistik til næste møde",
         "Kontakte boligselskabets driftschef om jobåbninger", "Udarbejde plan for rekruttering af unge",
         "Følge op på praktikpladser i detailhandlen"),
    SE: ("Skicka inbjudan till arbetsgivarträff", "Uppdatera statistiken till nästa möte",
         "Kontakta bostadsbolaget om lediga platser", "Ta fram plan för att nå fler unga",
         "Följa upp praktikplatser i handeln"),
}
CARRIED = {DK: "Opfølgning: {title}", SE: "Uppföljning: {title}"}
LOCATIONS = {DK: "{host}, mødelokale {room}", SE: "{host}, konferensrum {room}"}
GUESTS = {DK: "Ekstern oplægsholder", SE: "Extern föreläsare"}
