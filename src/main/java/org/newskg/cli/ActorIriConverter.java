package org.newskg.cli;

import org.newskg.model.ActorIris;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An actor IRI on the command line: in full, or as {@code actor:person/john-kirby}. */
final class ActorIriConverter implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    String iri = value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value;
    if (iri.startsWith("actor:")) {
      iri = ActorIris.NS + iri.substring("actor:".length());
    }
    if (!iri.startsWith(ActorIris.NS)) {
      throw new TypeConversionException("'" + value + "' is not a newskg actor IRI (" + ActorIris.NS + "CLASS/NAME or actor:CLASS/NAME)");
    }
    return iri;
  }
}
