package ru.roadmapbot.confirmation;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProofFileRepository extends JpaRepository<ProofFile, Long> {
}
