/**
 * Reminders: the policy of when to remind whom, planning them into a table, a few Quartz jobs that dispatch what
 * is due, and the delivery queue (outbox) drained at a rate Telegram accepts. This module decides what to say and
 * when; the messenger port says it.
 */
@ApplicationModule(allowedDependencies = {"agenda", "cluster", "confirmation", "messenger", "people", "roadmap", "schedule"})
package ru.roadmapbot.reminder;

import org.springframework.modulith.ApplicationModule;
