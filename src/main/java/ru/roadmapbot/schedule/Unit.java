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

    private static final Unit[] ALL = values();

    static Unit of(int ordinal) {
        return ALL[ordinal];
    }

    /** Whether the unit is counted within a year: "II квартал", "2 полугодие", "3 четверть", "1 триместр". */
    boolean indexed() {
        return this == QUARTER || this == HALF_YEAR || this == SCHOOL_TERM || this == TRIMESTER;
    }

    /** The period the index-th unit of a year is, or null when the year has no such one ("5 квартал"). */
    Atom.Type periodType(int index) {
        return switch (this) {
            case QUARTER -> index >= 1 && index <= 4 ? Atom.Type.QUARTER : null;
            case HALF_YEAR -> index >= 1 && index <= 2 ? Atom.Type.HALF_YEAR : null;
            case SCHOOL_TERM -> index >= 1 && index <= 4 ? Atom.Type.SCHOOL_TERM : null;
            case TRIMESTER -> index >= 1 && index <= 3 ? Atom.Type.TRIMESTER : null;
            default -> null;
        };
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
