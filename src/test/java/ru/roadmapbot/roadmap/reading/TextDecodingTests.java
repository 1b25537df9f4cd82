package ru.roadmapbot.roadmap.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTests {

    private static final String TEXT = "Сроки исполнения «500+»";

    @Test
    void utf8IsReadWithOrWithoutByteOrderMark() {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] marked = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);

        assertThat(TextDecoding.decode(plain)).isEqualTo(TEXT);
        assertThat(TextDecoding.decode(marked)).isEqualTo(TEXT);
    }

    @Test
    void anythingElseIsWindows1251() {
        assertThat(TextDecoding.decode(TEXT.getBytes(Charset.forName("windows-1251")))).isEqualTo(TEXT);
    }

    @Test
    void utf16WithByteOrderMarkIsRead() {
        byte[] unicodeText = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);

        assertThat(TextDecoding.decode(unicodeText)).isEqualTo(TEXT);
    }

    @Test
    void lettersTurnedIntoQuestionMarksAreLost() {
        assertThat(TextDecoding.lostLetters("? ?/?,???????? ????????,???? ??????????,???????????\n2021 ???,,,,")).isTrue();
        assertThat(TextDecoding.lostLetters("Что? Где? Когда? Сроки?")).isFalse();
        assertThat(TextDecoding.lostLetters(TEXT)).isFalse();
    }
}
