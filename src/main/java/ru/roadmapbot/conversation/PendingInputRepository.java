package ru.roadmapbot.conversation;

import org.springframework.data.jpa.repository.JpaRepository;

interface PendingInputRepository extends JpaRepository<PendingInput, Long> {
}
