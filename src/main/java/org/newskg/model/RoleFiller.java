package org.newskg.model;

/** One role of an event filled by one actor. */
public record RoleFiller(Role role, Actor actor) {}
