package ru.roadmapbot.cli;

import java.io.PrintStream;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import ru.roadmapbot.calendar.FeedLink;
import ru.roadmapbot.calendar.FeedOwner;
import ru.roadmapbot.calendar.FeedTokens;
import ru.roadmapbot.people.InvitationInvalidException;
import ru.roadmapbot.people.Organization;
import ru.roadmapbot.people.Organizations;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.territory.Territories;
import ru.roadmapbot.territory.TerritoryRefusedException;

/**
 * {@code calendar-link --participant ID | --school NAME [--territory T] | --roadmap CODE [--rotate | --revoke]}: prints the feed's
 * https and webcal links (issuing them on first use), or replaces or revokes them; a revoked link answers 404 at once,
 * also in a running app that shares the database.
 */
@Component("cliCalendarLinkCommand")
class CalendarLinkCommand {

    private final FeedTokens feedTokens;
    private final Participants participants;
    private final Organizations organizations;
    private final Territories territories;
    private final Roadmaps roadmaps;

    CalendarLinkCommand(FeedTokens feedTokens, Participants participants, Organizations organizations,
                        Territories territories, Roadmaps roadmaps) {
        this.feedTokens = feedTokens;
        this.participants = participants;
        this.organizations = organizations;
        this.territories = territories;
        this.roadmaps = roadmaps;
    }

    int run(CommandArguments arguments, CliMessages messages, PrintStream out, PrintStream err) {
        long owners = Stream.of("participant", "school", "roadmap").filter(o -> arguments.option(o) != null).count();
        if (owners != 1 || (arguments.flag("rotate") && arguments.flag("revoke"))) {
            err.println(messages.get("cli.calendar.usage"));
            return 2;
        }
        Optional<FeedOwner> owner;
        try {
            owner = owner(arguments, messages, err);
        } catch (IllegalArgumentException e) {
            err.println(messages.get("cli.calendar.usage"));
            return 2;
        }
        if (owner.isEmpty()) {
            return 1;
        }
        if (arguments.flag("revoke")) {
            boolean revoked = feedTokens.revoke(owner.get());
            err.println(messages.get(revoked ? "cli.calendar.revoked" : "cli.calendar.nothing-to-revoke"));
            return 0;
        }
        FeedLink link;
        if (arguments.flag("rotate")) {
            link = feedTokens.rotate(owner.get());
            err.println(messages.get("cli.calendar.rotated"));
        } else {
            link = feedTokens.link(owner.get());
        }
        out.println(link.https());
        out.println(link.webcal());
        return 0;
    }

    private Optional<FeedOwner> owner(CommandArguments arguments, CliMessages messages, PrintStream err) {
        if (arguments.option("participant") != null) {
            Long id = Long.valueOf(arguments.intOption("participant"));
            if (participants.byId(id).isEmpty()) {
                err.println(messages.get("cli.calendar.unknown-participant", id.toString()));
                return Optional.empty();
            }
            return Optional.of(FeedOwner.participant(id));
        }
        if (arguments.option("school") != null) {
            try {
                return Optional.of(FeedOwner.school(school(arguments.option("school"), arguments.option("territory")).getId()));
            } catch (TerritoryRefusedException e) {
                err.println(messages.get("cli." + e.messageKey(), e.messageArguments()));
                return Optional.empty();
            } catch (InvitationInvalidException e) {
                err.println(messages.get("cli." + e.messageKey(), e.messageArguments()));
                return Optional.empty();
            }
        }
        String code = arguments.option("roadmap");
        Optional<FeedOwner> roadmap = roadmaps.byCode(code).map(r -> FeedOwner.roadmap(r.getId()));
        if (roadmap.isEmpty()) {
            err.println(messages.get("cli.calendar.unknown-roadmap", code));
        }
        return roadmap;
    }

    /**
     * The school of that name: in the territory given, else the only one of that name; as with invite, a school
     * named for the first time in a given territory is created, so its feed exists before anyone is invited.
     */
    private Organization school(String name, String territory) {
        if (territory != null) {
            return organizations.findOrCreate(name, territories.findOrCreate(territory).getId());
        }
        java.util.List<Organization> named = organizations.named(name);
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.isEmpty() && !territories.any()) {
            return organizations.findOrCreate(name, null);
        }
        if (named.isEmpty()) {
            throw new TerritoryRefusedException(TerritoryRefusedException.Reason.NEEDED, name,
                    territories.described(territories.all()));
        }
        throw new InvitationInvalidException(InvitationInvalidException.Reason.ORGANIZATION_AMBIGUOUS, name,
                named.stream().map(o -> o.getName() + " (" + territories.nameOf(o.getTerritoryId()) + ")").sorted().toList());
    }
}
