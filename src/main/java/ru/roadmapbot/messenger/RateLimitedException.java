package ru.roadmapbot.messenger;

import java.time.Duration;

/** The transport asked to wait before sending more (Telegram's 429 with retry_after). */
public class RateLimitedException extends DeliveryFailedException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter, Throwable cause) {
        super("rate limited, retry after " + retryAfter, true, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
