"""Terminal interaction: prompts (the only questionary importer) and shared styles."""
