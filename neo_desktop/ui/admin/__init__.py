"""The administration area's pages and dialogs: organisations, projects, staff, reference lists, templates.

The pages build on the views package (its table model), and the views package registers the administration
view, which is made of these pages. Importing the views first settles that circle in one order, whichever
module is imported first.
"""

from .. import views as _views  # noqa: F401
