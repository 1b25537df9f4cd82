package ru.roadmapbot.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderRepository extends JpaRepository<Reminder, Long> {

    List<Reminder> findByStateAndFireAtLessThanEqualOrderByFireAt(ReminderState state, Instant now, Pageable page);

    List<Reminder> findByParticipantIdAndActivityIdAndDueDate(Long participantId, Long activityId, LocalDate dueDate);

    List<Reminder> findByActivityIdAndParticipantIdInOrderByFireAt(Long activityId, java.util.Collection<Long> participantIds);

    long countByState(ReminderState state);
}
