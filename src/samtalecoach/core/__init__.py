"""The core: the model, errors, i18n, paths, privacy, text folding and the SQLite store."""
