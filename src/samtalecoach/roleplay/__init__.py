"""``samtale roleplay``: a whole conversation with a scripted virtual citizen, and a debrief."""
