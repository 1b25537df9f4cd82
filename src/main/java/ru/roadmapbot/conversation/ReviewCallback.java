package ru.roadmapbot.conversation;

import org.springframework.stereotype.Component;

import ru.roadmapbot.confirmation.Confirmations;
import ru.roadmapbot.confirmation.ReviewOutcome;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participant;

/**
 * "Одобрить" / "Вернуть на доработку" under a director's "done": only a curator of that school (or a coordinator)
 * may decide, which {@link Confirmations#review} checks. Returning asks the curator why; the director hears either
 * way.
 */
@Component
class ReviewCallback implements CallbackHandler {

    private final Confirmations confirmations;
    private final PendingInputs pending;
    private final Texts texts;

    ReviewCallback(Confirmations confirmations, PendingInputs pending, Texts texts) {
        this.confirmations = confirmations;
        this.pending = pending;
        this.texts = texts;
    }

    @Override
    public String action() {
        return "rv";
    }

    @Override
    public Reply handle(Conversation conversation, String payload) {
        String language = conversation.language();
        String[] parts = payload.split(":");
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}")) {
            return Reply.none().withToast(texts.plain(language, "bot.button.refused"));
        }
        Long statusId = Long.valueOf(parts[0]);
        Participant reviewer = conversation.participant();
        boolean approve = "ok".equals(parts[1]);
        ReviewOutcome outcome = confirmations.review(statusId, reviewer, approve);
        if (outcome == ReviewOutcome.NOT_ALLOWED) {
            return Reply.none().withToast(texts.plain(language, "bot.button.refused"));
        }
        if (outcome == ReviewOutcome.NOT_REVIEWABLE) {
            return Reply.none().withToast(texts.plain(language, "confirmation.not-reviewable"));
        }
        if (outcome == ReviewOutcome.ALREADY_DECIDED) {
            return Reply.none().withToast(texts.plain(language, "confirmation.already-decided"));
        }
        if (approve) {
            return Reply.text(texts.get(language, "confirmation.approved")).inPlace();
        }
        pending.expect(reviewer.getId(), PendingInput.Kind.RETURN_REASON, statusId);
        return Reply.text(texts.get(language, "confirmation.returned")).inPlace()
                .then(Reply.text(texts.get(language, "confirmation.ask-reason")));
    }
}
