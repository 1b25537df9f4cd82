package ru.roadmapbot.messenger;

/**
 * A button under a message. The transport binds it to the person it is sent to, so a forged or forwarded press
 * is refused before any feature sees it.
 *
 * @param action  which handler answers the press ("confirm", "tasks")
 * @param payload what the handler needs (an id, a page), short: transports limit button data
 */
public record Button(String label, String action, String payload) {
}
