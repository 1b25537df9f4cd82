/**
 * Russian schedule expressions of roadmap cells ("до 01.04.2021", "апрель-май 2022", "по средам", "по плану ДИРО")
 * turned into a {@link ru.roadmapbot.schedule.Schedule}: dated parts, an RRULE-ready recurrence and review flags.
 * Pure Java with no Spring, so the command line can parse without starting the application.
 */
@ApplicationModule(allowedDependencies = {})
package ru.roadmapbot.schedule;

import org.springframework.modulith.ApplicationModule;
