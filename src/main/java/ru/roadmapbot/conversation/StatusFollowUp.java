package ru.roadmapbot.conversation;

import org.springframework.stereotype.Component;

import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Reviewers;

/**
 * What the bot says after a status is set, from a reminder or from a list: whom the "done" or the request for help
 * went to (only those {@link Participants#reviewersOf} names, so "передано куратору" is never said when no curator
 * got it), and the question that follows: a comment or proof after "done", what help is needed after "help".
 */
@Component
class StatusFollowUp {

    private final PendingInputs pending;
    private final Participants participants;
    private final Forwarding forwarding;
    private final Texts texts;

    StatusFollowUp(PendingInputs pending, Participants participants, Forwarding forwarding, Texts texts) {
        this.pending = pending;
        this.participants = participants;
        this.forwarding = forwarding;
        this.texts = texts;
    }

    Reply after(Conversation conversation, Reply edited, TaskState state, Long statusId) {
        String language = conversation.language();
        Long participantId = conversation.participant().getId();
        Reviewers reviewers = participants.reviewersOf(conversation.participant());
        return switch (state) {
            case DONE -> {
                pending.expect(participantId, PendingInput.Kind.DONE_NOTE, statusId);
                yield edited.then(Reply.text(forwarding.sentence(language, reviewers, "confirmation.done")
                        + texts.get(language, "confirmation.ask-note")));
            }
            case NEED_HELP -> {
                pending.expect(participantId, PendingInput.Kind.HELP_COMMENT, statusId);
                yield edited.then(Reply.text(forwarding.sentence(language, reviewers, "confirmation.help")
                        + texts.get(language, "confirmation.ask-help")));
            }
            default -> edited;
        };
    }
}
