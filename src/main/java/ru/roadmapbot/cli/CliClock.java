package ru.roadmapbot.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The clock of a quick command (no Spring): the application's, so {@code roadmapbot.clock.fixed} (or
 * {@code ROADMAPBOT_CLOCK_FIXED}) makes {@code parse-dates} and {@code import --dry-run} take "this year" from the same
 * day as the running application, as a demo or a test pins it.
 */
final class CliClock {

    static final String FIXED = "roadmapbot.clock.fixed";

    private CliClock() {
    }

    static Clock of(CommandArguments arguments) {
        String fixed = arguments.option(FIXED) != null ? arguments.option(FIXED) : System.getenv("ROADMAPBOT_CLOCK_FIXED");
        if (fixed == null || fixed.isBlank()) {
            return Clock.systemDefaultZone();
        }
        try {
            OffsetDateTime start = OffsetDateTime.parse(fixed.strip());
            Clock system = Clock.system(start.getOffset());
            return Clock.offset(system, Duration.between(system.instant(), start.toInstant()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(FIXED);
        }
    }
}
