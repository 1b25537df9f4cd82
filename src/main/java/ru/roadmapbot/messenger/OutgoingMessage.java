package ru.roadmapbot.messenger;

import java.util.List;

/** A message ready to send: HTML text (arguments already escaped) and rows of buttons. */
public record OutgoingMessage(String html, List<List<Button>> keyboard) {

    public OutgoingMessage {
        keyboard = keyboard == null ? List.of() : keyboard.stream().map(List::copyOf).toList();
    }

    public static OutgoingMessage text(String html) {
        return new OutgoingMessage(html, List.of());
    }
}
