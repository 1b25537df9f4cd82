package ru.roadmapbot.schedule;

import java.time.LocalDate;

/**
 * What the roadmap around a cell tells about time: its year, and when known the date it was approved,
 * which decides which academic year "в течение учебного года" means.
 */
public record ScheduleContext(int year, LocalDate approvedOn) {

    public ScheduleContext {
        if (year < 1900 || year > 2199) {
            throw new IllegalArgumentException("context year out of range: " + year);
        }
        if (approvedOn != null && approvedOn.getYear() != year && approvedOn.getYear() != year - 1) {
            approvedOn = null;
        }
    }

    public static ScheduleContext ofYear(int year) {
        return new ScheduleContext(year, null);
    }

    /** First year of the academic year the roadmap most likely runs in, and whether that is a guess. */
    int academicStartYear() {
        if (approvedOn != null) {
            return approvedOn.getMonthValue() >= 8 ? approvedOn.getYear() : approvedOn.getYear() - 1;
        }
        return year - 1;
    }

    /** Approved in August–December: a roadmap for the school year that begins then, counted in its halves and terms. */
    boolean schoolYearRoadmap() {
        return approvedOn != null && approvedOn.getMonthValue() >= 8;
    }

    boolean academicYearKnown() {
        return approvedOn != null;
    }
}
