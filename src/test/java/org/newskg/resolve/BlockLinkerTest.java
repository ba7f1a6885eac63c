package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.newskg.model.Actor;
import org.newskg.model.ActorIris;
import org.newskg.model.ActorRegistry;
import org.newskg.model.ActorType;
import org.newskg.model.AffiliationFact;
import org.newskg.model.Article;
import org.newskg.model.Evidence;
import org.newskg.model.Extraction;
import org.newskg.model.Merge;
import org.newskg.model.TitleFact;

/**
 * Linking block by block, the way the Spark job does, gives what one pass over all articles gives:
 * the same linked extractions, flags and merges, in the same order. Blocks are found here with a
 * union-find over the blocking keys instead of Spark's joins.
 */
class BlockLinkerTest {
  private static final Evidence EVIDENCE = new Evidence("sentence", 0, 8, 0.9, "test");

  private static Actor person(String label) {
    return new Actor(label, ActorType.PERSON, new TreeSet<>());
  }

  private static Actor org(String label) {
    return new Actor(label, ActorType.ORGANIZATION, new TreeSet<>());
  }

  private static Actor country(String label, String... alts) {
    return new Actor(label, ActorType.COUNTRY, new TreeSet<>(Arrays.asList(alts)));
  }

  /** An article of actors; "title:person:post" and "aff:person:org" facts refer to them by label. */
  private static Extraction article(int n, List<Actor> actors, String... facts) {
    Map<String, Actor> byLabel = new HashMap<>();
    actors.forEach(a -> byLabel.put(a.label(), a));
    List<TitleFact> titles = new ArrayList<>();
    List<AffiliationFact> affiliations = new ArrayList<>();
    for (String fact : facts) {
      String[] part = fact.split(":");
      if (part[0].equals("title")) {
        titles.add(new TitleFact(byLabel.get(part[1]), part[2], EVIDENCE));
      } else {
        affiliations.add(new AffiliationFact(byLabel.get(part[1]), byLabel.get(part[2]), EVIDENCE));
      }
    }
    return new Extraction(new Article("a" + n, null, null, null, "text " + n, "a" + n), actors, titles, affiliations, List.of());
  }

  /** Articles that exercise every rule: names, surnames, acronyms, fuller names, ambiguity, context. */
  private static List<Extraction> corpus() {
    return List.of(
        article(0, List.of(person("Benjamin Netanyahu"), org("Israel Defense Forces"), country("Israel"))),
        article(1, List.of(person("Netanyahu"), org("IDF"), person("Sinwar"), country("Israel", "Israeli"))),
        article(2, List.of(person("Mark Smith"), org("Federal Bureau of Investigation"), person("Anna Jones"), person("Ed Brown"),
            org("Central Intelligence Agency")),
            "aff:Mark Smith:Federal Bureau of Investigation", "title:Anna Jones:minister"),
        article(3, List.of(person("Yahya Sinwar"), person("Paul Smith"), org("CIA"), person("Carl Jones")),
            "aff:Paul Smith:CIA", "title:Carl Jones:general"),
        article(4, List.of(person("Al Brown"), country("Egypt"))),
        article(5, List.of(person("Smith"), org("Central Intelligence Agency")), "aff:Smith:Central Intelligence Agency"),
        article(6, List.of(person("Jones")), "title:Jones:general"),
        article(7, List.of(person("Brown"), org("Hamas"), org("Hezbollah"))),
        article(8, List.of(person("Sinwar"), person("Netanyahu"), org("Hamas"), country("Egypt"))));
  }

