package ru.roadmapbot.confirmation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationRepository extends JpaRepository<Escalation, Long> {

    boolean existsByActivityIdAndDueDateAndParticipantIdAndLevel(Long activityId, LocalDate dueDate, Long participantId,
                                                                 EscalationLevel level);

    List<Escalation> findByActivityIdAndParticipantIdInOrderByEscalatedAt(Long activityId, Collection<Long> participantIds);
}
