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
 * @param maxUploadSize      the largest roadmap a coordinator may send (Telegram bots can download up to 20 MB)
 */
@ConfigurationProperties("roadmapbot.telegram")
public record TelegramProperties(String token,
                                 @DefaultValue("https://api.telegram.org") URI baseUrl,
                                 @DefaultValue("true") boolean enabled,
                                 @DefaultValue("25") int pollTimeoutSeconds,
                                 @DefaultValue("10485760") long maxUploadSize) {
}
