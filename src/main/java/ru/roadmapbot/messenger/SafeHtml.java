package ru.roadmapbot.messenger;

/** A fragment that is already HTML (a formatted sub-message), passed to {@link Texts} without escaping again. */
public record SafeHtml(String html) {

    @Override
    public String toString() {
        return html;
    }
}
