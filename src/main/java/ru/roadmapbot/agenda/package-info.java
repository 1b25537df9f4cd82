/**
 * What is due for whom and when: the dated occurrences of the activities that reach a participant (their own, and
 * for a curator those of the schools they accompany), for "my tasks", reminders and digests.
 */
@ApplicationModule(allowedDependencies = {"people", "roadmap", "schedule"})
package ru.roadmapbot.agenda;

import org.springframework.modulith.ApplicationModule;
