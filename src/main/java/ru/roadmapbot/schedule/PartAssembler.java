package ru.roadmapbot.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins elements into dated parts: "с A по B" and "A - B" are ranges, "до A" a deadline, a lone period is
 * itself; then settles the recurrence (the most frequent one when a cell names several) and its weekdays.
 */
final class PartAssembler {

    private final List<Element> elements;
    private final ScheduleContext context;
    private final Set<ReviewReason> reasons;
    private final Set<SchedulePart> parts = new LinkedHashSet<>();
    private final List<Recurrence> recurrences = new ArrayList<>(2);
    private final List<DayOfWeek> weekdays = new ArrayList<>(2);
    /** The last period of a list read so far, to tell a list that goes back in the year. */
    private Atom listed;
    /** "до 5 числа": the day of each month the recurrence is due by, or 0. */
    private int dayOfMonth;

    PartAssembler(List<Element> elements, ScheduleContext context, Set<ReviewReason> reasons) {
        this.elements = monthsOfAYear(WeekdayNotes.attach(elements));
        this.context = context;
        this.reasons = reasons;
    }

    /**
     * "2023 г. (сентябрь)": a year written first and a month after it without one are that month of that year, not
     * the whole year and a month of the roadmap's.
     */
    private static List<Element> monthsOfAYear(List<Element> elements) {
        List<Element> rest = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            Atom next = i + 1 < elements.size() && elements.get(i + 1).is(Element.Kind.ATOM) ? elements.get(i + 1).atom : null;
            if (element.is(Element.Kind.ATOM) && element.atom.type == Atom.Type.YEAR && element.atom.yearWritten
                    && next != null && (next.type == Atom.Type.MONTH || next.type == Atom.Type.DAY) && !next.yearWritten) {
                next.year = element.atom.year;
                next.yearWritten = true;
                continue;
            }
            rest.add(element);
        }
        return rest;
    }

    List<SchedulePart> parts() {
        return new ArrayList<>(parts);
    }

    PartAssembler assemble() {
        int i = 0;
        while (i < elements.size()) {
            Element element = elements.get(i);
            switch (element.kind) {
                case FROM -> i = from(i);
                case BEFORE, THROUGH -> i = deadline(i);
                case ATOM -> i = atom(i);
                case RECURRENCE -> {
                    recurrences.add(element.recurrence);
                    i++;
                }
                case WEEKDAY -> {
                    if (!weekdays.contains(element.weekday)) {
                        weekdays.add(element.weekday);
                    }
                    i++;
                }
                case DAY_OF_MONTH -> {
                    dayOfMonth = element.day;
                    i++;
                }
                case ONWARD -> {
                    runOn();
                    i++;
                }
                default -> i++;
            }
        }
        return this;
    }

    private int from(int i) {
        int at = i + 1;
        while (is(at, Element.Kind.FROM)) {
            at++;
        }
        Atom start = atomAt(at);
        if (start == null) {
            return at;
        }
        Element.Kind link = kindAt(at + 1);
        Atom end = atomAt(at + 2);
        if (end != null && (link == Element.Kind.THROUGH || link == Element.Kind.BEFORE || link == Element.Kind.DASH)) {
            range(start, end, link == Element.Kind.BEFORE);
            return at + 3;
        }
        openRange(start);
        return at + 1;
    }

    private int deadline(int i) {
        Element.Kind mode = elements.get(i).kind;
        Atom target = atomAt(i + 1);
        if (target != null) {
            if (usable(target)) {
                checkNote(target);
                boolean before = mode == Element.Kind.BEFORE && target.type != Atom.Type.DAY;
                parts.add(SchedulePart.deadline(before ? target.start().minusDays(1) : target.end()));
            }
            return i + 2;
        }
        if (is(i + 1, Element.Kind.DAY_OF_MONTH)) {
            dayOfMonth = elements.get(i + 1).day;
            return i + 2;
        }
        return i + 1;
    }

    private int atom(int i) {
        Atom atom = elements.get(i).atom;
        Element.Kind next = kindAt(i + 1);
        if (next == Element.Kind.DASH || next == Element.Kind.THROUGH || next == Element.Kind.BEFORE) {
            Atom end = atomAt(i + 2);
            if (end != null) {
                range(atom, end, next == Element.Kind.BEFORE);
                return i + 3;
            }
            if (next == Element.Kind.DASH && (i + 2 >= elements.size() || is(i + 2, Element.Kind.SEPARATOR))) {
                openRange(atom);
                return i + 2;
            }
        }
        if (usable(atom)) {
            checkNote(atom);
            checkListOrder(atom);
            parts.add(new SchedulePart(atom.start(), atom.end()));
        }
        return i + 1;
    }

    private void range(Atom first, Atom last, boolean endsBefore) {
        if (!usable(first) || !usable(last)) {
            return;
        }
        weekdaysOfRange(first, last);
        LocalDate start = first.start();
        LocalDate end = endsBefore && last.type != Atom.Type.DAY ? last.start().minusDays(1) : last.end();
        if (start.isAfter(end) && !last.yearWritten) {
            reasons.add(ReviewReason.YEAR_WRAP);
            end = end.plusYears(1);
        }
        SchedulePart slipped = start.isAfter(end) ? YearSlip.mend(start, end, context.year()) : null;
        if (slipped != null) {
            reasons.add(ReviewReason.YEAR_TYPO);
            parts.add(slipped);
            return;
        }
        if (start.isAfter(end)) {
            reasons.add(ReviewReason.REVERSED_RANGE);
            LocalDate swap = start;
            start = end;
            end = swap;
        }
        parts.add(new SchedulePart(start, end));
    }

    /** "с 01.09.2022" or "25.04.2022-" with no end: runs to the end of the roadmap's year, flagged. */
    private void openRange(Atom start) {
        if (!usable(start)) {
            return;
        }
        checkNote(start);
        reasons.add(ReviewReason.OPEN_RANGE);
        LocalDate yearEnd = LocalDate.of(Math.max(context.year(), start.start().getYear()), 12, 31);
        LocalDate end = start.end().isAfter(yearEnd) ? start.end() : yearEnd;
        parts.add(new SchedulePart(start.start(), end));
    }

    /** "март 2022 года и далее": the last part so far runs on to the end of its year (or the roadmap's). */
    private void runOn() {
        if (parts.isEmpty()) {
            return;
        }
        List<SchedulePart> list = new ArrayList<>(parts);
        SchedulePart last = list.remove(list.size() - 1);
        if (last.isDeadline()) {
            return; // "до 01.09.2023, далее ежегодно": the deadline comes back each year, it does not become a period
        }
        LocalDate start = last.firstDay();
        LocalDate yearEnd = LocalDate.of(Math.max(start.getYear(), context.year()), 12, 31);
        list.add(new SchedulePart(start, last.end().isAfter(yearEnd) ? last.end() : yearEnd));
        parts.clear();
        parts.addAll(list);
    }

    /** The recurrence of the cell, after weekdays and "20 числа" have had their say. */
    Recurrence recurrence() {
        Recurrence chosen = null;
        for (Recurrence candidate : recurrences) {
            if (chosen == null || candidate.approximatePeriodDays() < chosen.approximatePeriodDays()) {
                chosen = candidate;
            }
        }
        if (recurrences.size() > 1 && new LinkedHashSet<>(recurrences).size() > 1) {
            reasons.add(ReviewReason.SEVERAL_FREQUENCIES);
        }
        if (chosen == null && dayOfMonth > 0) {
            chosen = Recurrence.of(Frequency.MONTHLY, 1);
        }
        if (dayOfMonth > 0 && chosen.frequency() == Frequency.MONTHLY && !chosen.schoolTerms()) {
            chosen = chosen.withByMonthDay(dayOfMonth); // "ежеквартально до 5 числа": due on the 5th, not all quarter
        }
        if (weekdays.isEmpty()) {
            return chosen;
        }
        if (chosen != null) {
            boolean takesDays = chosen.frequency() == Frequency.WEEKLY || chosen.frequency() == Frequency.MONTHLY;
            return takesDays ? chosen.withByDay(weekdays) : chosen;
        }
        if (!parts.isEmpty() && allSingleDays()) {
            checkWeekdaysOfDays();
            return null;
        }
        return new Recurrence(Frequency.WEEKLY, 1, weekdays);
    }

    /**
     * "с 6 ноября (понедельник) по 12 ноября (воскресенье)": when the first date of a range carries its weekday, each
     * date names its own and the range is one period. A weekday after the range alone ("14.02.2022-30.03.2022
     * (среда)") is the day of the week it happens on.
     */
    private void weekdaysOfRange(Atom first, Atom last) {
        if (first.weekdayNote == null && last.weekdayNote != null) {
            if (!weekdays.contains(last.weekdayNote)) {
                weekdays.add(last.weekdayNote);
            }
            return;
        }
        checkNote(first);
        checkNote(last);
    }

    /**
     * "август, январь" or "2 раза в год (декабрь, май)": a list without years that goes back in the year may well
     * run into the next one (a school year's January); it is read in the one year and flagged.
     */
    private void checkListOrder(Atom atom) {
        if (listed != null && !atom.yearWritten && !listed.yearWritten && atom.start().isBefore(listed.start())) {
            reasons.add(ReviewReason.YEAR_WRAP);
        }
        listed = atom;
    }

    /** "24 мая (пятница)": the weekday written beside a date must be that date's. */
    private void checkNote(Atom atom) {
        if (atom.weekdayNote != null && atom.valid() && atom.start().getDayOfWeek() != atom.weekdayNote) {
            reasons.add(ReviewReason.WEEKDAY_MISMATCH);
        }
    }

    private boolean allSingleDays() {
        for (SchedulePart part : parts) {
            if (!part.isSingleDay()) {
                return false;
            }
        }
        return true;
    }

    /** "07.02.2022 (понедельник)" names the weekday of a date; it must be the right one. */
    private void checkWeekdaysOfDays() {
        for (SchedulePart part : parts) {
            if (!weekdays.contains(part.end().getDayOfWeek())) {
                reasons.add(ReviewReason.WEEKDAY_MISMATCH);
            }
        }
    }

    private boolean usable(Atom atom) {
        return atom.problem != ReviewReason.INVALID_DATE && atom.problem != ReviewReason.NOT_UNDERSTOOD && atom.valid();
    }

    private Atom atomAt(int index) {
        return is(index, Element.Kind.ATOM) ? elements.get(index).atom : null;
    }

    private Element.Kind kindAt(int index) {
        return index < elements.size() ? elements.get(index).kind : null;
    }

    private boolean is(int index, Element.Kind kind) {
        return index < elements.size() && elements.get(index).kind == kind;
    }
}
