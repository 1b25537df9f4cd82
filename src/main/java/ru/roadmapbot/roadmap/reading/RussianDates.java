package ru.roadmapbot.roadmap.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Dates as approval stamps write them: "29.03.2021", "20 марта 2022 года". */
final class RussianDates {

    /** Month names in the genitive, the form a date takes ("20 марта"). */
    private static final List<String> MONTHS = List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря");

    private RussianDates() {
    }

    /** The date starting at {@code from} (after optional spaces), or null. */
    static LocalDate parseAt(String text, int from) {
        int i = skipSpaces(text, from);
        int dayEnd = digitsEnd(text, i, 2);
        if (dayEnd == i) {
            return null;
        }
        int day = Integer.parseInt(text.substring(i, dayEnd));
        if (dayEnd < text.length() && text.charAt(dayEnd) == '.') {
            int monthEnd = digitsEnd(text, dayEnd + 1, 2);
            if (monthEnd == dayEnd + 1 || monthEnd >= text.length() || text.charAt(monthEnd) != '.') {
                return null;
            }
            int yearEnd = digitsEnd(text, monthEnd + 1, 4);
            if (yearEnd - monthEnd - 1 != 4) {
                return null;
            }
            return date(Integer.parseInt(text.substring(monthEnd + 1, yearEnd)),
                    Integer.parseInt(text.substring(dayEnd + 1, monthEnd)), day);
        }
        int wordStart = skipSpaces(text, dayEnd);
        int wordEnd = wordStart;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        int month = MONTHS.indexOf(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT)) + 1;
        if (month == 0) {
            return null;
        }
        int yearStart = skipSpaces(text, wordEnd);
        int yearEnd = digitsEnd(text, yearStart, 4);
        if (yearEnd - yearStart != 4) {
            return null;
        }
        return date(Integer.parseInt(text.substring(yearStart, yearEnd)), month, day);
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int digitsEnd(String text, int from, int max) {
        int i = from;
        while (i < text.length() && i - from < max && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
