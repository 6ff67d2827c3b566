"""The caseload screens: the start page (Today) and lists of young people over database pages."""
