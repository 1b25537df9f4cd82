/**
 * Configuration only: the clock, security, web and scheduling settings the feature modules run with.
 */
package ru.roadmapbot.system;
