package org.newskg.pipeline;

import java.util.List;
import org.newskg.extract.Attribution;
import org.newskg.extract.EventExtractor;
import org.newskg.extract.MentionExtractor;
import org.newskg.extract.KbpRelations;
import org.newskg.extract.MentionOffsets;
import org.newskg.extract.ProposalExtractor;
import org.newskg.extract.RepresentedParties;
import org.newskg.extract.QuantityExtractor;
import org.newskg.extract.StatementExtractor;
import org.newskg.extract.TitleExtractor;
import org.newskg.lexicon.Gazetteer;
import org.newskg.model.Article;
import org.newskg.model.Claims;
import org.newskg.model.Event;
import org.newskg.model.Extraction;
import org.newskg.model.Statement;
import org.newskg.model.TitleFact;
import org.newskg.model.AffiliationFact;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.NlpPipeline;
import org.newskg.resolve.ActorResolver;
import org.newskg.resolve.ResolvedActors;

/**
 * Turns one article into an {@link Extraction}: annotate, find mentions, resolve actors, then read
 * posts and events off the text. Pure with respect to storage; safe to share between threads.
 */
public final class ArticleProcessor implements ArticleExtractor {
  private final NlpPipeline nlp;
  private final MentionExtractor mentions;
  private final ActorResolver resolver;
  private final TitleExtractor titles;
  private final EventExtractor events;
  private final StatementExtractor statements;
  private final QuantityExtractor quantities;
  private final ProposalExtractor proposals;
  private final StageTimes times;

  /** A processor over a new NLP pipeline: loads the models, so build one per JVM. */
  public static ArticleProcessor create() {
    return new ArticleProcessor(NlpPipeline.create());
  }

  public ArticleProcessor(NlpPipeline nlp) {
    this(nlp, StageTimes.NONE);
  }

  /** A processor that adds the time of each stage to {@code times}: what the benchmark uses. */
  public ArticleProcessor(NlpPipeline nlp, StageTimes times) {
    Gazetteer gazetteer = Gazetteer.load();
    this.times = times;
    this.nlp = nlp;
    this.mentions = new MentionExtractor(gazetteer);
    this.resolver = new ActorResolver(gazetteer);
    this.titles = TitleExtractor.load(gazetteer);
    this.events = EventExtractor.load(gazetteer);
    this.statements = StatementExtractor.load(gazetteer);
    this.quantities = QuantityExtractor.load(gazetteer);
    this.proposals = ProposalExtractor.load(gazetteer);
  }

  @Override
  public Extraction process(Article article) {
    AnnotatedArticle annotated = times.time("annotate", () -> nlp.annotate(article));
    ResolvedActors actors = times.time("actors", () -> resolver.resolve(mentions.extract(annotated)));
    TitleExtractor.Result posts = times.time("posts", () -> withKbp(titles.extract(annotated, actors), annotated, actors));
    // Statements first: an event, figure or proposal step inside one is what its speaker says.
    List<Statement> said = times.time("statements", () -> statements.extract(annotated, actors));
    Attribution attribution = Attribution.of(said);
    List<Event> stated = times.time("events",
        () -> RepresentedParties.of(events.extract(annotated, actors, attribution), posts.titles(), posts.affiliations()));
    Claims claims = times.time("figures and proposals", () -> {
      ProposalExtractor.Result offers = proposals.extract(annotated, actors, attribution);
      return new Claims(said, quantities.extract(annotated, actors, attribution, stated), offers.proposals(), offers.steps());
    });
    return new Extraction(article, actors.actors(), posts.titles(), TitleExtractor.notAgainst(posts.affiliations(), stated), stated, claims,
        MentionOffsets.of(annotated, actors.byMention()));
  }

  /** The rules' posts, and beside them those of CoreNLP's KBP annotator when the pipeline runs it. */
  private static TitleExtractor.Result withKbp(TitleExtractor.Result rules, AnnotatedArticle annotated, ResolvedActors actors) {
    KbpRelations.Found kbp = KbpRelations.of(annotated, actors);
    if (kbp.titles().isEmpty() && kbp.affiliations().isEmpty()) {
      return rules;
    }
    List<TitleFact> titles = new java.util.ArrayList<>(rules.titles());
    kbp.titles().stream().filter(k -> titles.stream().noneMatch(t -> t.person().equals(k.person())
        && t.title().equalsIgnoreCase(k.title()))).forEach(titles::add);
    List<AffiliationFact> affiliations = new java.util.ArrayList<>(rules.affiliations());
    kbp.affiliations().stream().filter(k -> affiliations.stream().noneMatch(a -> a.person().equals(k.person())
        && a.organization().equals(k.organization()))).forEach(affiliations::add);
    return new TitleExtractor.Result(titles, affiliations);
  }

  /** The NLP pipeline this processor annotates with. */
  public NlpPipeline nlp() {
    return nlp;
  }
}
