package org.newskg.serve;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.update.UpdateException;

/**
 * SPARQL Update without LOAD: a served store must never fetch from the network on a client's
 * behalf. ARQ's update engine, with LOAD refused, for the datasets whose context asks for it.
 */
final class NoLoadUpdates implements UpdateEngineFactory {
  private static final Symbol NO_LOAD = Symbol.create("https://w3id.org/newskg/ontology#noLoad");
  private static final NoLoadUpdates FACTORY = new NoLoadUpdates();

  private NoLoadUpdates() {}

  /** Marks a dataset's context so that its updates refuse LOAD. */
  static void forbidLoad(Context context) {
    context.set(NO_LOAD, true);
    synchronized (FACTORY) {
      if (!UpdateEngineRegistry.containsFactory(FACTORY)) {
        UpdateEngineRegistry.addFactory(FACTORY);
      }
    }
  }

  @Override
  public boolean accept(DatasetGraph dataset, Context context) {
    return context != null && context.isTrue(NO_LOAD) || dataset.getContext() != null && dataset.getContext().isTrue(NO_LOAD);
  }

  @Override
  public UpdateEngine create(DatasetGraph dataset, Context context) {
    return new UpdateEngineMain(dataset, context) {
      @Override
      protected UpdateVisitor prepareWorker() {
        return new UpdateEngineWorker(dataset, context) {
          @Override
          public void visit(UpdateLoad load) {
            throw new UpdateException("LOAD is disabled on this server: load data with 'newskg ingest'");
          }
        };
      }
    };
  }
}
