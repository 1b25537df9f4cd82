package ru.roadmapbot.roadmap;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored activities. */
interface ActivityRepository extends JpaRepository<Activity, Long> {

    /** A roadmap's activities with their parts and parties in one query (re-import and the admin page read them all). */
    @EntityGraph(attributePaths = {"parts", "parties"})
    List<Activity> findByRoadmapIdOrderByPosition(Long roadmapId);

    @EntityGraph(attributePaths = {"parts", "parties"})
    List<Activity> findByRoadmapIdAndWithdrawnFalseOrderByPosition(Long roadmapId);

    long countByRoadmapIdAndWithdrawnFalse(Long roadmapId);

    /** One activity with everything people are shown of it, usable after its transaction (notices run after commit). */
    @EntityGraph(attributePaths = {"parts", "parties", "roadmap"})
    Optional<Activity> findWithRoadmapById(Long id);

    /** Current activities with their schedule parts and parties in one query (agendas read them all). */
    @EntityGraph(attributePaths = {"parts", "parties", "roadmap"})
    List<Activity> findByWithdrawnFalse();
}
