package ru.roadmapbot.conversation;

import org.springframework.stereotype.Component;

import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.InvitationRefusedException;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.MessengerAccount;

/**
 * /start with an invitation token registers the person and greets them by name, role and school; without one it
 * explains how to get an invitation and stores nothing about whoever asked. A link opened in a second messenger
 * (from /settings, or a new invitation) adds that account to the same person, who is told where reminders go.
 */
@Component
class StartCommand implements CommandHandler {

    private final Invitations invitations;
    private final Participants participants;
    private final Greeting greeting;
    private final Texts texts;

    StartCommand(Invitations invitations, Participants participants, Greeting greeting, Texts texts) {
        this.invitations = invitations;
        this.participants = participants;
        this.greeting = greeting;
        this.texts = texts;
    }

    @Override
    public String command() {
        return "start";
    }

    @Override
    public boolean openToStrangers() {
        return true;
    }

    @Override
    public Reply handle(Conversation conversation, String token) {
        if (token.isEmpty()) {
            return conversation.registered().map(p -> Reply.text(greeting.welcomeBack(p)))
                    .orElseGet(() -> Reply.text(texts.get(conversation.language(), "registration.no-token")));
        }
        try {
            Sender sender = conversation.sender();
            Participant participant = invitations.accept(token, new MessengerAccount(sender.channel(), sender.userId(),
                    sender.chat(), sender.name()));
            if (participants.contactsOf(participant.getId()).size() > 1) {
                return Reply.text(greeting.connected(participant, sender.channel()));
            }
            return Reply.text(greeting.welcome(participant));
        } catch (InvitationRefusedException e) {
            return Reply.text(texts.get(conversation.language(), e.reason().messageKey()));
        }
    }
}
