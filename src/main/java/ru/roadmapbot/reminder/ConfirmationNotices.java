package ru.roadmapbot.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;

import ru.roadmapbot.confirmation.Confirmations;
import ru.roadmapbot.confirmation.ProofAttached;
import ru.roadmapbot.confirmation.StatusReported;
import ru.roadmapbot.confirmation.StatusReviewed;
import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.confirmation.TaskStatus;
import ru.roadmapbot.confirmation.TasksEscalated;
import ru.roadmapbot.messenger.Button;
import ru.roadmapbot.messenger.SafeHtml;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Reviewers;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.Roadmaps;

/**
 * Tells the people who should know when a status changes: the director's reviewers ({@link Participants#reviewersOf}:
 * the school's curators, or the coordinators over a school that has none) when a director reports "done" (with
 * "Одобрить" / "Вернуть на доработку") or asks for help, then any comment or proof as a follow-up without new
 * buttons (one notice, one decision); the director when a reviewer decides; and each curator or coordinator once
 * per escalation run with the list of what reached them. Runs after the change is committed, off the caller's
 * thread, from Modulith's event publication registry: a notice cut off by a crash is made after restart, and one made
 * twice is queued once (its outbox key is the change's).
 */
@Component
class ConfirmationNotices {

    static final String REVIEW_ACTION = "rv";
    static final String PROOF_ACTION = "pf";
    /** Telegram's 4,096 characters hold some thirty lines; the rest is counted. */
    static final int ESCALATIONS_LISTED = 25;

    private final Notices notices;
    private final Participants participants;
    private final Roadmaps roadmaps;
    private final Confirmations confirmations;
    private final Texts texts;

