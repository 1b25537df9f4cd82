package ru.roadmapbot.conversation;

import java.util.List;

import ru.roadmapbot.messenger.Button;

/**
 * What a handler answers: HTML text and buttons, sent as a new message or put in place of the message whose
 * button was pressed (paging and settings read better edited than piled up), an optional short notice for the
 * presser, and an optional next message (a question that follows a button press).
 */
record Reply(String html, List<List<Button>> keyboard, boolean editInPlace, String toast, Reply next) {

    static Reply text(String html) {
        return new Reply(html, List.of(), false, null, null);
    }

    static Reply withButtons(String html, List<List<Button>> keyboard) {
        return new Reply(html, keyboard, false, null, null);
    }

    static Reply none() {
        return new Reply(null, List.of(), false, null, null);
    }

    Reply inPlace() {
        return new Reply(html, keyboard, true, toast, next);
    }

    /** A short notice shown on the pressing user's screen when a button press is answered. */
    Reply withToast(String text) {
        return new Reply(html, keyboard, editInPlace, text, next);
    }

    /** A message sent after this one. */
    Reply then(Reply following) {
        return new Reply(html, keyboard, editInPlace, toast, following);
    }

    boolean hasText() {
        return html != null && !html.isBlank();
    }
}
