package ru.roadmapbot.confirmation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProofFileRepository extends JpaRepository<ProofFile, Long> {

    /** What a list of proofs shows, without loading the files themselves. */
    @Query("select new ru.roadmapbot.confirmation.ProofListing(p.id, p.statusId, p.fileName, p.size, p.uploadedAt) "
            + "from ProofFile p where p.statusId in :statusIds order by p.uploadedAt")
    List<ProofListing> listByStatusIdIn(Collection<Long> statusIds);
}
