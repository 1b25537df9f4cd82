package ru.roadmapbot.schedule;

/**
 * "N раз в M единиц" as an RRULE step. Exact when the unit divides evenly ("2 раза в год" is every 6 months);
 * approximate otherwise ("2 раза в месяц" becomes every 2 weeks), and then the cell is flagged for review.
 */
record RecurrenceRate(Recurrence recurrence, boolean approximate) {

    private static final int WEEKS_PER_MONTH = 4;

    static RecurrenceRate of(int count, int per, Unit unit) {
        if (count <= 1 && per == 1 && unit == Unit.SCHOOL_TERM) {
            return new RecurrenceRate(Recurrence.everySchoolTerm(), false);
        }
        if (count <= 1) {
            return exact(unit.frequency, unit.multiplier * per);
        }
        int months = unit.months() * per;
        if (months > 0 && months % count == 0) {
            return exact(Frequency.MONTHLY, months / count);
        }
        if (months > 0 && (months * WEEKS_PER_MONTH) / count >= 1) {
            return new RecurrenceRate(Recurrence.of(Frequency.WEEKLY, months * WEEKS_PER_MONTH / count), true);
        }
        if (unit == Unit.WEEK) {
            int days = 7 * per;
            if (days % count == 0) {
                return exact(Frequency.DAILY, days / count);
            }
            return new RecurrenceRate(Recurrence.of(Frequency.WEEKLY, 1), true);
        }
        return new RecurrenceRate(Recurrence.of(Frequency.DAILY, 1), true);
    }

    private static RecurrenceRate exact(Frequency frequency, int interval) {
        return new RecurrenceRate(Recurrence.of(frequency, Math.max(1, interval)), false);
    }
}
