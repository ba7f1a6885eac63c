package org.newskg.model;

import java.io.Serializable;

/** One role of an event filled by one actor. */
public record RoleFiller(Role role, Actor actor) implements Serializable {}
