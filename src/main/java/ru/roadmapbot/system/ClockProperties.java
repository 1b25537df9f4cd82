package ru.roadmapbot.system;

import java.time.OffsetDateTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code roadmapbot.clock.fixed} (env {@code ROADMAPBOT_CLOCK_FIXED}): an instant with offset such as
 * {@code 2022-03-29T09:00:00+03:00}; the app's clock starts there and runs on, for demos and whole-app tests.
 */
@ConfigurationProperties("roadmapbot.clock")
public record ClockProperties(OffsetDateTime fixed) {
}
