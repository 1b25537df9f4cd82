package ru.roadmapbot.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import ru.roadmapbot.territory.Territories;
import ru.roadmapbot.messenger.Channel;

/** Invitations against H2: single use, expiring, stored hashed, at least 128 random bits. */
@DataJpaTest(showSql = false)
@Import({Invitations.class, Organizations.class, Participants.class, Territories.class, BotIdentity.class,
        PeopleConfiguration.class, InvitationsTests.MovableClock.class})
class InvitationsTests {

    static class Movable extends Clock {
        Instant now = Instant.parse("2022-03-29T06:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration
    static class MovableClock {
        @Bean
        Movable clock() {
            return new Movable();
        }
    }

    @Autowired
    Invitations invitations;

    @Autowired
    InvitationRepository stored;

    @Autowired
    BotIdentity botIdentity;

    @Autowired
    Participants participants;

    @Autowired
    Movable clock;

    private IssuedInvitation inviteDirector() {
        return invitations.invite(new InvitationRequest(Role.DIRECTOR, "Иванова А.А.", "МБОУ Галицкая СОШ", List.of(), null, null));
    }

    @Test
    void tokenFitsTelegramStartPayloadAndCarriesEnoughRandomness() {
        IssuedInvitation issued = inviteDirector();

        assertThat(issued.token()).matches("[A-Za-z0-9_-]{32}");
        assertThat(issued.token().length() * 6).isGreaterThanOrEqualTo(128);
        assertThat(inviteDirector().token()).isNotEqualTo(issued.token());
    }

    @Test
    void onlyTheHashOfTheTokenIsStored() {
        IssuedInvitation issued = inviteDirector();

        Invitation invitation = stored.findById(issued.invitationId()).orElseThrow();
        assertThat(stored.findByTokenHash(InvitationTokens.hash(issued.token()))).contains(invitation);
        assertThat(stored.findAll()).noneMatch(i -> InvitationTokens.hash(issued.token()).equals(issued.token()));
    }

    @Test
    void linkUsesTheBotNameOnceKnown() {
        assertThat(inviteDirector().link()).isNull();
        botIdentity.remember(Channel.TELEGRAM, "roadmap500_bot");

        IssuedInvitation issued = inviteDirector();

        assertThat(issued.link()).isEqualTo("https://t.me/roadmap500_bot?start=" + issued.token());
    }

    @Test
    void acceptingRegistersTheParticipantWithRoleAndSchool() {
        IssuedInvitation issued = inviteDirector();

        Participant participant = invitations.accept(issued.token(), MessengerAccounts.telegram(1001L, 1001L, "anna"));

        assertThat(participant.getRole()).isEqualTo(Role.DIRECTOR);
        assertThat(participant.getOrganization().getName()).isEqualTo("МБОУ Галицкая СОШ");
        assertThat(participants.contactsOf(participant.getId())).extracting(Contact::getUserId).containsExactly("1001");
        assertThat(participant.canBeMessaged()).isTrue();
    }

    @Test
    void tokenWorksOnlyOnce() {
        IssuedInvitation issued = inviteDirector();
        invitations.accept(issued.token(), MessengerAccounts.telegram(1001L, 1001L, "anna"));

        assertThatThrownBy(() -> invitations.accept(issued.token(), MessengerAccounts.telegram(2002L, 2002L, "stranger")))
                .isInstanceOf(InvitationRefusedException.class)
                .extracting(e -> ((InvitationRefusedException) e).reason())
                .isEqualTo(InvitationRefusedException.Reason.USED);
    }

    @Test
    void tokenExpiresAfterFourteenDays() {
        IssuedInvitation issued = inviteDirector();
        clock.now = clock.now.plus(Duration.ofDays(14));

        assertThatThrownBy(() -> invitations.accept(issued.token(), MessengerAccounts.telegram(1001L, 1001L, "anna")))
                .extracting(e -> ((InvitationRefusedException) e).reason())
                .isEqualTo(InvitationRefusedException.Reason.EXPIRED);
    }

    @Test
    void unknownAndMalformedTokensAreRefused() {
        assertThatThrownBy(() -> invitations.accept("A".repeat(32), MessengerAccounts.telegram(1L, 1L, "x")))
                .extracting(e -> ((InvitationRefusedException) e).reason())
                .isEqualTo(InvitationRefusedException.Reason.UNKNOWN);
        assertThatThrownBy(() -> invitations.accept("<script>", MessengerAccounts.telegram(1L, 1L, "x")))
                .extracting(e -> ((InvitationRefusedException) e).reason())
                .isEqualTo(InvitationRefusedException.Reason.MALFORMED);
    }

    @Test
    void curatorGetsTheSchoolsOfTheInvitation() {
        IssuedInvitation issued = invitations.invite(new InvitationRequest(Role.CURATOR, "Петров П.П.", "МОУ № 1",
                List.of("МОУ № 2", "МОУ № 7"), ZoneId.of("Asia/Yekaterinburg"), null));

        Participant curator = invitations.accept(issued.token(), MessengerAccounts.telegram(3003L, 3003L, "petrov"));

        assertThat(curator.getCuratedSchools()).extracting(Organization::getName).containsExactlyInAnyOrder("МОУ № 2", "МОУ № 7");
        assertThat(curator.zone(ZoneId.of("Europe/Moscow"))).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
    }
}
