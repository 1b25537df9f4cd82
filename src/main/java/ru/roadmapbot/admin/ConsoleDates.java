package ru.roadmapbot.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

import ru.roadmapbot.people.PeopleProperties;
import ru.roadmapbot.roadmap.Roadmap;

/** Today and the periods the console shows, in the console's zone (the application's default, named on the pages). */
@Component
class ConsoleDates {

    private final PeopleProperties people;
    private final Clock clock;

    ConsoleDates(PeopleProperties people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    ZoneId zone() {
        return people.defaultTimeZone();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** A period typed as ISO dates, else the roadmap's year, else this year. */
    Period period(String from, String to, Roadmap roadmap) {
        int year = roadmap != null && roadmap.getYear() != null ? roadmap.getYear() : today().getYear();
        LocalDate start = parse(from, LocalDate.of(year, 1, 1));
        LocalDate end = parse(to, LocalDate.of(year, 12, 31));
        return end.isBefore(start) ? new Period(end, start) : new Period(start, end);
    }

    private static LocalDate parse(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    /** Both days inclusive. */
    record Period(LocalDate from, LocalDate to) {
    }
}
