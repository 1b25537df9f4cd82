package ru.roadmapbot.telegram;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telegram settings ({@code roadmapbot.telegram.*}; the token and base URL come from the environment variables
 * {@code TELEGRAM_BOT_TOKEN} and {@code TELEGRAM_BASE_URL}).
 *
 * @param token              the bot token from BotFather; without it the bot is off and the rest of the app runs
 * @param baseUrl            the Bot API server: Telegram's, a self-hosted one, or a local emulator for tests
 * @param pollTimeoutSeconds how long one getUpdates call waits for news
 * @param maxUploadSize      the largest roadmap a coordinator may send (Telegram bots can download up to 20 MB)
 * @param mode               how updates arrive: long polling (one machine; with several, one polls at a time) or a
 *                           webhook (any instance takes any update)
 * @param publicUrl          the https address Telegram posts updates to, {@code /telegram/webhook} under it
 * @param webhookSecret      the secret Telegram sends with every update; empty: derived from the token, so all
 *                           instances agree on it
 * @param updateThreads      threads handling updates (each person's updates in order, one at a time)
 * @param flood              what counts as flooding the bot
 */
@ConfigurationProperties("roadmapbot.telegram")
public record TelegramProperties(String token,
                                 @DefaultValue("https://api.telegram.org") URI baseUrl,
                                 @DefaultValue("true") boolean enabled,
                                 @DefaultValue("25") int pollTimeoutSeconds,
                                 @DefaultValue("10485760") long maxUploadSize,
                                 @DefaultValue("polling") Mode mode,
                                 URI publicUrl,
                                 String webhookSecret,
                                 @DefaultValue("4") int updateThreads,
                                 @DefaultValue Flood flood) {

    /** How updates reach the bot. */
    public enum Mode {
        POLLING, WEBHOOK
    }

    /**
     * More than {@code updates} updates from one person within {@code window} is a flood: they are told once to slow
     * down and ignored for {@code pause}.
     */
    public record Flood(@DefaultValue("20") int updates, @DefaultValue("10s") Duration window,
                        @DefaultValue("1m") Duration pause) {
    }

    /** Settings of a bot that polls, for tests and tools. */
    static TelegramProperties polling(String token, URI baseUrl, int pollTimeoutSeconds, long maxUploadSize) {
        return new TelegramProperties(token, baseUrl, true, pollTimeoutSeconds, maxUploadSize, Mode.POLLING, null, null,
                4, new Flood(20, Duration.ofSeconds(10), Duration.ofMinutes(1)));
    }
}
