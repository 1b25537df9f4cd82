/**
 * The web admin (Thymeleaf): roadmaps with the rows to review, each school's progress, importing a roadmap with a
 * preview, and invitations. Texts come from messages/; templates hold none.
 */
@ApplicationModule(allowedDependencies = {"account", "confirmation", "messenger", "people", "reminder", "roadmap", "schedule", "territory"})
package ru.roadmapbot.admin;

import org.springframework.modulith.ApplicationModule;
