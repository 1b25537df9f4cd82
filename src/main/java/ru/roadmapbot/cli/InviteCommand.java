package ru.roadmapbot.cli;

import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import ru.roadmapbot.messenger.Channel;
import ru.roadmapbot.people.InvitationInvalidException;
import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.IssuedInvitation;
import ru.roadmapbot.people.PeopleProperties;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.territory.TerritoryRefusedException;

/**
 * {@code invite --role director --org "МБОУ Галицкая СОШ" --name "Иванова А.А." [--territory "Гороховецкий район"]
 * [--schools "МОУ № 2, МОУ № 7"] [--timezone Asia/Yekaterinburg]}: prints the deep link (or the token while the
 * bot's name is unknown). What may be invited where is {@link Invitations}' rule; this only translates.
 * Works against the same database as a running app (H2 in server-compatible mode, or PostgreSQL).
 */
@Component("cliInviteCommand")
class InviteCommand {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Invitations invitations;
    private final PeopleProperties people;

    InviteCommand(Invitations invitations, PeopleProperties people) {
        this.invitations = invitations;
        this.people = people;
    }

    int run(CommandArguments arguments, CliMessages messages, PrintStream out, PrintStream err) {
        String roleText = arguments.option("role");
        String name = arguments.option("name");
        if (roleText == null || name == null || name.isBlank()) {
            err.println(messages.get("cli.invite.usage"));
            return 2;
        }
        Role role;
        try {
            role = Role.parse(roleText);
        } catch (IllegalArgumentException e) {
            err.println(messages.get("cli.invite.unknown-role", roleText));
            return 2;
        }
        String organization = arguments.option("org");
        ZoneId zone = null;
        if (arguments.option("timezone") != null) {
            try {
                zone = ZoneId.of(arguments.option("timezone"));
            } catch (DateTimeException e) {
                err.println(messages.get("cli.invite.unknown-zone", arguments.option("timezone")));
                return 2;
            }
        }
        List<String> schools = arguments.option("schools") == null ? List.of()
                : Arrays.stream(arguments.option("schools").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        IssuedInvitation issued;
        try {
            issued = invitations.invite(new InvitationRequest(role, name, organization, schools, zone, null,
                    arguments.option("territory")));
        } catch (InvitationInvalidException e) {
            err.println(messages.get("cli." + e.messageKey(), e.messageArguments()));
            return 2;
        } catch (TerritoryRefusedException e) {
            err.println(messages.get("cli." + e.messageKey(), e.messageArguments()));
            return 2;
        }
        if (issued.link() != null) {
            // a line per messenger whose bot is known, Telegram first: the first line stays what scripts read
            Map<Channel, String> links = issued.linksInOrder();
            links.values().forEach(out::println);
            if (links.size() > 1) {
                err.println(messages.get("cli.invite.links", links.keySet().stream().map(Channel::title)
                        .collect(Collectors.joining(", "))));
            }
        } else {
            out.println(issued.token());
            err.println(messages.get("cli.invite.no-bot-name"));
        }
        // the last moment the link works, in the application's zone and named, not the JVM's
        ZonedDateTime expires = issued.expiresAt().atZone(people.defaultTimeZone());
        err.println(messages.get("cli.invite.expires", EXPIRY.format(expires), people.defaultTimeZone().getId()));
        return 0;
    }
}
