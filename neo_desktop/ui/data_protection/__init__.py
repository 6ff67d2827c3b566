"""Data-protection workflows: a person's access request, and the retention run that anonymises old case files.

Like the administration pages, these build on the views package, which in turn shows them; importing the
views first settles that circle in one order.
"""

from .. import views as _views  # noqa: F401
