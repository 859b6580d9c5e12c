// Layer rule: ui-packages-not-in-common. Importing a package mapped here is a layering error (see docs/architecture.md).
