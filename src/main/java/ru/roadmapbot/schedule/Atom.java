package ru.roadmapbot.schedule;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A period named by a few words of a cell ("18 марта", "апрель", "I квартал 2022 года", "2023/2024 учебный год"),
 * possibly missing its month or year until its neighbours supply them ("14" in "14-18 марта", "март" in
 * "март-декабрь 2022").
 */
final class Atom {

    enum Type {
        DAY, MONTH, MONTH_SLICE, QUARTER, HALF_YEAR, SCHOOL_TERM, TRIMESTER, YEAR, YEAR_SLICE, ACADEMIC_YEAR,
        ACADEMIC_HALF, SEASON
    }

    /** Slices of a month or a year: decades, halves, beginning, middle and end. */
    enum Slice { FIRST_DECADE, SECOND_DECADE, THIRD_DECADE, FIRST_HALF, SECOND_HALF, BEGINNING, MIDDLE, END }

    final Type type;
    final int firstToken;
    int day;
    int month;
    /** Calendar year, or the first year of an academic year; 0 until known. */
    int year;
    boolean yearWritten;
    /** Quarter, half, term or season number. */
    final int index;
    final Slice slice;
    ReviewReason problem;
    /** The weekday written beside a date ("24 мая (пятница)"), which must be that date's; null when none is. */
    java.time.DayOfWeek weekdayNote;

    Atom(Type type, int firstToken, int day, int month, int year, int index, Slice slice) {
        this.type = type;
        this.firstToken = firstToken;
        this.day = day;
        this.month = month;
        this.year = year;
        this.yearWritten = year != 0;
        this.index = index;
        this.slice = slice;
    }

    static Atom day(int token, int day, int month, int year) {
        return new Atom(Type.DAY, token, day, month, year, 0, null);
    }

    static Atom month(int token, int month, int year) {
        return new Atom(Type.MONTH, token, 0, month, year, 0, null);
    }

    static Atom year(int token, int year) {
        return new Atom(Type.YEAR, token, 0, 0, year, 0, null);
    }

    /** Whether the year still has to come from a neighbour or the roadmap. */
    boolean takesYear() {
        return type != Type.ACADEMIC_YEAR && type != Type.ACADEMIC_HALF && type != Type.YEAR;
    }

    boolean hasYear() {
        return year != 0;
    }

    /** First day of the period; the year must be known. */
    LocalDate start() {
        return switch (type) {
            case DAY -> safeDate(year, month, day);
            case MONTH -> LocalDate.of(year, month, 1);
            case MONTH_SLICE -> LocalDate.of(year, month, sliceFirstDay());
            case QUARTER -> LocalDate.of(year, index * 3 - 2, 1);
            case HALF_YEAR -> LocalDate.of(year, index == 1 ? 1 : 7, 1);
            case SCHOOL_TERM -> LocalDate.of(year, SchoolTerms.startMonth(index), 1);
            case TRIMESTER -> LocalDate.of(year, new int[]{9, 12, 3}[index - 1], 1);
            case YEAR -> LocalDate.of(year, 1, 1);
            case YEAR_SLICE -> LocalDate.of(year, yearSliceMonths()[0], 1);
            case ACADEMIC_YEAR -> LocalDate.of(year, 9, 1);
            case ACADEMIC_HALF -> index == 1 ? LocalDate.of(year, 9, 1) : LocalDate.of(year + 1, 1, 1);
            case SEASON -> index == 1 ? LocalDate.of(year - 1, 12, 1) : LocalDate.of(year, index * 3 - 3, 1);
        };
    }

    /** Last day of the period; the year must be known. */
    LocalDate end() {
        return switch (type) {
            case DAY -> start();
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case MONTH_SLICE -> LocalDate.of(year, month, sliceLastDay());
            case QUARTER -> YearMonth.of(year, index * 3).atEndOfMonth();
            case HALF_YEAR -> YearMonth.of(year, index == 1 ? 6 : 12).atEndOfMonth();
            case SCHOOL_TERM -> YearMonth.of(year, SchoolTerms.endMonth(index)).atEndOfMonth();
            // Like a term, a trimester takes the calendar year it starts in; the second runs on into the next one.
            case TRIMESTER -> index == 2 ? YearMonth.of(year + 1, 2).atEndOfMonth()
                    : YearMonth.of(year, index == 1 ? 11 : 5).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
            case YEAR_SLICE -> YearMonth.of(year, yearSliceMonths()[1]).atEndOfMonth();
            case ACADEMIC_YEAR -> LocalDate.of(year + 1, 5, 31);
            case ACADEMIC_HALF -> index == 1 ? LocalDate.of(year, 12, 31) : LocalDate.of(year + 1, 5, 31);
            case SEASON -> YearMonth.of(year, index * 3 - 1).atEndOfMonth();
        };
    }

    /** Whether the fields make a real date (31.02 does not). */
    boolean valid() {
        if (type != Type.DAY) {
            return true;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private int sliceFirstDay() {
        return switch (slice) {
            case FIRST_DECADE, FIRST_HALF, BEGINNING -> 1;
            case SECOND_DECADE, MIDDLE -> 11;
            case SECOND_HALF -> 16;
            case THIRD_DECADE, END -> 21;
        };
    }

    private int sliceLastDay() {
        return switch (slice) {
            case FIRST_DECADE, BEGINNING -> 10;
            case FIRST_HALF -> 15;
            case SECOND_DECADE, MIDDLE -> 20;
            case THIRD_DECADE, SECOND_HALF, END -> YearMonth.of(year, month).lengthOfMonth();
        };
    }

    private int[] yearSliceMonths() {
        return switch (slice) {
            case FIRST_HALF -> new int[]{1, 6};
            case SECOND_HALF -> new int[]{7, 12};
            case BEGINNING -> new int[]{1, 1};
            case MIDDLE -> new int[]{6, 7};
            case END -> new int[]{12, 12};
            default -> new int[]{1, 12};
        };
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return YearMonth.of(year, Math.max(1, Math.min(12, month))).atEndOfMonth();
        }
    }

    @Override
    public String toString() {
        return type + "[" + day + "." + month + "." + year + (yearWritten ? "!" : "") + " #" + index + " " + slice + "]";
    }
}
