package ru.roadmapbot.schedule;

/**
 * Why a schedule cell needs a person to look at it. The code is stable (it goes into JSON and the database);
 * the user-facing wording lives in messages under {@code schedule.review.<code>}.
 */
public enum ReviewReason {
    EMPTY("empty"),
    NOT_UNDERSTOOD("not-understood"),
    YEAR_TYPO("year-typo"),
    IMPLAUSIBLE_YEAR("implausible-year"),
    INVALID_DATE("invalid-date"),
    DATE_TYPO("date-typo"),
    REVERSED_RANGE("reversed-range"),
    YEAR_WRAP("year-wrap"),
    OPEN_RANGE("open-range"),
    ACADEMIC_YEAR_GUESSED("academic-year-guessed"),
    CALENDAR_OR_ACADEMIC("calendar-or-academic"),
    SEVERAL_FREQUENCIES("several-frequencies"),
    APPROXIMATE_FREQUENCY("approximate-frequency"),
    APPROXIMATE_DATES("approximate-dates"),
    WEEKDAY_MISMATCH("weekday-mismatch"),
    RELATIVE("relative");

    private final String code;

    ReviewReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "schedule.review." + code;
    }
}
