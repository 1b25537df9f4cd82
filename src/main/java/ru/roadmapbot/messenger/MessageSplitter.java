package ru.roadmapbot.messenger;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long HTML text into pieces a messenger accepts (Telegram 4,096 characters, MAX 4,000), at line breaks where possible, never inside a tag or an
 * entity such as {@code &amp;}.
 */
public final class MessageSplitter {

    private MessageSplitter() {
    }

    public static List<String> split(String text, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf('\n', limit);
            if (cut < limit / 2) {
                cut = safeCut(rest, limit);
            }
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || pieces.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** The last position at or before {@code limit} that is outside a tag and an entity. */
    private static int safeCut(String text, int limit) {
        int cut = limit;
        int tagOpen = text.lastIndexOf('<', cut - 1);
        int tagClose = text.lastIndexOf('>', cut - 1);
        if (tagOpen > tagClose) {
            cut = tagOpen;
        }
        int amp = text.lastIndexOf('&', cut - 1);
        int semicolon = text.lastIndexOf(';', cut - 1);
        if (amp > semicolon && cut - amp < 10) {
            cut = amp;
        }
        int space = text.lastIndexOf(' ', cut);
        return space > cut / 2 ? space : cut;
    }
}
