package ru.roadmapbot.schedule;

/**
 * The school terms ("четверти") as roadmaps count them: I September–October, II November–December, III January–March,
 * IV April–May. The regions set the exact days each year; the months are what a cell can be read by.
 */
final class SchoolTerms {

    private static final int[] START_MONTHS = {9, 11, 1, 4};
    private static final int[] END_MONTHS = {10, 12, 3, 5};

    private SchoolTerms() {
    }

    /** The month the term with this number (1..4) starts in. */
    static int startMonth(int term) {
        return START_MONTHS[term - 1];
    }

    /** The month the term with this number (1..4) ends in. */
    static int endMonth(int term) {
        return END_MONTHS[term - 1];
    }

    /** The number of the term that starts in this month, or 0 when no term starts in it. */
    static int startingIn(int month) {
        for (int term = 1; term <= 4; term++) {
            if (START_MONTHS[term - 1] == month) {
                return term;
            }
        }
        return 0;
    }
}
