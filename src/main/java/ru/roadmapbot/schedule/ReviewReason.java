package ru.roadmapbot.schedule;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    RELATIVE("relative"),
    UNPLACED_WORDS("unplaced-words");

    private static final Map<String, ReviewReason> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ReviewReason::code, Function.identity()));

    private final String code;

    ReviewReason(String code) {
        this.code = code;
    }

    /** The reason stored under a code; empty for a code no reason has (one retired since it was stored). */
    public static Optional<ReviewReason> ofCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "schedule.review." + code;
    }
}
