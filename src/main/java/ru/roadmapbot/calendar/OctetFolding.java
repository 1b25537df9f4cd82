package ru.roadmapbot.calendar;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar lines at 75 octets, as RFC 5545 asks. ical4j folds at 75 characters, which for Cyrillic text
 * (two octets a letter) makes lines of up to 150 octets, and a fold may fall between the two halves of an emoji; so
 * its output is unfolded and folded again here, at code point boundaries.
 */
final class OctetFolding {

    private static final int LIMIT = 75;

    private OctetFolding() {
    }

    static byte[] refold(String ics) {
        StringBuilder out = new StringBuilder(ics.length() + ics.length() / 24);
        int octets = 0;
        for (int i = 0; i < ics.length(); ) {
            char ch = ics.charAt(i);
            if (ch == '\r' && i + 1 < ics.length() && ics.charAt(i + 1) == '\n') {
                if (i + 2 < ics.length() && (ics.charAt(i + 2) == ' ' || ics.charAt(i + 2) == '\t')) {
                    i += 3; // ical4j's fold: the line goes on
                    continue;
                }
                out.append("\r\n");
                octets = 0;
                i += 2;
                continue;
            }
            int codePoint = ics.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > LIMIT) {
                out.append("\r\n ");
                octets = 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
