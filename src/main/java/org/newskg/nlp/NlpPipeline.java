package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newskg.lexicon.DataFiles;
import org.newskg.lexicon.Gazetteer;
import org.newskg.model.Article;
import org.newskg.text.Boilerplate;
import org.newskg.text.Datelines;

/**
 * The one place newskg builds a CoreNLP pipeline. Loading the models takes tens of seconds and
 * gigabytes, so callers build one instance per JVM and share it; {@link #annotate} is safe to
 * call from several threads. CoreNLP's annotators keep no per-document state, except the quote
 * annotator: its attribution keeps the document's people in a field, so two articles annotated
 * at once would swap speakers. It runs apart, one article at a time; it is a small share of the work.
 */
public final class NlpPipeline {
  private static final String PROPERTIES = "corenlp.properties";
  private static final String REGEXNER_MAPPING = "ner.additional.regexner.mapping";

  private static final String QUOTE = "quote";

  private final StanfordCoreNLP coreNlp;
  /** The quote annotator when the pipeline has one, else null; used under its own lock. */
  private final StanfordCoreNLP quotes;
  private final Properties properties;
  /** Rebuilds the NER's entity mentions after NerRepairs retags tokens. */
  private final EntityMentionsAnnotator entityMentions;

  private NlpPipeline(Properties properties) {
    this.properties = properties;
    this.entityMentions = new EntityMentionsAnnotator("ner.entitymentions", properties);
    // CoreNLP logs through Redwood; route it to SLF4J so that Log4j 2 decides what is shown.
    RedwoodConfiguration.slf4j().apply();
    List<String> annotators = Arrays.stream(properties.getProperty("annotators").split(","))
        .map(String::strip)
        .collect(Collectors.toCollection(ArrayList::new));
    if (annotators.remove(QUOTE)) {
      Properties main = new Properties();
      main.putAll(properties);
      main.setProperty("annotators", String.join(",", annotators));
      this.coreNlp = new StanfordCoreNLP(main);
      Properties quote = new Properties();
      quote.putAll(properties);
      quote.setProperty("annotators", QUOTE);
      // The document comes annotated by the main pipeline, which the quote annotator requires.
      this.quotes = new StanfordCoreNLP(quote, false);
    } else {
      this.coreNlp = new StanfordCoreNLP(properties);
      this.quotes = null;
    }
  }

  /** Builds the pipeline described by the bundled {@code corenlp.properties}. */
  public static NlpPipeline create() {
    return create(Map.of());
  }

  /**
   * The bundled pipeline with some CoreNLP properties changed ("annotators", "coref.algorithm"):
   * for measuring what each annotator costs and brings, not for production use.
   */
  public static NlpPipeline create(Map<String, String> overrides) {
    Properties props = defaultProperties();
    overrides.forEach(props::setProperty);
    return new NlpPipeline(props);
  }

