// Layer rule: node-packages-not-in-common-or-renderer. Importing a package mapped here is a layering error (see docs/architecture.md).
