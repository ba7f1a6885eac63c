package org.newskg.model;

/** The four kinds of actor of the output contract. */
public enum ActorType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  PLACE;

  /** Whether people can serve or belong to an actor of this kind: an organization or a country. */
  public boolean hasMembers() {
    return this == ORGANIZATION || this == COUNTRY;
  }

  /** Parses the contract's spelling ("Person", "Country", ...), case-insensitively. */
  public static ActorType parse(String name) {
    return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
