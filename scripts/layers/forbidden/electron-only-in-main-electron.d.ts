// Layer rule: electron-only-in-main-electron. Importing a package mapped here is a layering error (see docs/architecture.md).
