package ru.roadmapbot.cli;

/** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped, everything else as is. */
final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    static void string(String text, StringBuilder json) {
        json.append('"');
        escaped(text, json);
        json.append('"');
    }

    /** The text as it stands inside a JSON string literal, without the quotes. */
    static void escaped(CharSequence text, StringBuilder json) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        json.append("\\u00").append(HEX[ch >> 4]).append(HEX[ch & 0xF]);
                    } else {
                        json.append(ch);
                    }
                }
            }
        }
    }
}
