package ru.roadmapbot.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A range that runs backwards because one year was mistyped ("с 01.01.2024 по 08.01.2023", "28 октября 2023 – 06
 * ноября 2022"): with both dates in one year it is a short range, which is what the roadmap meant far more likely
 * than a year running backwards.
 */
final class YearSlip {

    /** Longest range a slip is mended into; longer ones stay a reversed range for a person to read. */
    private static final long MAX_DAYS = 183;

    private YearSlip() {
    }

    /** The range with the slipped year mended, preferring the roadmap's year; null when no short range comes out. */
    static SchedulePart mend(LocalDate start, LocalDate end, int contextYear) {
        if (!oneDigitApart(start.getYear(), end.getYear())) {
            return null;
        }
        // withYear turns 29 February into the 28th in a common year
        LocalDate endInStartYear = end.withYear(start.getYear());
        LocalDate startInEndYear = start.withYear(end.getYear());
        SchedulePart byStart = shortRange(start, endInStartYear);
        SchedulePart byEnd = shortRange(startInEndYear, end);
        if (byStart != null && byEnd != null) {
            return end.getYear() == contextYear ? byEnd : byStart;
        }
        return byStart != null ? byStart : byEnd;
    }

    private static boolean oneDigitApart(int a, int b) {
        int differentDigits = 0;
        for (int x = a, y = b; x > 0 || y > 0; x /= 10, y /= 10) {
            differentDigits += x % 10 != y % 10 ? 1 : 0;
        }
        return differentDigits == 1;
    }

    private static SchedulePart shortRange(LocalDate start, LocalDate end) {
        if (start.isAfter(end) || ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
            return null;
        }
        return new SchedulePart(start, end);
    }
}
