package ru.roadmapbot.schedule;

import java.time.DayOfWeek;

/** A phrase of a cell as the grammar sees it: a period, a connective, a recurrence, a marker. */
final class Element {

    enum Kind {
        /** A period ({@link #atom}). */
        ATOM,
        /** "с", "от", "начиная с": a range starts. */
        FROM,
        /** "до", "к": ends before the next period ("до июня" is May 31). */
        BEFORE,
        /** "по", "не позднее", "до конца": ends with the next period. */
        THROUGH,
        /** A dash between two periods. */
        DASH,
        /** A comma, semicolon or "и" between list items. */
        SEPARATOR,
        /** A recurrence ({@link #recurrence}). */
        RECURRENCE,
        /** A weekday ({@link #weekday}). */
        WEEKDAY,
        /** "20 числа": a day of every month ({@link #day}). */
        DAY_OF_MONTH,
        /** Words the grammar does not know; they keep "к ГИА 2021" from reading as "к 2021". */
        NOISE,
        /** "и далее": the period before runs on to the end of the roadmap's year. */
        ONWARD
    }

    final Kind kind;
    final Atom atom;
    final Recurrence recurrence;
    final DayOfWeek weekday;
    final int day;

    private Element(Kind kind, Atom atom, Recurrence recurrence, DayOfWeek weekday, int day) {
        this.kind = kind;
        this.atom = atom;
        this.recurrence = recurrence;
        this.weekday = weekday;
        this.day = day;
    }

    static Element of(Kind kind) {
        return new Element(kind, null, null, null, 0);
    }

    static Element atom(Atom atom) {
        return new Element(Kind.ATOM, atom, null, null, 0);
    }

    static Element recurrence(Recurrence recurrence) {
        return new Element(Kind.RECURRENCE, null, recurrence, null, 0);
    }

    static Element weekday(DayOfWeek weekday) {
        return new Element(Kind.WEEKDAY, null, null, weekday, 0);
    }

    static Element dayOfMonth(int day) {
        return new Element(Kind.DAY_OF_MONTH, null, null, null, day);
    }

    boolean is(Kind other) {
        return kind == other;
    }

    @Override
    public String toString() {
        return kind + (atom != null ? atom.toString() : "") + (recurrence != null ? recurrence.toRrule() : "")
                + (weekday != null ? weekday.toString() : "");
    }
}
