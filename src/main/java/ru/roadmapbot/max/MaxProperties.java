package ru.roadmapbot.max;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * MAX settings ({@code roadmapbot.max.*}; the token and base URL come from {@code MAX_BOT_TOKEN} and
 * {@code MAX_BASE_URL}).
 *
 * @param token              the bot token from MAX's platform for partners; without it the MAX channel is off
 * @param baseUrl            the Bot API server (platform-api2.max.ru since July 2026), or a fake one in tests
 * @param mode               how updates arrive: long polling (MAX calls it fit for development; one instance polls at a
 *                           time) or a webhook subscription (production; MAX posts to https on port 443 only)
 * @param publicUrl          the https address MAX posts updates to, {@code /max/webhook} under it
 * @param webhookSecret      the secret MAX sends with every update; empty: derived from the token
 * @param pollTimeoutSeconds how long one {@code GET /updates} waits for news (MAX allows up to 90)
 * @param trustStore         a PEM file of certificates to trust besides the JDK's: MAX asks clients to trust the
 *                           Russian Trusted Root CA (Минцифры), which the JDK does not ship
 * @param reconnect          how long to wait before asking MAX again when it could not be reached at start
 */
@ConfigurationProperties("roadmapbot.max")
public record MaxProperties(String token,
                            @DefaultValue("https://platform-api2.max.ru") URI baseUrl,
                            @DefaultValue("polling") Mode mode,
                            URI publicUrl,
                            String webhookSecret,
                            @DefaultValue("30") int pollTimeoutSeconds,
                            Path trustStore,
                            @DefaultValue("1m") Duration reconnect) {

    /** How updates reach the bot. */
    public enum Mode {
        POLLING, WEBHOOK
    }

    /** A trust store was given (an empty MAX_TRUST_STORE means none). */
    boolean trustsMore() {
        return trustStore != null && !trustStore.toString().isBlank();
    }

    boolean configured() {
        return token != null && !token.isBlank();
    }
}
