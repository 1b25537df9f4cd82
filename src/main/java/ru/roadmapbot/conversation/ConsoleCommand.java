package ru.roadmapbot.conversation;

import org.springframework.stereotype.Component;

import ru.roadmapbot.account.Account;
import ru.roadmapbot.account.AccountRole;
import ru.roadmapbot.account.Accounts;
import ru.roadmapbot.account.SignInLinks;
import ru.roadmapbot.calendar.CalendarProperties;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Role;

/**
 * /console for coordinators: a one-time link that signs them in to the web console, over their own territory,
 * without a password; it works once and for ten minutes.
 */
@Component
class ConsoleCommand implements CommandHandler {

    private final Accounts accounts;
    private final SignInLinks links;
    private final CalendarProperties publicAddress;
    private final Texts texts;

    ConsoleCommand(Accounts accounts, SignInLinks links, CalendarProperties publicAddress, Texts texts) {
        this.accounts = accounts;
        this.links = links;
        this.publicAddress = publicAddress;
        this.texts = texts;
    }

    @Override
    public String command() {
        return "console";
    }

    @Override
    public boolean coordinatorsOnly() {
        return true;
    }

    @Override
    public Reply handle(Conversation conversation, String argument) {
        Participant coordinator = conversation.participant();
        AccountRole role = coordinator.getRole() == Role.MUNICIPAL_COORDINATOR ? AccountRole.MUNICIPAL : AccountRole.REGIONAL;
        Account account = accounts.forParticipant(coordinator.getId(), coordinator.getDisplayName(), role,
                coordinator.territoryId());
        String link = publicAddress.baseUrl().toString().replaceAll("/$", "") + "/admin/sign-in/" + links.issue(account.getId());
        return Reply.text(texts.get(conversation.language(), "console.link", link, SignInLinks.VALID_FOR.toMinutes()));
    }
}
