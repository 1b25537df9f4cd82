package ru.roadmapbot.telegram;

import java.io.IOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;
import ru.roadmapbot.messenger.WebhookRequest;
import ru.roadmapbot.messenger.WebhookSecret;

/**
 * {@code POST /telegram/webhook}: Telegram posts each update here when the bot runs in webhook mode. A request
 * without the secret is refused (403) before its body is read; a good one is handed to {@link UpdateIntake} and
 * answered at once, so Telegram never waits for a reply to be written. Any instance behind the proxy can take it.
 */
@RestController
@Conditional(TelegramTokenCondition.class)
@ConditionalOnProperty(name = "roadmapbot.telegram.mode", havingValue = "webhook")
class WebhookController {

    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final UpdateIntake intake;
    private final WebhookSecret secret;
    // TelegramBots' own types are read with its Jackson 2 annotations, as its long poll reads them
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    WebhookController(UpdateIntake intake, @Qualifier("telegramWebhookSecret") WebhookSecret secret) {
        this.intake = intake;
        this.secret = secret;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> update(HttpServletRequest request) throws IOException {
        WebhookRequest admitted = WebhookRequest.admit(request, SECRET_HEADER, secret);
        if (!admitted.admitted()) {
            return ResponseEntity.status(admitted.refusal()).build();
        }
        byte[] body = admitted.body();
        Update update;
        try {
            update = json.readValue(body, Update.class);
        } catch (IOException unreadable) {
            log.info("Webhook body is not an update ({})", unreadable.getClass().getSimpleName());
            return ResponseEntity.badRequest().build();
        }
        intake.accept(update);
        return ResponseEntity.ok().build();
    }
}
