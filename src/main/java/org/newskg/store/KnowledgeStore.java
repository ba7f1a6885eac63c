package org.newskg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.jena.vocabulary.RDF;
import org.newskg.model.ActorRegistry;
import org.newskg.model.ActorType;
import org.newskg.model.Extraction;
import org.newskg.model.Merge;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Vocab;

/**
 * The TDB2 store: one named graph per article, each written in its own write transaction so that a
 * failure or a crash never leaves part of an article behind.
 */
public final class KnowledgeStore implements AutoCloseable {
  /** Facts written or replaced since the summary was last refreshed (written by one thread at a time). */
  private final Set<Triple> staleFacts = java.util.Collections.synchronizedSet(new HashSet<>());
  /** Event blocks (type and month) whose real events the articles written since the last refresh touch, and those articles' graphs. */
  private final Set<String> staleBlocks = java.util.Collections.synchronizedSet(new HashSet<>());
  private final Set<Node> staleGraphs = java.util.Collections.synchronizedSet(new HashSet<>());
  /** Whether only a whole rebuild brings the summary up to date (after a merge or a bulk load). */
  private volatile boolean summaryStale;

  private final Dataset dataset;
  private final Path location;

  private KnowledgeStore(Dataset dataset, Path location) {
    this.dataset = dataset;
    this.location = location;
  }

