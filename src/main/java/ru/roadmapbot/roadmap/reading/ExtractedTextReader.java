package ru.roadmapbot.roadmap.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Text extracted from a .docx by a converter. Two layouts occur: one table row per line with cells separated by
 * tabs ({@link TabbedTextReader}), or one cell per line, each starting with a tab ({@link CellPerLineTextReader}).
 */
final class ExtractedTextReader {

    RawDocument read(String text) {
        List<String> lines = lines(text);
        int tabbedRows = 0;
        int cellLines = 0;
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab > 0 || tab == 0 && line.indexOf('\t', 1) > 0) {
                tabbedRows++;
            } else if (tab == 0) {
                cellLines++;
            }
        }
        if (cellLines > tabbedRows) {
            return new CellPerLineTextReader().read(lines);
        }
        return new TabbedTextReader().read(lines);
    }

    /**
     * Lines without the converter's leftovers: "[bookmark: _GoBack]" markers and the {@code <p>} tags of cells it
     * could not flatten (their text stays).
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                lines.add(clean(text.substring(start, i)));
                if (i < text.length() - 1 && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static String clean(String line) {
        String cleaned = CellText.plain(line);
        if (cleaned.indexOf('<') >= 0) {
            cleaned = cleaned.replace("<p>", "").replace("</p>", "");
        }
        int marker = cleaned.indexOf("[bookmark:");
        while (marker >= 0) {
            int end = cleaned.indexOf(']', marker);
            if (end < 0) {
                break;
            }
            cleaned = cleaned.substring(0, marker) + cleaned.substring(end + 1);
            marker = cleaned.indexOf("[bookmark:");
        }
        return cleaned;
    }

    /** A page number the converter left on a line of its own ("9"). */
    static boolean isPageNumber(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 4) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
