package ru.roadmapbot.telegram;

import java.util.List;

import ru.roadmapbot.messenger.Button;

/**
 * What a handler answers: HTML text and buttons, sent as a new message or put in place of the message whose
 * button was pressed (paging and settings read better edited than piled up).
 */
record Reply(String html, List<List<Button>> keyboard, boolean editInPlace, String toast) {

    static Reply text(String html) {
        return new Reply(html, List.of(), false, null);
    }

    static Reply withButtons(String html, List<List<Button>> keyboard) {
        return new Reply(html, keyboard, false, null);
    }

    static Reply none() {
        return new Reply(null, List.of(), false, null);
    }

    Reply inPlace() {
        return new Reply(html, keyboard, true, toast);
    }

    /** A short notice shown on the pressing user's screen when a button press is answered. */
    Reply withToast(String text) {
        return new Reply(html, keyboard, editInPlace, text);
    }

    boolean hasText() {
        return html != null && !html.isBlank();
    }
}