    ConfirmationNotices(Notices notices, Participants participants, Roadmaps roadmaps, Confirmations confirmations,
                        Texts texts) {
        this.notices = notices;
        this.participants = participants;
        this.roadmaps = roadmaps;
        this.confirmations = confirmations;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void reported(StatusReported event) {
        Optional<Participant> reporter = participants.byId(event.participantId());
        Optional<Activity> activity = roadmaps.activity(event.activityId());
        if (reporter.isEmpty() || activity.isEmpty()) {
            return;
        }
        if (event.state() != TaskState.DONE && event.state() != TaskState.NEED_HELP) {
            return;
        }
        Reviewers reviewers = participants.reviewersOf(reporter.get());
        for (Participant reviewer : reviewers.people()) {
            String language = reviewer.getLanguage();
            SafeHtml title = title(language, activity.get());
            if (event.comment() != null && event.state() == TaskState.NEED_HELP) {
                // what help is needed is the request itself: the help notice again, now saying what is asked
                notices.send(reviewer, "status:" + event.changeId() + ":" + reviewer.getId(),
                        texts.get(language, "notice.help", school(reporter.get(), language), reporter.get().getDisplayName(),
                                title, event.dueDate()) + "\n" + texts.get(language, "notice.comment", event.comment()),
                        List.of());
                continue;
            }
            if (event.comment() != null) {
                notices.send(reviewer, "status:" + event.changeId() + ":" + reviewer.getId(),
                        texts.get(language, "notice.comment.follow", school(reporter.get(), language),
                                reporter.get().getDisplayName(), title, event.dueDate(), event.comment()), List.of());
                continue;
            }
            String key = event.state() == TaskState.DONE ? "notice.done" : "notice.help";
            String text = texts.get(language, key, school(reporter.get(), language), reporter.get().getDisplayName(),
                    title, event.dueDate());
            List<List<Button>> buttons = event.state() == TaskState.DONE ? reviewButtons(language, event.statusId()) : List.of();
            notices.send(reviewer, "status:" + event.changeId() + ":" + reviewer.getId(), text, buttons);
        }
    }

    @ApplicationModuleListener
    void reviewed(StatusReviewed event) {
        Optional<Participant> reporter = participants.byId(event.participantId());
        Optional<Participant> reviewer = participants.byId(event.curatorId());
        Optional<Activity> activity = roadmaps.activity(event.activityId());
        if (reporter.isEmpty() || reviewer.isEmpty() || activity.isEmpty()) {
            return;
        }
        String language = reporter.get().getLanguage();
        String key = event.approved() ? "notice.approved" : "notice.returned";
        StringBuilder text = new StringBuilder(texts.get(language, key, reviewer.get().getDisplayName(),
                title(language, activity.get()), event.dueDate(), texts.plain(language, reviewer.get().getRole().messageKey())));
        if (event.comment() != null) {
            text.append('\n').append(texts.get(language, "notice.comment", event.comment()));
        }
        notices.send(reporter.get(), "review:" + event.changeId(), text.toString(), List.of());
    }

    @ApplicationModuleListener
    void proofAttached(ProofAttached event) {
        Optional<TaskStatus> status = confirmations.status(event.statusId());
        Optional<Participant> reporter = status.flatMap(s -> participants.byId(s.getParticipantId()));
        Optional<Activity> activity = status.flatMap(s -> roadmaps.activity(s.getActivityId()));
        if (reporter.isEmpty() || activity.isEmpty()) {
            return;
        }
        for (Participant reviewer : participants.reviewersOf(reporter.get()).people()) {
            String language = reviewer.getLanguage();
            List<List<Button>> open = List.of(List.of(new Button(texts.plain(language, "notice.button.proof"),
                    PROOF_ACTION, event.proofId().toString())));
            notices.send(reviewer, "proof:" + event.proofId() + ":" + reviewer.getId(), texts.get(language, "notice.proof",
                    school(reporter.get(), language), event.fileName(), title(language, activity.get())), open);
        }
    }

    /** Everything escalated to one person in one run, as one list. */
    @ApplicationModuleListener
    void escalated(TasksEscalated event) {
        Optional<Participant> recipient = participants.byId(event.recipientId());
        if (recipient.isEmpty()) {
            return;
        }
        String language = recipient.get().getLanguage();
        List<String> lines = new ArrayList<>();
        for (TasksEscalated.Task task : event.tasks()) {
            Optional<Participant> late = participants.byId(task.participantId());
            Optional<Activity> activity = roadmaps.activity(task.activityId());
            if (late.isPresent() && activity.isPresent()) {
                lines.add(texts.get(language, "notice.escalated.line", school(late.get(), language),
                        late.get().getDisplayName(), title(language, activity.get()), task.dueDate()));
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(texts.get(language, "notice.escalated.title", lines.size()));
        lines.stream().limit(ESCALATIONS_LISTED).forEach(line -> text.append('\n').append(line));
        if (lines.size() > ESCALATIONS_LISTED) {
            text.append('\n').append(texts.get(language, "digest.more", lines.size() - ESCALATIONS_LISTED));
        }
        text.append("\n\n").append(texts.get(language, "notice.escalated.hint"));
        List<Long> ids = event.tasks().stream().map(TasksEscalated.Task::escalationId).sorted().toList();
        notices.send(recipient.get(), "escalations:" + recipient.get().getId() + ":" + ids.get(0) + "-"
                + ids.get(ids.size() - 1) + ":" + ids.size(), text.toString(), List.of());
    }

    private List<List<Button>> reviewButtons(String language, Long statusId) {
        return List.of(List.of(new Button(texts.plain(language, "notice.button.approve"), REVIEW_ACTION, statusId + ":ok"),
                new Button(texts.plain(language, "notice.button.return"), REVIEW_ACTION, statusId + ":back")));
    }

    private SafeHtml title(String language, Activity activity) {
        return texts.task(language, activity.getRoadmap().shortName(), activity.numberedTitle());
    }

    private String school(Participant participant, String language) {
        return participant.getOrganization() == null ? texts.plain(language, "common.none")
                : participant.getOrganization().getName();
    }
}
