package org.newskg.model;

import java.io.Serializable;

/** "Hamas political leader Khalil Nasser": the person serves or belongs to the organization. */
public record AffiliationFact(Actor person, Actor organization, Evidence evidence) implements Serializable {}
