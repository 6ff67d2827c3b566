"""Realistic demo data for NEO Desktop, from a small set for trying the program to a large one for load tests.

Shaped like the seed projects: a Danish main project (NGO as lead, jobcentres and housing associations in
Viborg and Silkeborg, a company network and weekly youth network groups) and a smaller Swedish project
(Region Blekinge with a Navigator centre in each municipality). Everything is fictional:

- personal numbers are synthetic and use the serials 900–999 only (CPR: the last three digits; personnummer:
  the birth number), so a demo record is recognisable and unique;
- CVR numbers and organisationsnummer are random but pass their check-digit rules;
- phone numbers come from ranges that reach no one (DK "+45 0000 …", SE PTS's fiction range 070-174 06 xx)
  and e-mail addresses from the reserved example.org / example.com domains.

The fixed demo accounts (:data:`DEMO_LOGINS`, password :data:`DEMO_PASSWORD`) sit in the main project's lead
NGO. :func:`generate_demo_data` writes everything in one transaction; a cancelled or failed run leaves the
database as it was.
"""

from .generator import database_is_empty, generate_demo_data
from .size import DEMO_LOGINS, DEMO_PASSWORD, DemoCancelled, DemoDatabaseNotEmpty, DemoSize, DemoSummary

__all__ = [
    "DEMO_LOGINS",
    "DEMO_PASSWORD",
    "DemoCancelled",
    "DemoDatabaseNotEmpty",
    "DemoSize",
    "DemoSummary",
    "database_is_empty",
    "generate_demo_data",
]
