package ru.roadmapbot.roadmap.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records: fields in double quotes may hold the delimiter, line breaks and doubled quotes. The delimiter
 * is whichever of comma, semicolon and tab occurs most outside quotes in the first lines (Excel in a Russian locale
 * writes semicolons, LibreOffice commas, "Unicode text" tabs).
 */
final class CsvParser {

    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int SNIFFED_LINES = 30;

    private CsvParser() {
    }

    static char delimiter(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        int lines = 0;
        for (int i = 0; i < text.length() && lines < SNIFFED_LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n') {
                lines++;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    static List<List<String>> parse(String text, char delimiter) {
        return parse(text, delimiter, null);
    }

    /**
     * Records within the budget's columns and rows, refused as soon as a record passes them: a header of ten
     * thousand columns stops at the hundred-and-first, before it fills the memory.
     */
    static List<List<String>> parse(String text, char delimiter, ReadingBudget budget) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else if (c == '\r') {
                    field.append('\n');
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else if (c == delimiter) {
                if (budget != null && !field.isEmpty()) {
                    budget.column(record.size());
                }
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(record);
                if (budget != null) {
                    budget.rows(records.size());
                }
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
