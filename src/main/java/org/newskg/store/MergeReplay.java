package org.newskg.store;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.model.Extraction;
import org.newskg.model.Merge;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;

/**
 * What an ingest stores, rebuilt without a store, one article at a time: the article's graph as
 * written and then rewritten by the merges of later articles, and the resolution graph recording
 * those merges. For ingests that extract and link elsewhere (Spark) and bulk-load the result: it
 * runs the store's own rewriting, so the loaded store holds what ingesting into it would.
 */
public final class MergeReplay {
  private MergeReplay() {}

  /** A merge that rewrote an article graph, by its place in the batch's merges. */
  public record Touch(int merge, String graph, boolean shared) implements Serializable {}

  /** An article graph as N-Quads, and the merges that rewrote it. */
  public record ArticleGraph(String nquads, List<Touch> touches) implements Serializable {
    public ArticleGraph {
      touches = List.copyOf(touches);
    }
  }

  /**
   * The graph of a linked article once the merges that came after it are applied, in order.
   *
   * @param later the batch's merges in order, keyed by their place; those of earlier articles must not be among them
   */
  public static ArticleGraph articleGraph(Extraction linked, Map<Integer, Merge> later) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    Node graph = Iris.articleGraph(linked.article().id());
    StreamRDF sink = StreamRDFLib.dataset(dsg);
    sink.start();
    ExtractionMapper.write(linked, sink);
    sink.finish();
    List<Touch> touches = new ArrayList<>();
    later.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      Node merged = NodeFactory.createURI(e.getValue().merged());
      if (dsg.find(graph, merged, Node.ANY, Node.ANY).hasNext() || dsg.find(graph, Node.ANY, Node.ANY, merged).hasNext()) {
        touches.add(new Touch(e.getKey(), graph.getURI(), ActorCuration.rewriteGraph(dsg, graph, e.getValue())));
      }
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, dsg, Lang.NQUADS);
    return new ArticleGraph(out.toString(StandardCharsets.UTF_8), touches);
  }

  /**
   * The resolution graph after the batch's merges, as N-Quads: each merge recorded at {@code at}
   * by newskg with the article graphs it rewrote.
   */
  public static String resolutionGraph(List<Merge> merges, List<Touch> touches, Instant at) {
    Map<Integer, List<Touch>> byMerge = touches.stream().collect(Collectors.groupingBy(Touch::merge));
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    for (int i = 0; i < merges.size(); i++) {
      Set<Node> rewrote = new LinkedHashSet<>();
      Set<Node> shared = new LinkedHashSet<>();
      for (Touch touch : byMerge.getOrDefault(i, List.of())) {
        rewrote.add(NodeFactory.createURI(touch.graph()));
        if (touch.shared()) {
          shared.add(NodeFactory.createURI(touch.graph()));
        }
      }
      ActorCuration.record(dsg, merges.get(i), ActorCuration.AUTOMATIC, at, rewrote, shared);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, dsg, Lang.NQUADS);
    return out.toString(StandardCharsets.UTF_8);
  }
}
