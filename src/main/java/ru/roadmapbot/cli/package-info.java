/**
 * Command-line entry points: {@code parse-dates}, {@code import}, {@code import --dry-run}, {@code invite},
 * {@code calendar-link} and the usage. The commands that only read (parse-dates, dry-run) run without Spring; those
 * that store start only the database and the services they need, never the web server or the bot.
 */
@ApplicationModule(allowedDependencies = {"account", "calendar", "messenger", "people", "roadmap", "schedule", "territory"})
package ru.roadmapbot.cli;

import org.springframework.modulith.ApplicationModule;
