package ru.roadmapbot.max;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import ru.roadmapbot.messenger.WebhookSecret;

/**
 * {@code POST /max/webhook}: MAX posts each update here (one bare Update object) when the bot runs in webhook mode.
 * A request without the secret header is refused (403) before its body is read; a good one is handed to
 * {@link MaxUpdates} and answered at once, well within the 30 seconds after which MAX counts a delivery failed.
 */
@RestController
@Conditional(MaxTokenCondition.class)
@ConditionalOnProperty(name = "roadmapbot.max.mode", havingValue = "webhook")
class MaxWebhookController {

    static final String PATH = "/max/webhook";
    static final String SECRET_HEADER = "X-Max-Bot-Api-Secret";
    /** Updates are a few kilobytes; anything far larger is not MAX's. */
    private static final int MAX_BODY = 1 << 20;
    private static final Logger log = LoggerFactory.getLogger(MaxWebhookController.class);

    private final MaxUpdates updates;
    private final WebhookSecret secret;
    private final ObjectMapper json = JsonMapper.builder().build();

    MaxWebhookController(MaxUpdates updates, @Qualifier("maxWebhookSecret") WebhookSecret maxWebhookSecret) {
        this.updates = updates;
        this.secret = maxWebhookSecret;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> update(HttpServletRequest request) throws IOException {
        if (!secret.matches(request.getHeader(SECRET_HEADER))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        JsonNode update;
        try {
            update = json.readTree(body);
        } catch (JacksonException unreadable) {
            log.info("MAX webhook body is not JSON ({})", unreadable.getClass().getSimpleName());
            return ResponseEntity.badRequest().build();
        }
        if (!update.isObject() || !update.hasNonNull("update_type")) {
            return ResponseEntity.badRequest().build();
        }
        updates.accept(update);
        return ResponseEntity.ok().build();
    }
}
