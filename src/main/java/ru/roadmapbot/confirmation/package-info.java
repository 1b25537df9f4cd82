/**
 * What people report about their tasks: one status per occurrence and person (in progress, done, help needed),
 * comments and proof files, the curator's approval or return, and escalation of what nobody confirmed.
 */
@ApplicationModule(allowedDependencies = {"agenda", "people", "roadmap", "schedule", "territory"})
package ru.roadmapbot.confirmation;

import org.springframework.modulith.ApplicationModule;
