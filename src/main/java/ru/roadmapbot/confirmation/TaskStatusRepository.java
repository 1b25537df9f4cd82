package ru.roadmapbot.confirmation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskStatusRepository extends JpaRepository<TaskStatus, Long> {

    Optional<TaskStatus> findByActivityIdAndDueDateAndParticipantId(Long activityId, LocalDate dueDate, Long participantId);

    List<TaskStatus> findByParticipantId(Long participantId);

    List<TaskStatus> findByParticipantIdIn(Collection<Long> participantIds);

    List<TaskStatus> findByActivityIdIn(Collection<Long> activityIds);

    List<TaskStatus> findByActivityIdAndParticipantIdIn(Long activityId, Collection<Long> participantIds);

}
