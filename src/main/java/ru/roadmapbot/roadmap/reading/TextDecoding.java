package ru.roadmapbot.roadmap.reading;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of a text or .csv file as characters. Russian offices save text as UTF-8 (with or without a BOM), as
 * UTF-16 ("Unicode text" from Excel), or in windows-1251; anything that is not valid UTF-8 is taken as windows-1251.
 */
final class TextDecoding {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private TextDecoding() {
    }

    static String decode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1251);
        }
    }

    /** True when the bytes start with a UTF-16 byte order mark, the one text encoding full of zero bytes. */
    static boolean isUtf16(byte[] content) {
        return startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF);
    }

    /**
     * True when the letters were lost before the file reached us: a program exported Cyrillic text in a Western
     * code page, which writes every letter it cannot encode as a literal '?'. Such a file has more question marks
     * than letters; nothing can bring the text back, only a new export in UTF-8.
     */
    static boolean lostLetters(String text) {
        int questionMarks = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?') {
                questionMarks++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return questionMarks >= 10 && questionMarks > letters;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
