package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.model.Actor;
import org.newskg.model.ActorType;
import org.newskg.model.AffiliationFact;
import org.newskg.model.Event;
import org.newskg.model.EventType;
import org.newskg.model.Role;
import org.newskg.model.RoleFiller;
import org.newskg.model.TitleFact;

/**
 * A state negotiates through its officials: a head of state or a minister who negotiates does so
 * for the one state the article says he serves ("the presidents of Venezuela and Guyana met for
 * talks" are talks between Venezuela and Guyana). Anyone else with a post negotiates for the one
 * party he serves, a group included: "the MILF's chief negotiator signed", "LRA leader X met the
 * government's envoys" (the blind-written sets count the group; the dev set's mutineer, whom this
 * gives to his group, is a party in his own right there). A post holder the article ties to no
 * one party, beside a state or group at the table, is somebody's delegate and no party: "President
 * X agreed to talks with the Front" are his state's talks even where that state is unknown. A
 * person without a post, or two rival presidents talking with no state or group, are parties.
 * Where two states or groups are parties already, the persons beside them are their delegates.
 */
public final class RepresentedParties {
  private RepresentedParties() {}

  public static List<Event> of(List<Event> events, List<TitleFact> titles, List<AffiliationFact> affiliations) {
    Set<Actor> titled = titles.stream().map(TitleFact::person).collect(Collectors.toSet());
    Map<Actor, Set<Actor>> serves = new HashMap<>();
    Map<Actor, Set<Actor>> actsFor = new HashMap<>();
    for (AffiliationFact a : affiliations) {
      if (a.organization().type() == ActorType.COUNTRY) {
        serves.computeIfAbsent(a.person(), k -> new LinkedHashSet<>()).add(a.organization());
      }
      actsFor.computeIfAbsent(a.person(), k -> new LinkedHashSet<>()).add(a.organization());
    }
    // Whoever holds a post negotiates for the one party he serves, a group included.
    titles.stream().map(TitleFact::person).forEach(person -> {
      if (!serves.containsKey(person) && actsFor.getOrDefault(person, Set.of()).size() == 1) {
        serves.put(person, actsFor.get(person));
      }
    });
    List<Event> out = new ArrayList<>();
    for (Event event : events) {
      if (event.type() != EventType.NEGOTIATION) {
        out.add(event);
        continue;
      }
      Set<RoleFiller> roles = new LinkedHashSet<>();
      boolean withStateOrGroup = event.roles().stream()
          .anyMatch(r -> r.role() == Role.PARTICIPANT && r.actor().type() != ActorType.PERSON);
      Set<Actor> mediators = event.roles().stream().filter(r -> r.role() == Role.MEDIATOR).map(RoleFiller::actor).collect(Collectors.toSet());
      Set<Actor> mediatorsBodies = mediators.stream().flatMap(m -> actsFor.getOrDefault(m, Set.of()).stream()).collect(Collectors.toSet());
      for (RoleFiller r : event.roles()) {
        Set<Actor> party = serves.getOrDefault(r.actor(), Set.of());
        boolean personal = r.role() == Role.PARTICIPANT && r.actor().type() == ActorType.PERSON;
        // "X, the bloc's chief diplomat, sat A and B down": who mediates the talks is no party
        // to them, nor is the body he serves
        if (r.role() == Role.PARTICIPANT && (mediators.contains(r.actor()) || mediatorsBodies.contains(r.actor()))) {
          continue;
        }
        // A post holder the article ties to no one party, beside a state or group at the table, is
        // somebody's delegate: "chief negotiator X signed with the Front", "chairman Y signed for ..."
        if (personal && withStateOrGroup && party.size() != 1 && titled.contains(r.actor())) {
          continue;
        }
        roles.add(personal && party.size() == 1 ? new RoleFiller(Role.PARTICIPANT, party.iterator().next()) : r);
      }
      // Talks between two states or groups that also name persons as parties name their delegates:
      // "Bangladesh, India and Pakistan, represented by A, B and C".
      long parties = roles.stream().filter(r -> r.role() == Role.PARTICIPANT && r.actor().type() != ActorType.PERSON).count();
      if (parties >= 2) {
        roles.removeIf(r -> r.role() == Role.PARTICIPANT && r.actor().type() == ActorType.PERSON);
      }
      out.add(new Event(event.type(), List.copyOf(roles), event.date(), event.evidence(), event.statement()));
    }
    return out;
  }
}
