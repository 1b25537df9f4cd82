package ru.roadmapbot.telegram;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telegram settings ({@code roadmapbot.telegram.*}; the token and base URL come from the environment variables
 * {@code TELEGRAM_BOT_TOKEN} and {@code TELEGRAM_BASE_URL}).
 *
 * @param token              the bot token from BotFather; without it the bot is off and the rest of the app runs
 * @param baseUrl            the Bot API server: Telegram's, a self-hosted one, or a local emulator for tests
 * @param pollTimeoutSeconds how long one getUpdates call waits for news
 * @param mode               how updates arrive: long polling (one machine; with several, one polls at a time) or a
 *                           webhook (any instance takes any update)
 * @param publicUrl          the https address Telegram posts updates to, {@code /telegram/webhook} under it
 * @param webhookSecret      the secret Telegram sends with every update; empty: derived from the token, so all
 *                           instances agree on it
 */
@ConfigurationProperties("roadmapbot.telegram")
public record TelegramProperties(String token,
                                 @DefaultValue("https://api.telegram.org") URI baseUrl,
                                 @DefaultValue("true") boolean enabled,
                                 @DefaultValue("25") int pollTimeoutSeconds,
                                 @DefaultValue("polling") Mode mode,
                                 URI publicUrl,
                                 String webhookSecret) {

    /** How updates reach the bot. */
    public enum Mode {
        POLLING, WEBHOOK
    }

    /** Settings of a bot that polls, for tests and tools. */
    static TelegramProperties polling(String token, URI baseUrl, int pollTimeoutSeconds) {
        return new TelegramProperties(token, baseUrl, true, pollTimeoutSeconds, Mode.POLLING, null, null);
    }
}
