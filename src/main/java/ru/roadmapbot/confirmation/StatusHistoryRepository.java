package ru.roadmapbot.confirmation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatusHistoryRepository extends JpaRepository<StatusHistory, Long> {

    List<StatusHistory> findByStatusIdInOrderByRecordedAt(Collection<Long> statusIds);
}
