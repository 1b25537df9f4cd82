/**
 * The conversation with people, free of any transport: commands, button presses, views, the bot's questions and
 * their answers, roadmaps sent to the bot, in neutral terms ({@link ru.roadmapbot.conversation.Incoming} in,
 * {@link ru.roadmapbot.conversation.Reply} out through the messenger port). Each transport (Telegram, MAX) only
 * translates its updates into {@code Incoming} and hands them to {@link ru.roadmapbot.conversation.ConversationIntake}.
 */
@ApplicationModule(allowedDependencies = {"account", "agenda", "calendar", "cluster", "confirmation", "messenger", "people", "reminder", "roadmap", "schedule", "territory"})
package ru.roadmapbot.conversation;

import org.springframework.modulith.ApplicationModule;
