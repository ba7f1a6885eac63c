package org.newskg.model;

/** The four kinds of actor of the output contract. */
public enum ActorType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  PLACE;

  /** Parses the contract's spelling ("Person", "Country", ...), case-insensitively. */
  public static ActorType parse(String name) {
    return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
