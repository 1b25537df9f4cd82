package ru.roadmapbot.people;

/** Schools are the ones roadmaps help; bodies (МКУ «УО», ДИРО) run them. */
public enum OrganizationKind {
    SCHOOL, BODY
}
