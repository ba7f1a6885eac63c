package org.newskg.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.model.ActorType;

/**
 * Canonical names of countries and well-known organizations and every other form news uses for
 * them: alternative names, acronyms, demonyms, capitals. Loaded once from the data files
 * {@code countries.tsv}, {@code former-states.tsv}, {@code aliases.tsv} and
 * {@code organizations.tsv}; immutable.
 */
public final class Gazetteer {
  /**
   * A known actor: its canonical name, class and, for countries, the ISO 3166 code and Wikidata
   * id (null when the data file gives none).
   */
  public record Entry(String name, ActorType type, String isoCode, String wikidata) {}

  private static final String DIR = "/org/newskg/lexicon/";
  private static final String COUNTRIES = DIR + "countries.tsv";
  private static final String FORMER_STATES = DIR + "former-states.tsv";
  private static final String ORGANIZATIONS = DIR + "organizations.tsv";
  private static final String ARMED_SERVICES = DIR + "armed-services.tsv";
  // Columns of countries.tsv (see its header).
  private static final int ALTERNATIVES = 2;
  private static final int DEMONYMS = 3;
  private static final int CAPITALS = 4;
  private static final int WIKIDATA = 5;

  private final Map<String, Entry> byName;
  private final Map<String, Entry> byDemonym;
  private final Map<String, Entry> byCapital;

  private Gazetteer(Map<String, Entry> byName, Map<String, Entry> byDemonym, Map<String, Entry> byCapital) {
    this.byName = Map.copyOf(byName);
    this.byDemonym = Map.copyOf(byDemonym);
    this.byCapital = Map.copyOf(byCapital);
  }

  /** The bundled gazetteer. */
  public static Gazetteer load() {
    Map<String, Entry> names = new HashMap<>();
    Map<String, Entry> demonyms = new HashMap<>();
    Map<String, Entry> capitals = new HashMap<>();
    Map<String, Entry> countries = new HashMap<>();
    for (List<String> row : DataFiles.rows(COUNTRIES)) {
      addCountry(row, names, demonyms, capitals, countries);
    }
    for (List<String> row : DataFiles.rows(FORMER_STATES)) {
      addCountry(row, names, demonyms, capitals, countries);
    }
    for (List<String> row : DataFiles.rows(DIR + "aliases.tsv")) {
      Entry country = countries.get(row.get(0));
      if (country == null) {
        throw new IllegalStateException("aliases.tsv names an unknown country: " + row.get(0));
      }
      DataFiles.split(row, 1).forEach(alt -> names.put(key(alt), country));
      // a demonym two states share goes to the one news means by it ("Dominican": the Dominican Republic)
      DataFiles.split(row, 2).forEach(demonym -> demonyms.put(key(demonym), country));
      DataFiles.split(row, 3).forEach(cap -> capitals.put(key(cap), country));
    }
    for (List<String> forms : organizationNames()) {
      Entry org = new Entry(forms.get(0), ActorType.ORGANIZATION, null, null);
      names.put(key(org.name()), org);
      forms.subList(1, forms.size()).forEach(alt -> names.putIfAbsent(key(alt), org));
    }
    return new Gazetteer(names, demonyms, capitals);
  }

  /** One row of countries.tsv or former-states.tsv; forms already taken keep their country. */
  private static void addCountry(List<String> row, Map<String, Entry> names, Map<String, Entry> demonyms,
      Map<String, Entry> capitals, Map<String, Entry> countries) {
    String iso = row.get(1).strip().equals("-") ? null : row.get(1).strip();
    Entry country = new Entry(row.get(0), ActorType.COUNTRY, iso, DataFiles.split(row, WIKIDATA).stream().findFirst().orElse(null));
    countries.put(country.name(), country);
    names.put(key(country.name()), country);
    DataFiles.split(row, ALTERNATIVES).forEach(alt -> names.putIfAbsent(key(alt), country));
    // A demonym two countries share ("Congolese") stays with the first, the larger in news.
    for (String demonym : DataFiles.split(row, DEMONYMS)) {
      demonyms.putIfAbsent(key(demonym), country);
      demonyms.putIfAbsent(key(plural(demonym)), country);
    }
    // "Washington D.C." is written "Washington" when it stands for the government.
    DataFiles.split(row, CAPITALS).forEach(cap -> capitals.putIfAbsent(key(cap.replace(" D.C.", "")), country));
  }

