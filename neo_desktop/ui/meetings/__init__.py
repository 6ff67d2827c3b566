"""The meetings area's widgets: the meeting editor and its tabs, groups and members, building the meeting pack."""
