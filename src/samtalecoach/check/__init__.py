"""`samtale check`: what kind of question an utterance is (form by rules, kind by a small
learned model), feedback in the model's words, and role-play transcript summaries."""
