package ru.roadmapbot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.people.Participants;

/** Remembers the one question a person was asked, for half an hour. */
@Component
class PendingInputs {

    static final Duration TTL = Duration.ofMinutes(30);

    private final PendingInputRepository repository;
    private final Participants participants;
    private final Clock clock;

    PendingInputs(PendingInputRepository repository, Participants participants, Clock clock) {
        this.repository = repository;
        this.participants = participants;
        this.clock = clock;
    }

    @Transactional
    void expect(Long participantId, PendingInput.Kind kind, Long subjectId) {
        // one question at a time even when the person answers from two messengers on two instances at once
        participants.holdForChange(participantId);
        repository.findById(participantId).ifPresent(repository::delete);
        repository.flush();
        repository.save(new PendingInput(participantId, kind, subjectId, clock.instant()));
    }

    /** The open question and forgets it: an answer is taken once. */
    @Transactional
    Optional<PendingInput> take(Long participantId) {
        Optional<PendingInput> found = repository.findById(participantId);
        found.ifPresent(repository::delete);
        return found.filter(input -> input.getCreatedAt().plus(TTL).isAfter(clock.instant()));
    }

    @Transactional(readOnly = true)
    boolean waiting(Long participantId) {
        return repository.findById(participantId).filter(input -> input.getCreatedAt().plus(TTL).isAfter(clock.instant()))
                .isPresent();
    }
}
