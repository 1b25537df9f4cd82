/**
 * Calendar feeds: each participant, school and roadmap has a secret subscription link to an iCalendar feed
 * (written with ical4j) of its dated activities, which calendar clients poll; the links, their rotation and
 * revocation, and the {@code /calendar/{token}.ics} endpoint with its cache.
 */
@ApplicationModule(allowedDependencies = {"confirmation", "messenger", "people", "roadmap", "schedule"})
package ru.roadmapbot.calendar;

import org.springframework.modulith.ApplicationModule;
