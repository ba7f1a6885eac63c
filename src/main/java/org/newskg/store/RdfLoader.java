package org.newskg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.system.Txn;

/**
 * Loads files of quads (N-Quads or TriG, gzipped or not) into a store: newskg's own exports, or
 * the shards a distributed run wrote. Every file is checked whole first, so a malformed one is
 * reported by name and left out while the others load.
 */
final class RdfLoader {
  /** What a load did: files loaded, and one line per file that was not. */
  record Result(int files, List<String> failures) {}

  private RdfLoader() {}

  static Result load(KnowledgeStore store, List<Path> files, boolean bulk) {
    List<Path> valid = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      String problem = check(file);
      if (problem == null) {
        valid.add(file);
      } else {
        failures.add(file + ": " + problem);
      }
    }
    if (valid.isEmpty()) {
      return new Result(0, failures);
    }
    if (bulk) {
      try (KnowledgeStore.BulkLoad load = store.bulkLoad()) {
        for (Path file : valid) {
          RDFParser.source(file.toString()).parse(load.stream());
        }
        load.commit();
      }
      store.rebuildSummary();
      return new Result(valid.size(), failures);
    }
    int loaded = 0;
    for (Path file : valid) {
      try {
        Txn.executeWrite(store.dataset(), () -> RDFParser.source(file.toString()).parse(store.datasetGraph()));
        loaded++;
      } catch (RiotException e) {
        failures.add(file + ": " + e.getMessage());
      }
    }
    store.rebuildSummary();
    return new Result(loaded, failures);
  }

  /** Why a file cannot be loaded, or null when it can. */
  private static String check(Path file) {
    Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString().replaceFirst("\\.gz$", ""));
    if (lang == null || !RDFLanguages.isQuads(lang)) {
      return "not a file of quads (N-Quads .nq or TriG .trig expected, gzipped or not)";
    }
    try {
      RDFParser.source(file.toString()).parse(StreamRDFLib.sinkNull());
      return null;
    } catch (RiotException e) {
      return "malformed " + lang.getLabel() + ": " + e.getMessage();
    } catch (RuntimeException e) {
      return "cannot read: " + e.getMessage();
    }
  }
}
