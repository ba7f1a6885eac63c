package org.newskg.model;

import java.io.Serializable;

/** "U.S. Secretary of State Mark Ellison": the person holds the post, as the text words it. */
public record TitleFact(Actor person, String title, Evidence evidence) implements Serializable {}
