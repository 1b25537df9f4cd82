package ru.roadmapbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import ru.roadmapbot.messenger.Button;

/** Buttons are bound to their user, fit 64 bytes, and refuse any change. */
class CallbackSignerTests {

    private final CallbackSigner signer = new CallbackSigner("123:token");

    @Test
    void signedDataVerifiesForItsUserOnly() {
        String data = signer.sign(1001, new Button("English", "set", "lang=en"));

        assertThat(signer.verify(1001, data)).contains(new CallbackSigner.VerifiedPress("set", "lang=en"));
        assertThat(signer.verify(2002, data)).isEmpty();
    }

    @Test
    void alteredPayloadOrActionIsRefused() {
        String data = signer.sign(1001, new Button("English", "set", "lang=en"));

        assertThat(signer.verify(1001, data.replace("lang=en", "digest=on"))).isEmpty();
        assertThat(signer.verify(1001, data.replace("set:", "import:"))).isEmpty();
        assertThat(signer.verify(1001, "garbage")).isEmpty();
        assertThat(signer.verify(1001, null)).isEmpty();
    }

    @Test
    void anotherBotTokenSignsDifferently() {
        String data = signer.sign(1001, new Button("x", "tasks", "1"));
        assertThat(new CallbackSigner("999:other").verify(1001, data)).isEmpty();
    }

    @Test
    void dataFitsTelegramsLimit() {
        String data = signer.sign(Long.MAX_VALUE, new Button("x", "set", "tz=Europe/Kaliningrad"));
        assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
        assertThatThrownBy(() -> signer.sign(1, new Button("x", "set", "p".repeat(60)))).isInstanceOf(IllegalArgumentException.class);
    }
}
