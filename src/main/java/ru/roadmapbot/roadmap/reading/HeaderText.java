package ru.roadmapbot.roadmap.reading;

/** Header cells compared the way people read them: any case, ё as е, any run of spaces or line breaks as one space. */
final class HeaderText {

    private HeaderText() {
    }

    static String normalize(String text) {
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
