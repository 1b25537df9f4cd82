package ru.roadmapbot.conversation;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface PendingImportRepository extends JpaRepository<PendingImport, Long> {

    boolean existsByIdAndParticipantId(Long id, Long participantId);

    /**
     * Takes the file for importing: 1 for the press that got it, 0 when another press (or the expiry) was first.
     * The row stays locked until the taker's transaction ends, so a second press waits and then finds it gone, or
     * finds it again if the first import rolled back.
     */
    @Modifying
    @Query("delete from PendingImport p where p.id = :id")
    int take(Long id);

    /** Previews nobody confirmed: their files are not kept for ever. */
    @Modifying
    @Transactional
    @Query("delete from PendingImport p where p.createdAt < :before")
    int deleteCreatedBefore(Instant before);
}
