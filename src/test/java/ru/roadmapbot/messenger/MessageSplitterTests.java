package ru.roadmapbot.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Long texts are split under the limit, at line breaks, never inside a tag or an entity. */
class MessageSplitterTests {

    @Test
    void shortTextIsOnePiece() {
        assertThat(MessageSplitter.split("коротко", 4096)).containsExactly("коротко");
    }

    @Test
    void longTextSplitsAtLineBreaksUnderTheLimit() {
        String text = "строка\n".repeat(1000);
        List<String> pieces = MessageSplitter.split(text, 4096);
        assertThat(pieces).hasSizeGreaterThan(1).allMatch(p -> p.length() <= 4096);
        assertThat(String.join("\n", pieces).replace("\n", "")).isEqualTo(text.replace("\n", ""));
    }

    @Test
    void neverCutsAnEntityOrATag() {
        String text = "a".repeat(95) + "&amp;" + "<b>" + "b".repeat(200);
        for (String piece : MessageSplitter.split(text, 98)) {
            assertThat(piece).doesNotEndWith("&").doesNotEndWith("&am").doesNotEndWith("<");
        }
    }
}
