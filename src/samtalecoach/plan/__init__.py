"""Preparing a conversation: the plan, the interview that builds it, its writers and views."""
