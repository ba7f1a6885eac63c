package org.newskg.cli;

import org.newskg.model.ActorIris;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What a curator merges or splits, on the command line: an actor IRI in full or as
 * {@code actor:person/john-kirby}, or an event IRI (a real event of the summary, or an article's
 * event).
 */
final class CurationIriConverter implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    String iri = value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value;
    if (iri.startsWith("actor:")) {
      iri = ActorIris.NS + iri.substring("actor:".length());
    }
    if (!iri.startsWith(ActorIris.NS) && !KnowledgeStore.isEventIri(iri)) {
      throw new TypeConversionException("'" + value + "' is neither a newskg actor IRI (" + ActorIris.NS
          + "CLASS/NAME or actor:CLASS/NAME) nor an event IRI (https://w3id.org/newskg/event/KEY or "
          + "https://w3id.org/newskg/article/ID/event/N)");
    }
    return iri;
  }
}
