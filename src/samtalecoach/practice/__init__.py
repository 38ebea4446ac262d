"""Drills for students: tasks, spaced repetition, progress, rounds."""
