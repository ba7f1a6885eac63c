package org.newskg.model;

/** Roles of the contract's events (event → actor). */
public enum Role {
  PARTICIPANT,
  MEDIATOR,
  PLACE,
  ATTACKER,
  TARGET,
  KILLER,
  VICTIM,
  AGENT;

  /** The contract's local name: "participant", "mediator", ... */
  public String localName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Role parse(String name) {
    return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
