"""A project's partners, its targets with their planned values over time, and its eligibility rules.

Each dialog replaces one list of the project in one transaction.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from neo_desktop.domain.organisation import PartnerRole, TargetKind
from neo_desktop.services.organisations import OrganisationRecord
from neo_desktop.services.projects import AgeRule, ProjectRecord, ProjectService, TargetPlan

from ..context import UiContext
from ..labels import label
from .forms import EditDialog, note_label
from .widgets import RowsEditor, date_edit, date_value, to_qdate


def _enum_box(enum: type[PartnerRole] | type[TargetKind], value: object | None = None) -> QComboBox:
    box = QComboBox()
    for member in enum:
        box.addItem(label(member), member)
    if value is not None:
        box.setCurrentIndex(box.findData(value))
    return box


def _spin(minimum: int, maximum: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setValue(value)
    return box


class _ProjectListDialog(EditDialog):
    """What the three dialogs share: the project's name as the heading, and a line of explanation."""

    def __init__(self, service: ProjectService, context: UiContext, record: ProjectRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.set_form_width(640)
        self.service = service
        self.record = record
        self.note = note_label()
        self.body.insertWidget(1, self.note)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.heading.setText(f"{self.record.settings.code} – {self.record.settings.name}")


class PartnersDialog(_ProjectListDialog):
    """The organisations taking part in the project, and each one's part."""

    def __init__(self, service: ProjectService, context: UiContext, record: ProjectRecord, *,
                 organisations: list[OrganisationRecord], parent: QWidget | None = None) -> None:
        super().__init__(service, context, record, parent)
        self.organisations = [o for o in organisations if o.active or o.id in dict(record.partners)]
        self.editor = RowsEditor(lambda: [self.tr("Organisation"), self.tr("Part")], self._new_row, widths=(None, 190))
        self.add_field("partners", self.editor)
        for organisation_id, role in record.partners:
            self.editor.add_row(self._new_row(organisation_id, role), select=False)
        self.retranslate_ui()

    def _new_row(self, organisation_id: int | None = None, role: PartnerRole = PartnerRole.PARTNER) -> list[QWidget]:
        box = QComboBox()
        for organisation in self.organisations:
            box.addItem(organisation.name, organisation.id)
        if organisation_id is not None:
            box.setCurrentIndex(max(0, box.findData(organisation_id)))
        return [box, _enum_box(PartnerRole, role)]

    def partners(self) -> dict[int, PartnerRole]:
        """The partners as entered (an organisation listed twice keeps its last part)."""
        return {self.editor.widget(row, 0).currentData(): PartnerRole(self.editor.widget(row, 1).currentData())
                for row in range(self.editor.row_count())}

    def save(self) -> None:
        partners, service, project_id = self.partners(), self.service, self.record.id
        if self.record.settings.lead_organisation_id not in partners:
            self.field_error("partners").setText(self.tr("The lead organisation must stay a partner."))
            self.field_error("partners").show()
            return
        self.submit(lambda: service.set_partners(project_id, partners))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Project partners"))
        self._fields["partners"].label.setText(self.tr("&Partners:"))
        self.note.setText(self.tr("Staff of partner organisations can work with the project's participants as far "
                                  "as their roles and the participants' consents allow."))


class TargetsDialog(_ProjectListDialog):
    """The project's targets and, for each, the planned cumulative values by date (the planned curve)."""

    def __init__(self, service: ProjectService, context: UiContext, record: ProjectRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(service, context, record, parent)
        self.setMinimumHeight(560)
        self.milestones: list[list[tuple[date, int]]] = []  # per target row, kept while another row is shown
        self._shown_row: int | None = None
        self.targets_editor = RowsEditor(lambda: [self.tr("Target"), self.tr("Value"), self.tr("Description")],
                                         self._new_target_row, widths=(250, 90, None))
        self.curve_editor = RowsEditor(lambda: [self.tr("By date"), self.tr("Planned so far")], self._new_point)
        self.curve_caption = QLabel()  # which target's curve is shown (the selection hides under the inputs)
        self.curve_editor.layout().insertWidget(0, self.curve_caption)
        self.add_field("target_value", self.targets_editor)
        self.add_field("milestones", self.curve_editor)
        for target in record.targets:
            self.targets_editor.add_row(self._new_target_row(target), select=False)
            self.milestones.append(list(target.milestones))
        # The editor's own Add and Remove change rows only; these also keep each target's curve with it.
        for button, handler in ((self.targets_editor.add_button, self._add_target),
                                (self.targets_editor.remove_button, self._remove_target)):
            button.clicked.disconnect()
            button.clicked.connect(handler)
        self.targets_editor.table.itemSelectionChanged.connect(self._show_curve)
        if record.targets:
            self.targets_editor.table.selectRow(0)
        self._show_curve()
        self.retranslate_ui()

    def _new_target_row(self, target: TargetPlan | None = None) -> list[QWidget]:
        description = QLineEdit(target.description or "" if target else "")
        return [_enum_box(TargetKind, target.kind if target else None),
                _spin(0, 1_000_000, target.target_value if target else 0), description]

    def _new_point(self, point: tuple[date, int] | None = None) -> list[QWidget]:
        settings = self.record.settings
        edit = date_edit(point[0] if point else settings.ends_on)
        edit.setDateRange(to_qdate(settings.starts_on), to_qdate(settings.ends_on))
        return [edit, _spin(0, 1_000_000, point[1] if point else 0)]

    def _add_target(self) -> None:
        self._keep_curve()
        with QSignalBlocker(self.targets_editor.table):
            self.targets_editor.add_row()
        self.milestones.append([])
        self._shown_row = None  # the new row's (empty) curve is shown next
        self._show_curve()

    def _remove_target(self) -> None:
        row = self._selected_target()
        if row is None:
            return
        self._keep_curve()
        with QSignalBlocker(self.targets_editor.table):
            self.targets_editor.table.removeRow(row)
        self.milestones.pop(row)
        self._shown_row = None
        self._show_curve()

    def _selected_target(self) -> int | None:
        rows = self.targets_editor.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _keep_curve(self) -> None:
        if self._shown_row is not None and self._shown_row < len(self.milestones):
            self.milestones[self._shown_row] = [
                (date_value(self.curve_editor.widget(row, 0)), self.curve_editor.widget(row, 1).value())
                for row in range(self.curve_editor.row_count())]

    def _show_curve(self) -> None:
        self._keep_curve()
        row = self._selected_target()
        self._shown_row = row
        self.curve_editor.clear()
        if row is not None and row < len(self.milestones):
            for point in sorted(self.milestones[row]):
                self.curve_editor.add_row(self._new_point(point), select=False)
        self.curve_editor.setEnabled(row is not None)
        self._caption()

    def _caption(self) -> None:
        row = self._shown_row
        if row is None or row >= self.targets_editor.row_count():
            self.curve_caption.setText(self.tr("Choose a target above to see its planned curve."))
            return
        self.curve_caption.setText(self.tr("The planned curve of: {target}").format(
            target=self.targets_editor.widget(row, 0).currentText()))

    def targets(self) -> list[TargetPlan]:
        """The targets as entered, each with its planned curve."""
        self._keep_curve()
        editor = self.targets_editor
        return [TargetPlan(TargetKind(editor.widget(row, 0).currentData()), editor.widget(row, 1).value(),
                           tuple(sorted(dict(self.milestones[row]).items())),
                           editor.widget(row, 2).text().strip() or None)
                for row in range(editor.row_count())]

    def save(self) -> None:
        targets, service, project_id = self.targets(), self.service, self.record.id
        self.submit(lambda: service.set_targets(project_id, targets))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Project targets"))
        self._fields["target_value"].label.setText(self.tr("&Targets:"))
        self._fields["milestones"].label.setText(self.tr("Planned &curve:"))
        self._caption()
        self.note.setText(self.tr("What the project has promised its funder, and how far it plans to have come by "
                                  "each date (cumulative). Reports compare the records with this curve, so a slow "
                                  "intake shows early."))


class EligibilityDialog(_ProjectListDialog):
    """Who may take part: age bands with a minimum time unemployed; any one rule suffices."""

    def __init__(self, service: ProjectService, context: UiContext, record: ProjectRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(service, context, record, parent)
        self.editor = RowsEditor(lambda: [self.tr("From age"), self.tr("To age"), self.tr("Months unemployed")],
                                 self._new_row)
        self.add_field("eligibility", self.editor)
        for rule in record.eligibility:
            self.editor.add_row(self._new_row(rule), select=False)
        self.retranslate_ui()

    @staticmethod
    def _new_row(rule: AgeRule | None = None) -> list[QWidget]:
        rule = rule or AgeRule(16, 29, 0)
        return [_spin(0, 120, rule.min_age), _spin(0, 120, rule.max_age), _spin(0, 240, rule.min_unemployed_months)]

    def rules(self) -> list[AgeRule]:
        """The rules as entered."""
        return [AgeRule(*(self.editor.widget(row, column).value() for column in range(3)))
                for row in range(self.editor.row_count())]

    def save(self) -> None:
        rules, service, project_id = self.rules(), self.service, self.record.id
        self.submit(lambda: service.set_eligibility(project_id, rules))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Eligibility rules"))
        self._fields["eligibility"].label.setText(self.tr("&Rules:"))
        self.note.setText(self.tr("A young person is eligible when one rule fits: for example aged 16–24 and "
                                  "unemployed for at least 3 months, or aged 25–64 and unemployed for at least 12."))
