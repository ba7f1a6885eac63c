package org.newskg.model;

import java.util.List;

/** The event classes of the contract and the roles each may fill. */
public enum EventType {
  NEGOTIATION(List.of(Role.PARTICIPANT, Role.MEDIATOR, Role.PLACE)),
  ATTACK(List.of(Role.ATTACKER, Role.TARGET, Role.PLACE)),
  KILLING(List.of(Role.KILLER, Role.VICTIM, Role.PLACE)),
  THREAT(List.of(Role.AGENT, Role.TARGET));

  private final List<Role> roles;

  EventType(List<Role> roles) {
    this.roles = roles;
  }

  public List<Role> roles() {
    return roles;
  }

  /** Parses the contract's spelling ("Negotiation", "Killing", ...). */
  public static EventType parse(String name) {
    return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
