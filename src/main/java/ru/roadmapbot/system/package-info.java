/**
 * Configuration only: the clock, security, web and scheduling settings the feature modules run with.
 */
@ApplicationModule(allowedDependencies = {"account", "admin", "people", "roadmap", "territory"})
package ru.roadmapbot.system;

import org.springframework.modulith.ApplicationModule;
