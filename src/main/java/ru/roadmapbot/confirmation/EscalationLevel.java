package ru.roadmapbot.confirmation;

/** Who hears about an overdue, unconfirmed task: first the school's curator, then the municipal coordinator. */
public enum EscalationLevel {
    CURATOR, COORDINATOR
}
