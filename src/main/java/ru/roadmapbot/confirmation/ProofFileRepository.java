package ru.roadmapbot.confirmation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProofFileRepository extends JpaRepository<ProofFile, Long> {

    List<ProofFile> findByStatusId(Long statusId);
}
