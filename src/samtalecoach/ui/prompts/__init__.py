"""The only package that talks to questionary and prompt_toolkit: the prompts of every flow.

``widgets`` holds the prompts themselves (lists, yes/no, text, checklists), in the
user's language and wrapped at word boundaries; ``plan``, ``log`` and
``practice`` ask the questions of their flows with them.
"""
