package ru.roadmapbot.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Buttons are bound to their user, fit 64 bytes, and refuse any change. */
class ButtonSignerTests {

    private final ButtonSigner signer = new ButtonSigner("123:token", 64);

    @Test
    void signedDataVerifiesForItsUserOnly() {
        String data = signer.sign("1001", new Button("English", "set", "lang=en"));

        assertThat(signer.verify("1001", data)).contains(new ButtonSigner.VerifiedPress("set", "lang=en"));
        assertThat(signer.verify("2002", data)).isEmpty();
    }

    @Test
    void alteredPayloadOrActionIsRefused() {
        String data = signer.sign("1001", new Button("English", "set", "lang=en"));

        assertThat(signer.verify("1001", data.replace("lang=en", "digest=on"))).isEmpty();
        assertThat(signer.verify("1001", data.replace("set:", "import:"))).isEmpty();
        assertThat(signer.verify("1001", "garbage")).isEmpty();
        assertThat(signer.verify("1001", null)).isEmpty();
    }

    @Test
    void anotherBotTokenSignsDifferently() {
        String data = signer.sign("1001", new Button("x", "tasks", "1"));
        assertThat(new ButtonSigner("999:other", 64).verify("1001", data)).isEmpty();
    }

    @Test
    void dataLongerThanTheTransportsLimitIsRefusedAndMaxAllowsMore() {
        ButtonSigner max = new ButtonSigner("max-token", 1024);
        String payload = "p".repeat(600);
        assertThat(max.verify("1", max.sign("1", new Button("x", "set", payload))))
                .contains(new ButtonSigner.VerifiedPress("set", payload));
        assertThatThrownBy(() -> max.sign("1", new Button("x", "set", "p".repeat(1100))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dataFitsTelegramsLimit() {
        String data = signer.sign("9223372036854775807", new Button("x", "set", "tz=Europe/Kaliningrad"));
        assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
        assertThatThrownBy(() -> signer.sign("1", new Button("x", "set", "p".repeat(60)))).isInstanceOf(IllegalArgumentException.class);
    }
}
