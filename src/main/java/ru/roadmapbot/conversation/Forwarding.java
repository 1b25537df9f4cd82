package ru.roadmapbot.conversation;

import java.util.Locale;

import org.springframework.stereotype.Component;

import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Reviewers;

/**
 * Says whom a report went to, in the words of its recipients' role: "передана куратору Петрову П.П.", "передана
 * муниципальному координатору Зыковой М.В.", or that there was nobody to pass it to.
 */
@Component
class Forwarding {

    private final Texts texts;

    Forwarding(Texts texts) {
        this.texts = texts;
    }

    /**
     * The sentence under {@code key + ".forwarded"} naming the recipients, or {@code key + ".kept"} when nobody could
     * get it, followed by a line break; empty for work nobody reviews (a curator's or a coordinator's own).
     */
    String sentence(String language, Reviewers reviewers, String key, Object... arguments) {
        if (!reviewers.reviewed()) {
            return "";
        }
        return (reviewers.nobody() ? texts.get(language, key + ".kept", arguments)
                : texts.get(language, key + ".forwarded", with(arguments, recipient(language, reviewers)))) + "\n";
    }

    private String recipient(String language, Reviewers reviewers) {
        return texts.plain(language, "confirmation.recipient." + reviewers.role().name().toLowerCase(Locale.ROOT),
                reviewers.names());
    }

    private static Object[] with(Object[] arguments, String recipient) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = recipient;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return all;
    }
}
