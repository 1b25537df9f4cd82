package ru.roadmapbot.confirmation;

/** What came of a review: made, refused because of who asked, or refused because of the task's state. */
public enum ReviewOutcome {
    REVIEWED, NOT_ALLOWED, NOT_REVIEWABLE
}
