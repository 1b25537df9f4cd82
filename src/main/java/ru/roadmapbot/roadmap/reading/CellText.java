package ru.roadmapbot.roadmap.reading;

import java.util.List;
import java.util.Locale;

/** Small text rules shared by the readers and the interpreter. */
final class CellText {

    private CellText() {
    }

    /**
     * Paragraphs of one cell joined with "\n": each without trailing spaces, no-break spaces made plain, empty
     * paragraphs at the start and the end dropped (Word leaves them behind; they mean nothing), inner ones kept.
     */
    static String joinParagraphs(List<String> paragraphs) {
        int first = 0;
        int last = paragraphs.size() - 1;
        while (first <= last && paragraphs.get(first).isBlank()) {
            first++;
        }
        while (last >= first && paragraphs.get(last).isBlank()) {
            last--;
        }
        StringBuilder text = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (i > first) {
                text.append('\n');
            }
            text.append(plain(paragraphs.get(i)).stripTrailing());
        }
        return text.toString();
    }

    /** No-break and other odd spaces as plain spaces, so later matching sees ordinary words. */
    static String plain(String text) {
        if (text.indexOf('\u00A0') < 0 && text.indexOf('\u202F') < 0 && text.indexOf('\u2007') < 0) {
            return text;
        }
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ');
    }

    /** An activity number or a page number: digits and dots ("1", "1.1.", "27"), maybe closed by ")". */
    static boolean isNumber(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > 12) {
            return false;
        }
        if (s.endsWith(")")) {
            s = s.substring(0, s.length() - 1);
        }
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.') {
                return false;
            }
        }
        return digit;
    }

    /** The year of a section row that is only a year ("2021 год", "2022 г.", "2021"), or null. */
    static Integer pureYear(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.length() < 4) {
            return null;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return null;
            }
        }
        String rest = s.substring(4).strip();
        if (!rest.isEmpty() && !rest.equals("год") && !rest.equals("г") && !rest.equals("г.") && !rest.equals("году")) {
            return null;
        }
        int year = Integer.parseInt(s.substring(0, 4));
        return year >= 1990 && year <= 2100 ? year : null;
    }
}
