package ru.roadmapbot.reminder;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import ru.roadmapbot.confirmation.ProofAttached;
import ru.roadmapbot.confirmation.StatusReported;
import ru.roadmapbot.confirmation.StatusReviewed;
import ru.roadmapbot.confirmation.TaskEscalated;
import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.confirmation.TaskStatus;
import ru.roadmapbot.confirmation.Confirmations;
import ru.roadmapbot.messenger.Button;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.ActivityRepository;

/**
 * Tells the people who should know when a status changes: the school's curators when a director reports "done"
 * (with "Одобрить" / "Вернуть на доработку") or asks for help, the director when the curator decides, and the
 * curator or coordinator when a task escalates. Runs after the change is committed.
 */
@Component
class ConfirmationNotices {

    static final String REVIEW_ACTION = "rv";
    static final String PROOF_ACTION = "pf";

    private final Notices notices;
    private final Participants participants;
    private final ActivityRepository activities;
    private final Confirmations confirmations;
    private final Texts texts;

    ConfirmationNotices(Notices notices, Participants participants, ActivityRepository activities,
                        Confirmations confirmations, Texts texts) {
        this.notices = notices;
        this.participants = participants;
        this.activities = activities;
        this.confirmations = confirmations;
        this.texts = texts;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void reported(StatusReported event) {
        Optional<Participant> reporter = participants.byId(event.participantId());
        Optional<Activity> activity = activities.findById(event.activityId());
        if (reporter.isEmpty() || activity.isEmpty() || reporter.get().getRole() != Role.DIRECTOR) {
            return;
        }
        if (event.state() != TaskState.DONE && event.state() != TaskState.NEED_HELP) {
            return;
        }
        for (Participant curator : participants.curatorsOf(reporter.get().getOrganization())) {
            String language = curator.getLanguage();
            String key = event.state() == TaskState.DONE ? "notice.done" : "notice.help";
            StringBuilder text = new StringBuilder(texts.get(language, key, school(reporter.get(), language),
                    reporter.get().getDisplayName(), title(activity.get()), event.dueDate()));
            if (event.comment() != null) {
                text.append('\n').append(texts.get(language, "notice.comment", event.comment()));
            }
            List<List<Button>> buttons = event.state() == TaskState.DONE ? reviewButtons(language, event.statusId()) : List.of();
            notices.send(curator, "status:" + event.changeId() + ":" + curator.getId(), text.toString(), buttons);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void reviewed(StatusReviewed event) {
        Optional<Participant> reporter = participants.byId(event.participantId());
        Optional<Participant> curator = participants.byId(event.curatorId());
        Optional<Activity> activity = activities.findById(event.activityId());
        if (reporter.isEmpty() || curator.isEmpty() || activity.isEmpty()) {
            return;
        }
        String language = reporter.get().getLanguage();
        String key = event.approved() ? "notice.approved" : "notice.returned";
        StringBuilder text = new StringBuilder(texts.get(language, key, curator.get().getDisplayName(),
                title(activity.get()), event.dueDate()));
        if (event.comment() != null) {
            text.append('\n').append(texts.get(language, "notice.comment", event.comment()));
        }
        notices.send(reporter.get(), "review:" + event.changeId(), text.toString(), List.of());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void proofAttached(ProofAttached event) {
        Optional<TaskStatus> status = confirmations.status(event.statusId());
        Optional<Participant> reporter = status.flatMap(s -> participants.byId(s.getParticipantId()));
        Optional<Activity> activity = status.flatMap(s -> activities.findById(s.getActivityId()));
        if (reporter.isEmpty() || activity.isEmpty()) {
            return;
        }
        for (Participant curator : participants.curatorsOf(reporter.get().getOrganization())) {
            String language = curator.getLanguage();
            List<List<Button>> open = List.of(List.of(new Button(texts.plain(language, "notice.button.proof"),
                    PROOF_ACTION, event.proofId().toString())));
            notices.send(curator, "proof:" + event.proofId() + ":" + curator.getId(), texts.get(language, "notice.proof",
                    school(reporter.get(), language), event.fileName(), title(activity.get())), open);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void escalated(TaskEscalated event) {
        Optional<Participant> late = participants.byId(event.participantId());
        Optional<Activity> activity = activities.findById(event.activityId());
        if (late.isEmpty() || activity.isEmpty()) {
            return;
        }
        for (Long recipientId : event.recipientIds()) {
            participants.byId(recipientId).ifPresent(recipient -> notices.send(recipient,
                    "escalation:" + event.activityId() + ":" + event.dueDate() + ":" + event.participantId() + ":"
                            + event.level() + ":" + recipientId,
                    texts.get(recipient.getLanguage(), "notice.escalated", school(late.get(), recipient.getLanguage()), late.get().getDisplayName(),
                            title(activity.get()), event.dueDate()), List.of()));
        }
    }

    private List<List<Button>> reviewButtons(String language, Long statusId) {
        return List.of(List.of(new Button(texts.plain(language, "notice.button.approve"), REVIEW_ACTION, statusId + ":ok"),
                new Button(texts.plain(language, "notice.button.return"), REVIEW_ACTION, statusId + ":back")));
    }

    private String school(Participant participant, String language) {
        return participant.getOrganization() == null ? texts.plain(language, "common.none")
                : participant.getOrganization().getName();
    }

    private static String title(Activity activity) {
        return activity.numberedTitle();
    }
}
