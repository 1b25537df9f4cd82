/**
 * The grammar behind {@link ru.roadmapbot.roadmap.ResponsiblePartiesParser}: a lexer for "responsible" cells, the
 * words and bodies it knows, and the readers for organizations, people and role phrases. Internal to the roadmap
 * module; nothing outside {@code roadmap} should use it.
 */
package ru.roadmapbot.roadmap.parties;
