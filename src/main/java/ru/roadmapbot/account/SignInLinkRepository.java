package ru.roadmapbot.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInLinkRepository extends JpaRepository<SignInLink, Long> {

    Optional<SignInLink> findByTokenHash(String tokenHash);

    /** Takes a link if it is still usable; 1 for the one caller that did, 0 for any other (a double tap, a replay). */
    @Modifying
    @Query("update SignInLink l set l.usedAt = :now where l.tokenHash = :tokenHash and l.usedAt is null and l.expiresAt > :now")
    int use(String tokenHash, Instant now);

    @Modifying
    @Query("delete from SignInLink l where l.expiresAt < :before")
    int deleteExpiredBefore(Instant before);
}
