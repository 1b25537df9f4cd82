package ru.roadmapbot.telegram;

import org.springframework.data.jpa.repository.JpaRepository;

interface PendingImportRepository extends JpaRepository<PendingImport, Long> {
}
