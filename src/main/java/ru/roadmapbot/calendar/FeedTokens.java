package ru.roadmapbot.calendar;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret links of feeds: one working link per owner, issued on first request, rotated (a new link, the old one
 * answers 404 from then on) or revoked by the person or a coordinator. A token is 24 bytes of SecureRandom (192 bits)
 * in base64url. It is stored as it is: a feed link is a capability URL like Google Calendar's "secret address", and
 * the bot shows the same link again whenever asked.
 */
@Service
public class FeedTokens {

    private static final int TOKEN_BYTES = 24;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{32}");

    private final FeedTokenRepository tokens;
    private final CalendarProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    FeedTokens(FeedTokenRepository tokens, CalendarProperties properties, ApplicationEventPublisher events,
               Clock clock) {
        this.tokens = tokens;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The owner's working link, issuing one if there is none. */
    @Transactional
    public FeedLink link(FeedOwner owner) {
        return tokens.findByActiveOwner(owner.key()).map(this::toLink).orElseGet(() -> issue(owner));
    }

    /** Revokes the working link (it answers 404 from now on) and issues a new one. */
    @Transactional
    public FeedLink rotate(FeedOwner owner) {
        revoke(owner);
        tokens.flush(); // the old row must leave the one-working-link constraint before the new one enters it
        return issue(owner);
    }

    /** Revokes the working link; returns whether there was one. */
    @Transactional
    public boolean revoke(FeedOwner owner) {
        Optional<FeedToken> active = tokens.findByActiveOwner(owner.key());
        active.ifPresent(token -> {
            token.revoke(clock.instant());
            events.publishEvent(new FeedLinkRevoked(owner, token.getToken()));
        });
        return active.isPresent();
    }

    /** Whose feed a token opens, or empty for an unknown, malformed or revoked token. */
    @Transactional(readOnly = true)
    public Optional<FeedOwner> ownerOf(String token) {
        if (token == null || !WELL_FORMED.matcher(token).matches()) {
            return Optional.empty();
        }
        return tokens.findByTokenAndRevokedAtIsNull(token).map(FeedToken::owner);
    }

    private FeedLink issue(FeedOwner owner) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return toLink(tokens.save(new FeedToken(token, owner, clock.instant())));
    }

    private FeedLink toLink(FeedToken token) {
        URI https = linkOf(token.getToken());
        String rest = https.toString().substring(https.getScheme().length());
        return new FeedLink(token.owner(), token.getToken(), https, URI.create("webcal" + rest));
    }

    private URI linkOf(String token) {
        String base = properties.baseUrl().toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + "/calendar/" + token + ".ics");
    }
}
