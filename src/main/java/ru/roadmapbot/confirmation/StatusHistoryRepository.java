package ru.roadmapbot.confirmation;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatusHistoryRepository extends JpaRepository<StatusHistory, Long> {
}
