package ru.roadmapbot.schedule;

/** The one-word cadences: "ежедневно", "еженедельно", "ежемесячно", "ежеквартально", "ежечетвертно", "ежегодно". */
enum Cadence {
    DAILY(Recurrence.of(Frequency.DAILY, 1)),
    WEEKLY(Recurrence.of(Frequency.WEEKLY, 1)),
    MONTHLY(Recurrence.of(Frequency.MONTHLY, 1)),
    QUARTERLY(Recurrence.of(Frequency.MONTHLY, 3)),
    HALF_YEARLY(Recurrence.of(Frequency.MONTHLY, 6)),
    EVERY_SCHOOL_TERM(Recurrence.everySchoolTerm()),
    YEARLY(Recurrence.of(Frequency.YEARLY, 1));

    final Recurrence recurrence;

    Cadence(Recurrence recurrence) {
        this.recurrence = recurrence;
    }
}
