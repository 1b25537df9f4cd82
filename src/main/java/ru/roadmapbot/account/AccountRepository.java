package ru.roadmapbot.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByLoginKey(String loginKey);

    Optional<Account> findByParticipantId(Long participantId);

    List<Account> findAllByOrderByLogin();
}
