package ru.roadmapbot.telegram;

import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.roadmapbot.confirmation.Confirmations;
import ru.roadmapbot.confirmation.TaskStatus;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;

/**
 * "Одобрить" / "Вернуть на доработку" under a director's "done": only a curator of that school (or a coordinator)
 * may decide. Returning asks the curator why; the director hears either way.
 */
@Component
class ReviewCallback implements CallbackHandler {

    private final Confirmations confirmations;
    private final Participants participants;
    private final PendingInputs pending;
    private final Texts texts;

    ReviewCallback(Confirmations confirmations, Participants participants, PendingInputs pending, Texts texts) {
        this.confirmations = confirmations;
        this.participants = participants;
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
        Optional<TaskStatus> status = parts.length == 2 && parts[0].matches("\\d+")
                ? confirmations.status(Long.valueOf(parts[0])) : Optional.empty();
        Participant reviewer = conversation.participant();
        if (status.isEmpty() || !mayReview(reviewer, status.get())) {
            return Reply.none().withToast(texts.plain(language, "bot.button.refused"));
        }
        boolean approve = "ok".equals(parts[1]);
        Optional<TaskStatus> reviewed = confirmations.review(status.get().getId(), reviewer.getId(), approve, null);
        if (reviewed.isEmpty()) {
            return Reply.none().withToast(texts.plain(language, "confirmation.not-reviewable"));
        }
        if (approve) {
            return Reply.text(texts.get(language, "confirmation.approved")).inPlace();
        }
        pending.expect(reviewer.getId(), PendingInput.Kind.RETURN_REASON, status.get().getId());
        return Reply.text(texts.get(language, "confirmation.returned")).inPlace()
                .then(Reply.text(texts.get(language, "confirmation.ask-reason")));
    }

    private boolean mayReview(Participant reviewer, TaskStatus status) {
        if (reviewer.getRole().coordinates()) {
            return true;
        }
        Optional<Participant> reporter = participants.byId(status.getParticipantId());
        return reviewer.getRole() == Role.CURATOR && reporter.isPresent() && reporter.get().getOrganization() != null
                && reviewer.getCuratedSchools().contains(reporter.get().getOrganization());
    }
}
