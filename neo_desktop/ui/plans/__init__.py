"""The qualification plan in the GUI: the plan editor, its dialogs, item models, the readiness chart and the
administrators' template editor. The Plans area itself is :mod:`neo_desktop.ui.views.plans`."""