  /** Every organization's forms as the data file spells them, the canonical name first ("United Nations", "UN", "U.N."). */
  public static List<List<String>> organizationNames() {
    List<List<String>> organizations = new ArrayList<>();
    for (List<String> row : DataFiles.rows(ORGANIZATIONS)) {
      List<String> forms = new ArrayList<>(List.of(row.get(0)));
      forms.addAll(DataFiles.split(row, 1));
      organizations.add(List.copyOf(forms));
    }
    return organizations;
  }

  /**
   * Every country name of more than one word, with its alternatives ("South Sudan", "Democratic
   * Republic of Congo"): the statistical NER splits them ("South/LOCATION Sudan/COUNTRY"), and a
   * part alone names another country; the whole name must win.
   */
  public static List<String> multiWordCountryNames() {
    List<String> names = new ArrayList<>();
    for (List<String> row : countryRows()) {
      names.add(row.get(0));
      names.addAll(DataFiles.split(row, ALTERNATIVES));
    }
    return names.stream().filter(n -> n.contains(" ") && !n.contains(",")).toList();
  }

  /**
   * Demonyms the statistical NER gets wrong: those of more than one word, which it splits ("West
   * German", "South Sudanese"), and those of former states, which it may not know ("Soviet").
   */
  public static List<String> demonymsTheNerMisses() {
    List<String> demonyms = new ArrayList<>(DataFiles.rows(FORMER_STATES).stream().flatMap(row -> DataFiles.split(row, DEMONYMS).stream()).toList());
    DataFiles.rows(COUNTRIES).stream().flatMap(row -> DataFiles.split(row, DEMONYMS).stream()).filter(d -> d.contains(" ")).forEach(demonyms::add);
    return demonyms.stream().distinct().toList();
  }

  /** The demonyms news writes beside the generated list's ("Kazakh", "Azeri"): aliases.tsv's. */
  public static List<String> aliasDemonyms() {
    return DataFiles.rows(DIR + "aliases.tsv").stream().flatMap(row -> DataFiles.split(row, 2).stream()).distinct().toList();
  }

  /**
   * Every name a state goes by before the name of one of its armed services ("Sri Lanka Army",
   * "Salvadoran Air Force", and of states gone: "the Soviet Army", "the Yugoslav Army"): its names,
   * alternative names and demonyms.
   */
  public static Set<String> stateNamesAndDemonyms() {
    Set<String> states = new HashSet<>();
    for (List<String> row : countryRows()) {
      states.add(row.get(0));
      states.addAll(DataFiles.split(row, ALTERNATIVES));
      states.addAll(DataFiles.split(row, DEMONYMS));
    }
    // "Philippine National Police", "Kazakh Border Guard"
    states.addAll(aliasDemonyms());
    states.removeIf(state -> state.contains(","));
    return Set.copyOf(states);
  }

  /** The names of a state's armed services as they follow its name ("Army", "Air Force"). */
  public static List<String> armedServices() {
    return DataFiles.lines(ARMED_SERVICES);
  }

  private static List<List<String>> countryRows() {
    List<List<String>> rows = new ArrayList<>(DataFiles.rows(COUNTRIES));
    rows.addAll(DataFiles.rows(FORMER_STATES));
    return rows;
  }

  /** Every country's capitals as the data file spells them ("Kyiv", "Washington D.C."). */
  public static List<String> capitals() {
    return DataFiles.rows(COUNTRIES).stream().flatMap(row -> DataFiles.split(row, CAPITALS).stream()).toList();
  }

  /** The actor a name, acronym or alternative name stands for ("U.S.", "IDF", "Britain"). */
  public Optional<Entry> byName(String surface) {
    return Optional.ofNullable(byName.get(key(surface)));
  }

  /** The country a demonym stands for ("Israeli", "Americans"). */
  public Optional<Entry> byDemonym(String surface) {
    return Optional.ofNullable(byDemonym.get(key(surface)));
  }

  /** The country whose capital this is ("Tehran" → Iran), for metonymic use. */
  public Optional<Entry> byCapital(String surface) {
    return Optional.ofNullable(byCapital.get(key(surface)));
  }

  private static String plural(String demonym) {
    return demonym.endsWith("sh") || demonym.endsWith("ese") || demonym.endsWith("ch") ? demonym : demonym + "s";
  }

  /** Keys ignore a leading article, case, periods and accents: "the U.S." = "US", "BOGOTA" = "Bogotá". */
  static String key(String surface) {
    String s = surface.strip();
    if (s.regionMatches(true, 0, "the ", 0, 4)) {
      s = s.substring(4);
    }
    return ACCENTS.matcher(Normalizer.normalize(s.replace(".", ""), Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }

  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
}
