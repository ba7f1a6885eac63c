package org.newskg.model;

import java.io.Serializable;

/**
 * Two actor IRIs found to be one actor: {@code merged} disappears into {@code surviving}, which
 * keeps its label and takes the merged one's as an alternative.
 *
 * @param reason why, for the record ("'Levin' is the surname of 'David Levin'")
 */
public record Merge(String merged, String mergedLabel, String surviving, String survivingLabel, String reason) implements Serializable {}
