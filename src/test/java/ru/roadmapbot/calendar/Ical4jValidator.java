package ru.roadmapbot.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;

/** Parses a feed back with ical4j and runs its RFC 5545 validator, as the tests require of every feed. */
final class Ical4jValidator {

    private Ical4jValidator() {
    }

    static Calendar assertValid(byte[] ics) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        } catch (IOException | ParserException e) {
            throw new AssertionError("ical4j cannot parse the feed: " + e.getMessage(), e);
        }
        ValidationResult result = calendar.validate();
        assertThat(result.getEntries()).as("ical4j validation").isEmpty();
        return calendar;
    }
}
