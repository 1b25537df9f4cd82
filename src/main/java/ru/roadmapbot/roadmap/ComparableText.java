package ru.roadmapbot.roadmap;

/**
 * Text compared the way people read it: any case, ё as е, any run of spaces, non-breaking spaces or line breaks as
 * one space, none at the ends. Headers, titles and event words are all matched through it, so a title typed in Word
 * and the same title from a spreadsheet agree.
 */
public final class ComparableText {

    private ComparableText() {
    }

    /** One pass without regular expressions: event detection runs it for every activity on every reminder plan. */
    public static String of(String text) {
        StringBuilder normalized = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !normalized.isEmpty();
                continue;
            }
            if (space) {
                normalized.append(' ');
                space = false;
            }
            c = Character.toLowerCase(c);
            normalized.append(c == 'ё' ? 'е' : c);
        }
        return normalized.toString();
    }
}