  static Properties defaultProperties() {
    Properties props = new Properties();
    try (InputStream in = NlpPipeline.class.getResourceAsStream(PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + PROPERTIES);
      }
      props.load(in);
      props.setProperty(REGEXNER_MAPPING, uncommented(props.getProperty(REGEXNER_MAPPING)).toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }

  /**
   * CoreNLP's RegexNER reads no comments, and ours are documentation: hand it a copy without them,
   * plus every name and acronym of the organizations gazetteer, which the statistical NER often
   * tags as places or demonyms ("African/NATIONALITY Union/CITY") or misses ("AU"), and every
   * capital of the countries gazetteer, whose current spellings its models may not know ("Kyiv"),
   * and every country name or demonym of several words, which it splits ("South Sudan", "West
   * German"), and the demonyms of former states ("Soviet").
   */
  private static Path uncommented(String resource) throws IOException {
    Path copy = Files.createTempFile("newskg-regexner", ".tab");
    copy.toFile().deleteOnExit();
    List<String> lines = new ArrayList<>(DataFiles.lines("/" + resource));
    Set<String> patterns = lines.stream().map(l -> l.split("\t")[0]).collect(Collectors.toCollection(HashSet::new));
    for (List<String> forms : Gazetteer.organizationNames()) {
      addNames(lines, patterns, forms, "ORGANIZATION", ORGANIZATION_OVERWRITES);
    }
    List<String> capitals = Gazetteer.capitals();
    addNames(lines, patterns, capitals.stream().filter(c -> c.contains(" ")).toList(), "CITY", MULTIWORD_CAPITAL_OVERWRITES);
    addNames(lines, patterns, capitals, "CITY", CAPITAL_OVERWRITES);
    addNames(lines, patterns, Gazetteer.multiWordCountryNames(), "COUNTRY", COUNTRY_OVERWRITES);
    addNames(lines, patterns, Gazetteer.demonymsTheNerMisses(), "NATIONALITY", COUNTRY_OVERWRITES);
    Files.write(copy, lines, StandardCharsets.UTF_8);
    return copy;
  }

  private static void addNames(List<String> lines, Set<String> patterns, List<String> names, String nerClass, String overwrites) {
    names.stream()
        // "Lord's Resistance Army" is tokenized "Lord 's Resistance Army"; other apostrophes the
        // tokenizer may keep or split ("Côte d'Ivoire")
        .filter(name -> name.length() > 1 && !POSSESSIVE.matcher(name).replaceAll("$1").contains("'"))
        // "March 23 Movement": SUTime has made "March 23" a date the pattern cannot take over, and
        // a name tagged in two pieces becomes two actors; the statistical NER reads it whole
        .filter(name -> !(name.contains(" ") && name.matches(".*\\d.*")))
        .filter(name -> patterns.add(tokenPattern(name)))
        .forEach(name -> lines.add(tokenPattern(name) + "\t" + nerClass + "\t" + overwrites + "\t1"));
  }

  /** The tags a gazetteer organization name may replace: the statistical NER's usual mistakes. */
  private static final String ORGANIZATION_OVERWRITES = "O,PERSON,LOCATION,CITY,STATE_OR_PROVINCE,COUNTRY,NATIONALITY,MISC,IDEOLOGY,RELIGION";
  /** A country's whole name replaces the pieces the statistical NER made of it ("South/LOCATION Sudan"). */
  private static final String COUNTRY_OVERWRITES = "O,LOCATION,CITY,STATE_OR_PROVINCE,COUNTRY,NATIONALITY,MISC,IDEOLOGY,ORGANIZATION";
  /** A capital only fills a gap: where the NER saw a person or an organization, it stays one. */
  private static final String CAPITAL_OVERWRITES = "O";
  /** A possessive inside a name, a token of its own: "Lord's", "Soldiers'". */
  private static final Pattern POSSESSIVE = Pattern.compile("(\\p{L})('s?)(?=\\s|$)");
  /** A capital of several words is no one's name: "Addis Ababa released a communique" (NER: a person). */
  private static final String MULTIWORD_CAPITAL_OVERWRITES = "O,PERSON";

  /**
   * RegexNER reads each space-separated token as a regular expression, so "U.N." must match itself.
   */
  private static String tokenPattern(String name) {
    return Arrays.stream(POSSESSIVE.matcher(name).replaceAll("$1 $2").split("\\s+"))
        .map(t -> t.replaceAll("([.()\\[\\]|?*+^$\\\\-])", "\\\\$1"))
        .collect(Collectors.joining(" "));
  }

  /** CoreNLP's seconds per annotator and tokens annotated since this pipeline was built. */
  public AnnotatorTimes timing() {
    AnnotatorTimes times = AnnotatorTimes.parse(coreNlp.timingInformation());
    return quotes == null ? times : times.plus(AnnotatorTimes.parse(quotes.timingInformation()));
  }

  /** CoreNLP alone with the same annotators and settings (and the same loaded models). */
  public BareCoreNlp bare() {
    return new BareCoreNlp(properties);
  }

  /** The annotators this pipeline runs, in order. */
  public String annotators() {
    return properties.getProperty("annotators");
  }

  /** Annotates one article; its date, when known, anchors relative dates ("on Monday"). */
  public AnnotatedArticle annotate(Article article) {
    // Datelines and boilerplate stay in the stored text but are no part of what is analysed.
    Annotation document = new Annotation(Boilerplate.blank(Datelines.blank(article.text())));
    LocalDate date = article.date();
    if (date != null) {
      document.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    coreNlp.annotate(document);
    LemmaRepairs.apply(document);
    ParseRepairs.apply(document);
    if (NerRepairs.apply(document)) {
      entityMentions.annotate(document);
    }
    if (quotes != null) {
      synchronized (quotes) {
        quotes.annotate(document);
      }
    }
    return new AnnotatedArticle(article, document);
  }
}
