package ru.roadmapbot.messenger;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The localized texts of messages/ for people: Russian by default, English for those who chose it. String
 * arguments are HTML-escaped here, so a roadmap title with "<" or "&" cannot break a message.
 */
@Component
public class Texts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;

    public Texts(MessageSource messages) {
        this.messages = messages;
    }

    public static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("ru");
    }

    /** The language ("ru", "en") to answer a web request or client in: English only when asked for, else Russian. */
    public static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "ru";
    }

    /** The text of {@code key} in {@code language} ("ru", "en"), with escaped arguments. */
    public String get(String language, String key, Object... arguments) {
        Object[] safe = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            if (argument instanceof String text) {
                safe[i] = Html.escape(text);
            } else if (argument instanceof LocalDate date) {
                safe[i] = DAY.format(date);
            } else {
                safe[i] = argument;
            }
        }
        return messages.getMessage(key, safe, locale(language));
    }

    /**
     * A task as people see it everywhere: its numbered title and the short name of its roadmap ("2.5 Провести
     * педсовет · 500+ · Гороховецкий р-н · 2022"), since numbers repeat across roadmaps.
     */
    public SafeHtml task(String language, String roadmap, String numberedTitle) {
        return new SafeHtml(get(language, "task.title", numberedTitle, roadmap));
    }

    /** Plain text for button labels and logs, without escaping (buttons are not HTML). */
    public String plain(String language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale(language));
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }
}
