package org.newskg.store;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.jena.riot.system.jsonld.JenaToTitanium;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * JSON-LD as notebook users read it: compacted with newskg's published context
 * ({@code ontology/context.jsonld}), embedded so that no reader has to fetch it ("label",
 * "killedBy", "beginOffset" instead of full IRIs). Named graphs stay as {@code @graph} objects.
 */
final class JsonLdExport {
  private static final String CONTEXT = "/org/newskg/ontology/context.jsonld";

  private JsonLdExport() {}

  static void write(DatasetGraph dataset, OutputStream out) {
    try {
      JsonArray expanded = JenaToTitanium.convert(dataset, new JsonLdOptions());
      JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context())).get();
      // The context first, where a reader looks for it.
      JsonObjectBuilder ordered = Json.createObjectBuilder();
      if (compacted.containsKey("@context")) {
        ordered.add("@context", compacted.get("@context"));
      }
      compacted.forEach((key, value) -> {
        if (!key.equals("@context")) {
          ordered.add(key, value);
        }
      });
      try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
        writer.writeObject(ordered.build());
      }
    } catch (JsonLdError e) {
      throw new StoreException("cannot write JSON-LD: " + e.getMessage(), e);
    }
  }

  private static JsonObject context() throws JsonLdError {
    try (InputStream in = JsonLdExport.class.getResourceAsStream(CONTEXT)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + CONTEXT);
      }
      return JsonDocument.of(in).getJsonContent().orElseThrow().asJsonObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