  /** Opens the store in a directory, creating it on first use. */
  public static KnowledgeStore open(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create store directory " + directory + ": " + e.getMessage(), e);
    }
    if (!Files.isWritable(directory)) {
      throw new StoreException("store directory is not writable: " + directory);
    }
    try {
      return new KnowledgeStore(TDB2Factory.connectDataset(directory.toString()), directory);
    } catch (org.apache.jena.dboe.DBOpEnvException e) {
      // TDB2 allows one process per store; the other is most often a running 'newskg serve'.
      throw new StoreException("the store " + directory + " is in use by another process (" + e.getMessage()
          + "); stop it first (a running 'newskg serve' answers queries over HTTP meanwhile)", e);
    }
  }

  public Path location() {
    return location;
  }

  /**
   * The underlying TDB2 dataset, for the SPARQL server, which runs its own transactions. Not for
   * writing around this class.
   */
  public DatasetGraph datasetGraph() {
    return dataset.asDatasetGraph();
  }

  /**
   * Replaces a named graph with what {@code producer} sends to the stream, in one transaction:
   * on any exception nothing of it is stored and the old graph stays.
   */
  public void replaceGraph(Node graphName, Consumer<StreamRDF> producer) {
    Txn.executeWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      dsg.removeGraph(graphName);
      StreamRDF sink = StreamRDFLib.dataset(dsg);
      sink.start();
      producer.accept(sink);
      sink.finish();
    });
  }

  /** Writes one article's extraction as its named graph, replacing any earlier version of it. */
  public void replaceArticle(Extraction extraction) {
    replaceArticle(extraction, List.of());
  }

  /**
   * Applies the merges cross-article resolution found, then writes the article's graph, all in one
   * transaction: a failure leaves neither the merges nor the article behind.
   */
  public void replaceArticle(Extraction extraction, List<Merge> merges) {
    replaceArticles(List.of(new ArticleWrite(extraction, merges)));
  }

  /** One article to write: its extraction and the merges cross-article resolution found for it. */
  public record ArticleWrite(Extraction extraction, List<Merge> merges) {}

  /**
   * Writes several articles, each as {@link #replaceArticle(Extraction, List)} would, in one
   * transaction (group commit): TDB2 pays its disk growth and its sync once for them all. All or
   * nothing: a failure leaves none of them behind.
   */
  public void replaceArticles(List<ArticleWrite> writes) {
    Set<Triple> touched = new HashSet<>();
    Set<String> blocks = new HashSet<>();
    Set<Node> graphs = new HashSet<>();
    boolean[] merged = {false};
    Txn.executeWrite(dataset, () -> {
      touched.clear();
      blocks.clear();
      graphs.clear();
      merged[0] = false;
      DatasetGraph dsg = dataset.asDatasetGraph();
      Instant now = Instant.now();
      for (ArticleWrite write : writes) {
        Node graphName = Iris.articleGraph(write.extraction().article().id());
        write.merges().forEach(m -> ActorCuration.merge(dsg, m, ActorCuration.AUTOMATIC, now));
        merged[0] |= !write.merges().isEmpty();
        touched.addAll(SummaryView.factsOf(dsg, graphName));
        blocks.addAll(EventSummary.blocksOf(dsg, graphName));
        dsg.removeGraph(graphName);
        StreamRDF sink = StreamRDFLib.dataset(dsg);
        sink.start();
        ExtractionMapper.write(write.extraction(), sink);
        sink.finish();
        touched.addAll(SummaryView.factsOf(dsg, graphName));
        blocks.addAll(EventSummary.blocksOf(dsg, graphName));
        graphs.add(graphName);
      }
    });
    if (merged[0]) {
      // A merge rewrites facts of other articles too.
      summaryStale = true;
    } else {
      staleFacts.addAll(touched);
      staleBlocks.addAll(blocks);
      staleGraphs.addAll(graphs);
    }
  }

  /**
   * Brings the summary graph up to date with the articles written since the last refresh: only
   * their facts are recomputed, unless a merge or a bulk load calls for a whole rebuild.
   */
  public SummaryRefresh refreshSummary() {
    return Txn.calculateWrite(dataset, () -> {
      long start = System.nanoTime();
      if (summaryStale) {
        rebuildSummary(dataset.asDatasetGraph());
        return new SummaryRefresh(true, System.nanoTime() - start);
      }
      SummaryView.update(dataset.asDatasetGraph(), Set.copyOf(staleFacts));
      long events = System.nanoTime();
      EventSummary.update(dataset.asDatasetGraph(), Set.copyOf(staleBlocks), Set.copyOf(staleGraphs));
      long linked = System.nanoTime() - events;
      staleFacts.clear();
      staleBlocks.clear();
      staleGraphs.clear();
      return new SummaryRefresh(false, linked);
    });
  }

  /**
   * @param rebuilt whether the whole summary was rebuilt (after a merge or a bulk load)
   * @param eventLinkingNanos the time spent linking events across articles, the whole rebuild's when rebuilt
   */
  public record SummaryRefresh(boolean rebuilt, long eventLinkingNanos) {}

  /**
   * Rewrites the store into a new generation without the space old transactions left behind (TDB2
   * never overwrites in place, so a store written one article at a time grows well beyond its
   * data), and deletes the old generation. Queries may run meanwhile.
   */
  public void compact() {
    DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    recordLiveSize();
  }

  /** What an automatic compaction did: the store's size on disk before and after. */
  public record Compaction(long bytesBefore, long bytesAfter) {}

  /**
   * Compacts the store when its dead space, the disk it takes beyond its live data, exceeds both
   * its live data and {@link #MIN_DEAD_BYTES}: TDB2 appends on every commit, and a store written
   * transaction by transaction would otherwise grow without bound. The live size is estimated from
   * the store's quads and the bytes a quad took after the last compaction (a measured default
   * before the first).
   */
  public Optional<Compaction> compactIfWorthwhile() {
    return compactIfWorthwhile(MIN_DEAD_BYTES);
  }

  Optional<Compaction> compactIfWorthwhile(long minDeadBytes) {
    long before = diskBytes(location);
    long live = estimatedLiveBytes();
    if (before - live <= Math.max(live, minDeadBytes)) {
      return Optional.empty();
    }
    compact();
    return Optional.of(new Compaction(before, diskBytes(location)));
  }

  /** Dead space below this is never worth a compaction's rewrite of the store. */
  public static final long MIN_DEAD_BYTES = 32L << 20;
  /** Bytes a quad takes in a compacted store, measured here on the development articles (PERFORMANCE.md). */
  static final double DEFAULT_BYTES_PER_QUAD = 180;
  private static final String SIZE_FILE = "newskg-compaction.properties";

  /** The live data's size: the store's quads times the bytes a quad took after the last compaction. */
  long estimatedLiveBytes() {
    double perQuad = DEFAULT_BYTES_PER_QUAD;
    java.util.Properties recorded = new java.util.Properties();
    try (var in = Files.newInputStream(location.resolve(SIZE_FILE))) {
      recorded.load(in);
      perQuad = Double.parseDouble(recorded.getProperty("bytesPerQuad", String.valueOf(DEFAULT_BYTES_PER_QUAD)));
    } catch (java.io.IOException | NumberFormatException e) {
      // Never compacted by this version: the default.
    }
    return (long) (perQuad * quadCount());
  }

  private long quadCount() {
    return Txn.calculateRead(dataset, () -> {
      long n = 0;
      for (var it = dataset.asDatasetGraph().find(); it.hasNext(); it.next()) {
        n++;
      }
      return n;
    });
  }

  /** After a compaction the store is all live data: remember what a quad takes. */
  private void recordLiveSize() {
    long quads = quadCount();
    if (quads == 0) {
      return;
    }
    java.util.Properties size = new java.util.Properties();
    size.setProperty("bytesPerQuad", String.valueOf((double) diskBytes(location) / quads));
    try (var out = Files.newOutputStream(location.resolve(SIZE_FILE))) {
      size.store(out, "newskg: the store's bytes per quad after its last compaction (for automatic compaction)");
    } catch (java.io.IOException e) {
      // The estimate falls back to the default; nothing of the store is at stake.
    }
  }

  /**
   * The disk space a directory takes, as {@code du} counts it: TDB2 files are sparse and large
   * on paper, so their lengths would overstate it. Their summed lengths where there is no du.
   */
  public static long diskBytes(Path dir) {
    try {
      Process du = new ProcessBuilder("du", "-s", "-B1", dir.toString()).redirectErrorStream(true).start();
      String out = new String(du.getInputStream().readAllBytes()).strip();
      if (du.waitFor() == 0) {
        return Long.parseLong(out.split("\\s+")[0]);
      }
    } catch (IOException | NumberFormatException e) {
      // No du here: fall back to the files' lengths.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Loads files of quads (N-Quads, TriG) into the store, with the bulk loader when {@code bulk}
   * (the store must be empty), else one transaction per file, then rebuilds the summary.
   * Returns how many files were loaded and one line per file that was not.
   */
  public LoadResult load(List<Path> files, boolean bulk) {
    RdfLoader.Result result = RdfLoader.load(this, files, bulk);
    return new LoadResult(result.files(), result.failures());
  }

  /** Files loaded, and one line ("file: problem") per file left out. */
  public record LoadResult(int files, List<String> failures) {}

  Dataset dataset() {
    return dataset;
  }

  /** Whether the store holds no article yet: the case for {@link #bulkLoad()}. */
  public boolean isEmpty() {
    return Txn.calculateRead(dataset, () -> !dataset.asDatasetGraph().find(Node.ANY, Node.ANY, RDF.Nodes.type, NKG.Article).hasNext());
  }

  /**
   * Starts loading many articles at once with TDB2's bulk loader, far faster than one transaction
   * per article. The load is one unit: {@link BulkLoad#commit()} stores every article added,
   * closing without it stores none. Only for a new or empty store: the loader adds, it replaces
   * nothing.
   */
  public BulkLoad bulkLoad() {
    if (!isEmpty()) {
      throw new StoreException("the bulk loader needs an empty store; " + location + " holds articles");
    }
    // The phased loader suits a machine of few cores; its progress goes to the log (shown with -vv).
    return new BulkLoad(LoaderFactory.phasedLoader(dataset.asDatasetGraph(), LoaderOps.outputToLog()));
  }

  /** A bulk load in progress. */
  public final class BulkLoad implements AutoCloseable {
    private final DataLoader loader;
    private final StreamRDF sink;
    private boolean done;

    private BulkLoad(DataLoader loader) {
      this.loader = loader;
      loader.startBulk();
      this.sink = loader.stream();
      sink.start();
    }

    /** Adds one article's graph to the load. */
    public void add(Extraction extraction) {
      ExtractionMapper.write(extraction, sink);
    }

    /** Where parsed quads go into the load; a parser's start and finish leave the load open. */
    StreamRDF stream() {
      return new StreamRDFWrapper(sink) {
        @Override
        public void start() {}

        @Override
        public void finish() {}
      };
    }

    public void commit() {
      sink.finish();
      loader.finishBulk();
      done = true;
      summaryStale = true;
    }

    @Override
    public void close() {
      if (!done) {
        done = true;
        loader.finishException(new StoreException("bulk load abandoned"));
      }
    }
  }

  /**
   * Article id → what its stored extraction was made from: its content fingerprint and the build
   * of newskg that extracted it ({@link #extractionKey}), for every stored article.
   */
  public Map<String, String> extractionKeys() {
    return Txn.calculateRead(dataset, () -> {
      Map<String, String> keys = new java.util.HashMap<>();
      DatasetGraph dsg = dataset.asDatasetGraph();
      dsg.find(Node.ANY, Node.ANY, NKG.fingerprint, Node.ANY).forEachRemaining(q -> {
        var ids = dsg.find(q.getGraph(), q.getSubject(), org.apache.jena.vocabulary.DCTerms.identifier.asNode(), Node.ANY);
        var builds = dsg.find(q.getGraph(), q.getSubject(), NKG.extractedWith, Node.ANY);
        if (ids.hasNext()) {
          String build = builds.hasNext() ? builds.next().getObject().getLiteralLexicalForm() : "";
          keys.put(ids.next().getObject().getLiteralLexicalForm(), extractionKey(q.getObject().getLiteralLexicalForm(), build));
        }
      });
      return keys;
    });
  }

  /** The same content extracted by the same build gives the same key: nothing to extract again. */
  public static String extractionKey(String fingerprint, String build) {
    return fingerprint + " @ " + build;
  }

  /** The actors of the store and what is recorded about their identity. */
  public ActorRegistry actorRegistry() {
    return Txn.calculateRead(dataset, () -> ActorCuration.registry(dataset.asDatasetGraph()));
  }

  /**
   * Merges actor {@code other} into {@code keep} in every article graph, recording who did it and
   * why. Both must be stored actors of the same class.
   *
   * @param curator the user name recorded as the agent, or {@link #AUTOMATIC} for newskg itself
   * @return the IRI of the merge record
   */
  public String merge(String keep, String other, String reason, String curator) {
    return Txn.calculateWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      if (keep.equals(other)) {
        throw new StoreException("cannot merge <" + keep + "> with itself");
      }
      ActorType keptType = ActorCuration.typeOf(dsg, keep).orElseThrow(() -> noActor(keep));
      ActorType otherType = ActorCuration.typeOf(dsg, other).orElseThrow(() -> noActor(other));
      if (keptType != otherType) {
        throw new StoreException("cannot merge a " + otherType.name().toLowerCase(java.util.Locale.ROOT) + " into a "
            + keptType.name().toLowerCase(java.util.Locale.ROOT) + ": <" + other + "> and <" + keep + ">");
      }
      ActorRegistry registry = ActorCuration.registry(dsg);
      Merge merge = new Merge(other, registry.actors().get(other).label(), keep, registry.actors().get(keep).label(), reason);
      Node record = ActorCuration.merge(dsg, merge, curator, Instant.now());
      rebuildSummary(dsg);
      return record.getURI();
    });
  }

  /** Applies merges found by {@code newskg resolve}, in one transaction, and rebuilds the summary. */
  public void applyMerges(List<Merge> merges) {
    Txn.executeWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      Instant now = Instant.now();
      for (Merge merge : merges) {
        // An earlier merge of this run may have replaced the survivor already.
        if (ActorCuration.holdsActor(dsg, merge.merged()) && ActorCuration.holdsActor(dsg, merge.surviving())) {
          ActorCuration.merge(dsg, merge, ActorCuration.AUTOMATIC, now);
        }
      }
      rebuildSummary(dsg);
    });
  }

  /** The outcome of a split: which article graphs got the actor back and which could not. */
  public record Split(String record, String restored, String from, List<String> restoredGraphs, List<String> unseparatedGraphs) {}

  /** Undoes the latest merge of {@code mergedIri}; see {@code newskg split}. */
  public Split split(String mergedIri, String curator) {
    return Txn.calculateWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      Split result = ActorCuration.split(dsg, mergedIri, curator, Instant.now());
      rebuildSummary(dsg);
      return result;
    });
  }

  /**
   * @param record the nkg:EventMerge record
   * @param realEvent the real event that now holds the reports of both
   */
  public record EventMerge(String record, String realEvent, int reports) {}

  /**
   * @param record the nkg:EventSplit record
   * @param was the real event the report was linked to (real event IRIs follow their earliest report, so it may be gone)
   * @param realEvent the real event the separated report now belongs to
   * @param others the real event of the reports it was parted from
   */
  public record EventSplit(String record, String report, String was, String realEvent, String others, int otherReports) {}

  /** Whether an IRI names an event (a real event of the summary, or an article's event) rather than an actor. */
  public static boolean isEventIri(String iri) {
    return EventCuration.isEventIri(iri);
  }

  /**
   * Makes two real events one (each given as a real event or one of its reports), recording who
   * did it and why; both must be of one event type and month.
   */
  public EventMerge mergeEvents(String keep, String other, String reason, String curator) {
    return Txn.calculateWrite(dataset, () -> EventCuration.merge(dataset.asDatasetGraph(), keep, other, reason, curator, Instant.now()));
  }

  /** Parts an article's event from the real event it was linked to, recording who did it. */
  public EventSplit splitEvent(String report, String curator) {
    return Txn.calculateWrite(dataset, () -> EventCuration.split(dataset.asDatasetGraph(), report, curator, Instant.now()));
  }

  /** Rebuilds the summary graph from the article graphs; returns its number of distinct facts. */
  public int rebuildSummary() {
    return Txn.calculateWrite(dataset, () -> rebuildSummary(dataset.asDatasetGraph()));
  }

  /** A whole rebuild, in the caller's write transaction: nothing is left to refresh after it. */
  private int rebuildSummary(DatasetGraph dsg) {
    int facts = SummaryView.rebuild(dsg);
    EventSummary.rebuild(dsg);
    summaryStale = false;
    staleFacts.clear();
    staleBlocks.clear();
    staleGraphs.clear();
    return facts;
  }

  private StoreException noActor(String iri) {
    return new StoreException("no actor <" + iri + "> in the store " + location);
  }

  /** The curator name of merges newskg makes on its own. */
  public static final String AUTOMATIC = ActorCuration.AUTOMATIC;

  /**
   * Runs a query in a read transaction and hands the execution to {@code reader}, which must
   * consume its results before returning.
   *
   * @param unionDefaultGraph whether the default graph is the union of all named graphs
   */
  public <T> T query(Query query, boolean unionDefaultGraph, Function<QueryExecution, T> reader) {
    return Txn.calculateRead(dataset, () -> {
      try (QueryExecution exec = QueryExecution.dataset(dataset).query(query)
          .set(TDB2.symUnionDefaultGraph, unionDefaultGraph).build()) {
        return reader.apply(exec);
      }
    });
  }

  /**
   * Writes the store, or one named graph, in an RDF format. Formats without named graphs
   * (Turtle, N-Triples, RDF/XML) get the union of all graphs.
   */
  public void export(OutputStream out, ExportFormat format, Optional<String> graphIri) {
    Txn.executeRead(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      Optional<Node> graphName = graphIri.map(NodeFactory::createURI);
      if (graphName.isPresent() && !dsg.containsGraph(graphName.get())) {
        throw new StoreException("no graph <" + graphIri.get() + "> in the store " + location);
      }
      if (format.holdsNamedGraphs()) {
        DatasetGraph selected = DatasetGraphFactory.createGeneral();
        selected.prefixes().putAll(Vocab.PREFIXES.getNsPrefixMap());
        if (graphName.isPresent()) {
          selected.addGraph(graphName.get(), dsg.getGraph(graphName.get()));
        } else {
          dsg.listGraphNodes().forEachRemaining(g -> selected.addGraph(g, dsg.getGraph(g)));
        }
        if (format == ExportFormat.JSONLD) {
          JsonLdExport.write(selected, out);
        } else {
          RDFWriter.source(selected).format(format.rdfFormat()).output(out);
        }
      } else {
        Graph source = graphName.map(dsg::getGraph).orElseGet(dsg::getUnionGraph);
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(Vocab.PREFIXES);
        source.find().forEachRemaining(graph::add);
        RDFWriter.source(graph).format(format.rdfFormat()).output(out);
      }
    });
  }

  /**
   * Runs a SELECT over the union of the article graphs and returns its rows as plain strings
   * (IRIs as IRIs, literals as their lexical form), for callers that know no RDF.
   */
  public List<Map<String, String>> selectRows(String sparql) {
    return query(QueryFactory.create(sparql), true, exec -> {
      List<Map<String, String>> rows = new java.util.ArrayList<>();
      exec.execSelect().forEachRemaining(solution -> {
        Map<String, String> row = new LinkedHashMap<>();
        solution.varNames().forEachRemaining(v -> {
          var node = solution.get(v);
          row.put(v, node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
        });
        rows.add(row);
      });
      return rows;
    });
  }

  /** Copies the store into an in-memory dataset, for tests and validation. */
  public DatasetGraph snapshot() {
    return Txn.calculateRead(dataset, () -> {
      DatasetGraph copy = DatasetGraphFactory.createTxnMem();
      dataset.asDatasetGraph().find().forEachRemaining(copy::add);
      return copy;
    });
  }

  @Override
  public void close() {
    dataset.close();
    // Release the directory so that another process, or another open in this JVM, can use it.
    org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
  }
}
