package ru.roadmapbot.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<Contact, Long> {

    Optional<Contact> findByChannelAndUserId(String channel, String userId);

    List<Contact> findByParticipantIdOrderById(Long participantId);

    List<Contact> findByParticipantIdIn(Collection<Long> participantIds);
}
