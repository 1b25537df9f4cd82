package ru.roadmapbot.confirmation;

/**
 * What came of a review: made; refused because of who asked; refused because of the task's state; or the same
 * decision as before (a second reviewer, or a second press), which changes nothing and tells nobody again.
 */
public enum ReviewOutcome {
    REVIEWED, NOT_ALLOWED, NOT_REVIEWABLE, ALREADY_DECIDED
}
