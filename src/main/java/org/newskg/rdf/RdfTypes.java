package org.newskg.rdf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.newskg.model.ActorType;
import org.newskg.model.EventType;
import org.newskg.model.ProposalStep;
import org.newskg.model.Quantity;
import org.newskg.model.Role;

/** The RDF class or property of each model enum constant. */
public final class RdfTypes {
  /** Every event class, to its local name ("Attack"), in the order of {@link EventType}. */
  public static final Map<Node, String> EVENT_CLASSES;
  /** Every role property, to the role's local name ("attacker"), in the order of {@link Role}. */
  public static final Map<Node, String> ROLE_PROPERTIES;

  static {
    Map<Node, String> classes = new LinkedHashMap<>();
    for (EventType type : EventType.values()) {
      classes.put(classOf(type), classOf(type).getLocalName());
    }
    Map<Node, String> roles = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      roles.put(property(role), role.localName());
    }
    EVENT_CLASSES = Collections.unmodifiableMap(classes);
    ROLE_PROPERTIES = Collections.unmodifiableMap(roles);
  }

  private RdfTypes() {}

  public static Node classOf(ActorType type) {
    return switch (type) {
      case PERSON -> NKG.Person;
      case ORGANIZATION -> NKG.Organization;
      case COUNTRY -> NKG.Country;
      case PLACE -> NKG.Place;
    };
  }

  public static Node classOf(EventType type) {
    return switch (type) {
      case NEGOTIATION -> NKG.Negotiation;
      case ATTACK -> NKG.Attack;
      case KILLING -> NKG.Killing;
      case THREAT -> NKG.Threat;
    };
  }

  public static Node property(Role role) {
    return switch (role) {
      case PARTICIPANT -> NKG.participant;
      case MEDIATOR -> NKG.mediator;
      case PLACE -> NKG.place;
      case ATTACKER -> NKG.attacker;
      case TARGET -> NKG.target;
      case KILLER -> NKG.killer;
      case VICTIM -> NKG.victim;
      case AGENT -> NKG.agent;
    };
  }

  public static Node classOf(ProposalStep.Stance stance) {
    return switch (stance) {
      case PROPOSED -> NKG.Proposing;
      case BACKED -> NKG.Backing;
      case ACCEPTED -> NKG.Acceptance;
      case REJECTED -> NKG.Rejection;
      case RESERVED -> NKG.Reservation;
    };
  }

  public static Node of(Quantity.Measure measure) {
    return switch (measure) {
      case DEATHS -> NKG.Deaths;
      case INJURIES -> NKG.Injuries;
      case CAPTIVES -> NKG.Captives;
      case DISPLACED -> NKG.Displaced;
      case DURATION -> NKG.Duration;
    };
  }

  public static Node of(Quantity.Qualifier qualifier) {
    return switch (qualifier) {
      case EXACTLY -> NKG.Exactly;
      case AT_LEAST -> NKG.AtLeast;
      case MORE_THAN -> NKG.MoreThan;
      case ABOUT -> NKG.About;
      case AT_MOST -> NKG.AtMost;
      case FEWER_THAN -> NKG.FewerThan;
    };
  }
}
