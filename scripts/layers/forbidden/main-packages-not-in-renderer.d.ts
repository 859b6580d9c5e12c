// Layer rule: main-packages-not-in-renderer. Importing a package mapped here is a layering error (see docs/architecture.md).
