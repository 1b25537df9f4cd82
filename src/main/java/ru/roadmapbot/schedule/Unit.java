package ru.roadmapbot.schedule;

/** Calendar units as they appear in "1 раз в две недели", "I квартал", "2 полугодие". */
enum Unit {
    DAY(Frequency.DAILY, 1),
    WEEK(Frequency.WEEKLY, 1),
    MONTH(Frequency.MONTHLY, 1),
    QUARTER(Frequency.MONTHLY, 3),
    HALF_YEAR(Frequency.MONTHLY, 6),
    YEAR(Frequency.YEARLY, 1),
    SCHOOL_TERM(Frequency.MONTHLY, 3),
    TRIMESTER(Frequency.MONTHLY, 3);

    final Frequency frequency;
    final int multiplier;

    Unit(Frequency frequency, int multiplier) {
        this.frequency = frequency;
        this.multiplier = multiplier;
    }

    /** Length in months for units of a month or more, else 0. */
    int months() {
        return switch (this) {
            case MONTH -> 1;
            case QUARTER, SCHOOL_TERM, TRIMESTER -> 3;
            case HALF_YEAR -> 6;
            case YEAR -> 12;
            default -> 0;
        };
    }
}
