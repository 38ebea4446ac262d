"""Finding and writing questions from the banks (samtale questions, situations, banks check)."""
