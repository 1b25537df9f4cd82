package ru.roadmapbot.roadmap;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored roadmaps. */
interface RoadmapRepository extends JpaRepository<Roadmap, Long> {

    Optional<Roadmap> findByCode(String code);

    List<Roadmap> findAllByOrderByImportedAtDesc();
}
