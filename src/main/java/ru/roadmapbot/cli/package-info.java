/**
 * Command-line entry points: {@code parse-dates}, {@code import}, {@code import --dry-run}. The commands that only
 * read (parse-dates, dry-run) run without Spring, so they answer in about a second.
 */
@ApplicationModule(allowedDependencies = {"account", "calendar", "people", "roadmap", "schedule", "territory"})
package ru.roadmapbot.cli;

import org.springframework.modulith.ApplicationModule;