  @Test
  void linkingBlockByBlockEqualsOnePass() {
    List<Extraction> locals = corpus();
    List<CrossArticleLinker.Linking> onePass = new ArrayList<>();
    CrossArticleLinker linker = new CrossArticleLinker();
    ActorRegistry registry = ActorRegistry.empty();
    for (Extraction local : locals) {
      CrossArticleLinker.Linking linking = linker.link(local, registry);
      registry = registry.with(linking.extraction(), linking.merges());
      onePass.add(linking);
    }

    Map<Long, List<BlockLinker.Links>> links = new HashMap<>();
    List<List<BlockLinker.Slice>> firstBlocks = blocks(locals, BlockLinker::inFirstPass, Map.of());
    firstBlocks.forEach(block -> BlockLinker.link(block).forEach(l -> links.computeIfAbsent(l.ordinal(), k -> new ArrayList<>()).add(l)));
    Map<Long, Map<Actor, Actor>> organizations = new HashMap<>();
    links.forEach((ordinal, parts) -> parts.forEach(p -> organizations.computeIfAbsent(ordinal, k -> new HashMap<>()).putAll(p.linked())));
    List<List<BlockLinker.Slice>> personBlocks = blocks(locals, a -> !BlockLinker.inFirstPass(a), organizations);
    personBlocks.forEach(block -> BlockLinker.link(block).forEach(l -> links.computeIfAbsent(l.ordinal(), k -> new ArrayList<>()).add(l)));

    for (int i = 0; i < locals.size(); i++) {
      CrossArticleLinker.Linking blockwise = BlockLinker.assemble(locals.get(i), links.getOrDefault((long) i, List.of()));
      assertEquals(onePass.get(i), blockwise, "article " + i);
    }
    assertTrue(firstBlocks.size() > 3 && personBlocks.size() > 1, "the corpus falls into several blocks");

    // What the one pass does on this corpus, so that the comparison covers every rule.
    assertEquals(ActorIris.of(ActorType.PERSON, "Benjamin Netanyahu"), onePass.get(1).extraction().actors().get(0).iri());
    assertEquals(ActorIris.of(ActorType.ORGANIZATION, "Israel Defense Forces"), onePass.get(1).extraction().actors().get(1).iri());
    assertEquals(List.of(ActorIris.of(ActorType.PERSON, "Sinwar")), onePass.get(3).merges().stream().map(Merge::merged).toList());
    assertEquals(ActorIris.of(ActorType.PERSON, "Paul Smith"), onePass.get(5).extraction().actors().get(0).iri(),
        "an affiliation with the organization, as linked, decides");
    assertEquals(ActorIris.of(ActorType.PERSON, "Carl Jones"), onePass.get(6).extraction().actors().get(0).iri(), "a shared post decides");
    assertEquals(2, onePass.get(7).extraction().ambiguities().get(0).candidates().size(), "'Brown' alone is ambiguous");
  }

  @Test
  void actorsThatLinkShareABlockingKey() {
    assertTrue(shareKey(person("Netanyahu"), person("Benjamin Netanyahu")));
    assertTrue(shareKey(person("Sisi"), person("Abdel Fattah el-Sisi")));
    assertTrue(shareKey(org("IDF"), org("Israel Defense Forces")));
    assertTrue(shareKey(country("Israel", "Israeli"), country("Israeli")));
    assertTrue(!shareKey(person("Smith"), org("Smith")), "classes never link");
    assertTrue(!shareKey(org("Hamas"), org("Hezbollah")));
  }

  @Test
  void extractionsSurviveJavaSerialization() throws IOException, ClassNotFoundException {
    for (Extraction local : corpus()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(local);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        assertEquals(local, in.readObject());
      }
    }
  }

  private static boolean shareKey(Actor a, Actor b) {
    return BlockingKeys.of(a).stream().anyMatch(BlockingKeys.of(b)::contains);
  }

  /** The slices of each block of connected actors that {@code pass} selects, blocks in order of first article. */
  private static List<List<BlockLinker.Slice>> blocks(List<Extraction> locals, Predicate<Actor> pass,
      Map<Long, Map<Actor, Actor>> organizations) {
    record Node(int article, Actor actor) {}
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < locals.size(); i++) {
      for (Actor actor : locals.get(i).actors()) {
        if (pass.test(actor)) {
          nodes.add(new Node(i, actor));
        }
      }
    }
    UnionFind<Node> sets = new UnionFind<>(nodes);
    Map<String, Node> firstWithKey = new HashMap<>();
    for (Node node : nodes) {
      for (String key : BlockingKeys.of(node.actor())) {
        Node first = firstWithKey.putIfAbsent(key, node);
        if (first != null) {
          sets.union(first, node);
        }
      }
    }
    Map<Node, Map<Integer, List<Actor>>> byBlock = new LinkedHashMap<>();
    for (Node node : nodes) {
      byBlock.computeIfAbsent(sets.find(node), k -> new java.util.TreeMap<>()).computeIfAbsent(node.article(), k -> new ArrayList<>())
          .add(node.actor());
    }
    return byBlock.values().stream()
        .map(articles -> articles.entrySet().stream()
            .map(e -> BlockLinker.slice(e.getKey(), locals.get(e.getKey()), e.getValue(), organizations.getOrDefault((long) e.getKey(), Map.of())))
            .toList())
        .toList();
  }
}
