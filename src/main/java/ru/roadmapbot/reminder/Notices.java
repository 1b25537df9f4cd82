package ru.roadmapbot.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.roadmapbot.messenger.Button;
import ru.roadmapbot.messenger.OutgoingMessage;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.messenger.Address;
import java.util.Optional;

/** Queues a notice to a person, on their preferred channel, at the first moment outside their quiet hours. */
@Component
class Notices {

    private final Outbox outbox;
    private final Participants participants;
    private final Clock clock;

    Notices(Outbox outbox, Participants participants, Clock clock) {
        this.outbox = outbox;
        this.participants = participants;
        this.clock = clock;
    }

    boolean send(Participant to, String dedupKey, String html, List<List<Button>> keyboard) {
        if (!to.canBeMessaged()) {
            return false;
        }
        Optional<Address> address = participants.addressOf(to);
        return address.isPresent() && outbox.enqueue(dedupKey, to.getId(), address.get(), new OutgoingMessage(html, keyboard),
                allowedMoment(to));
    }

    private Instant allowedMoment(Participant to) {
        ZoneId zone = participants.zoneOf(to);
        Instant now = clock.instant();
        ReminderPreferences preferences = new ReminderPreferences(zone, participants.quietStartOf(to),
                participants.quietEndOf(to), List.of());
        LocalDateTime allowed = ReminderPolicy.outsideQuietHours(LocalDateTime.ofInstant(now, zone), preferences);
        return allowed.atZone(zone).toInstant();
    }
}
