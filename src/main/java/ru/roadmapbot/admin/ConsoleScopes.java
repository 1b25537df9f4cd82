package ru.roadmapbot.admin;

import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import ru.roadmapbot.people.Scope;
import ru.roadmapbot.roadmap.Roadmap;
import ru.roadmapbot.territory.Territories;

/**
 * What a console account may see: its territory and the municipalities in it (everything for an account of the
 * whole instance), and the roadmaps of those territories or of the region over them. Anything else is answered as
 * if it did not exist: 404, whatever id is typed into the address.
 */
@Component
class ConsoleScopes {

    private final Territories territories;

    ConsoleScopes(Territories territories) {
        this.territories = territories;
    }

    Scope of(ConsoleUser user) {
        if (user.territoryId() == null) {
            return Scope.everything();
        }
        return new Scope(false, user.territoryId(), territories.within(user.territoryId()));
    }

    /** A roadmap of the account's territories, or of the region over its municipality. */
    boolean sees(ConsoleUser user, Roadmap roadmap) {
        return of(user).includes(roadmap.getTerritoryId())
                || (roadmap.getTerritoryId() != null && territories.covers(roadmap.getTerritoryId(), user.territoryId()));
    }

    Roadmap visible(ConsoleUser user, Roadmap roadmap) {
        if (!sees(user, roadmap)) {
            throw notFound();
        }
        return roadmap;
    }

    /** A territory of the account's (its own or one of its municipalities), else 404. */
    void check(ConsoleUser user, Long territoryId) {
        if (!of(user).includes(territoryId)) {
            throw notFound();
        }
    }

    Set<Long> territoryIds(ConsoleUser user) {
        return of(user).territoryIds();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
