/**
 * People of a roadmap: organizations (schools and bodies), participants with roles and time zones, curator
 * assignments, invitations, and which activities reach whom through the responsible parties of the roadmap.
 */
@ApplicationModule(allowedDependencies = {"messenger", "roadmap", "territory"})
package ru.roadmapbot.people;

import org.springframework.modulith.ApplicationModule;
