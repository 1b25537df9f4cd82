package ru.roadmapbot.schedule;

/** What an occurrence is, which decides how it is reminded. */
public enum OccurrenceKind {
    /** "до 01.04.2021": due by a day. */
    DEADLINE,
    /** "01.04.2021", or one weekday of a weekly rule: happens on a day. */
    DAY,
    /** "апрель-май 2022": runs from a start to an end. */
    PERIOD
}
