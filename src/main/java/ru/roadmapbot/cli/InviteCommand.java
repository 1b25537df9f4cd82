package ru.roadmapbot.cli;

import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.IssuedInvitation;
import ru.roadmapbot.people.Role;

/**
 * {@code invite --role director --org "МБОУ Галицкая СОШ" --name "Иванова А.А." [--schools "МОУ № 2, МОУ № 7"]
 * [--timezone Asia/Yekaterinburg]}: prints the deep link (or the token while the bot's name is unknown).
 * Works against the same database as a running app (H2 in server-compatible mode, or PostgreSQL).
 */
@Component("cliInviteCommand")
class InviteCommand {

    private final Invitations invitations;

    InviteCommand(Invitations invitations) {
        this.invitations = invitations;
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
        if (role == Role.DIRECTOR && (organization == null || organization.isBlank())) {
            err.println(messages.get("cli.invite.director-needs-org"));
            return 2;
        }
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
        IssuedInvitation issued = invitations.invite(new InvitationRequest(role, name, organization, schools, zone, null));
        if (issued.link() != null) {
            out.println(issued.link());
        } else {
            out.println(issued.token());
            err.println(messages.get("cli.invite.no-bot-name"));
        }
        err.println(messages.get("cli.invite.expires", Date.from(issued.expiresAt())));
        return 0;
    }
}
