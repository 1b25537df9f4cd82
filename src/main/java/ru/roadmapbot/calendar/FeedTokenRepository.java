package ru.roadmapbot.calendar;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedTokenRepository extends JpaRepository<FeedToken, Long> {

    Optional<FeedToken> findByActiveOwner(String activeOwner);

    Optional<FeedToken> findByTokenAndRevokedAtIsNull(String token);
}
