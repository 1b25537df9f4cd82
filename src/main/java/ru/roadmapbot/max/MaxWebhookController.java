package ru.roadmapbot.max;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import ru.roadmapbot.messenger.WebhookRequest;
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
        WebhookRequest admitted = WebhookRequest.admit(request, SECRET_HEADER, secret);
        if (!admitted.admitted()) {
            return ResponseEntity.status(admitted.refusal()).build();
        }
        byte[] body = admitted.body();
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
