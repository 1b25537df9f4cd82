package ru.roadmapbot.schedule;

/**
 * Latin letters that look like Cyrillic ones. Roadmaps are typed by hand on two keyboard layouts, and "aпреля" with
 * a Latin "a" looks right on the page; the grammar reads such a word as the Cyrillic word it imitates when the word
 * as typed means nothing.
 */
final class LookAlikes {

    private LookAlikes() {
    }

    /** The lower-case Cyrillic letter a Latin look-alike imitates, or 0 when the character is not one. */
    static char cyrillicTwin(char ch) {
        return switch (ch) {
            case 'a', 'A' -> 'а';
            case 'B' -> 'в';
            case 'c', 'C' -> 'с';
            case 'e', 'E' -> 'е';
            case 'H' -> 'н';
            case 'k', 'K' -> 'к';
            case 'm', 'M' -> 'м';
            case 'o', 'O' -> 'о';
            case 'p', 'P' -> 'р';
            case 'T' -> 'т';
            case 'x', 'X' -> 'х';
            case 'y', 'Y' -> 'у';
            default -> 0;
        };
    }
}
