"""Conversation processes: a citizen over several conversations, with alliance checks."""
