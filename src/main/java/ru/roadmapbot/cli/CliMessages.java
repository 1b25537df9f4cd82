package ru.roadmapbot.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the command line from messages/ (Russian by default, English with {@code --roadmapbot.language=en}),
 * read without Spring so the quick commands stay quick.
 */
final class CliMessages {

    private final ResourceBundle bundle;
    private final Locale locale;

    CliMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("messages/messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static CliMessages forLanguage(String language) {
        return new CliMessages(language == null || language.isBlank() ? Locale.ROOT : Locale.forLanguageTag(language));
    }

    String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
