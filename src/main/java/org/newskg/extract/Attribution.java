package org.newskg.extract;

import java.util.List;
import org.newskg.model.Statement;

/** Which statement of the article reports what is written at a given place of its text. */
public final class Attribution {
  private final List<Statement> statements;

  private Attribution(List<Statement> statements) {
    this.statements = List.copyOf(statements);
  }

  public static Attribution of(List<Statement> statements) {
    return new Attribution(statements);
  }

  /** No statement reports anything: every fact is the article's own. */
  public static Attribution none() {
    return new Attribution(List.of());
  }

  /**
   * The index of the innermost statement whose content covers the offset ("Ellison said he
   * confirmed that Israel supports ...": Israel's support is what "he" confirmed), or -1.
   */
  public int statementAt(int offset) {
    int best = -1;
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      if (s.covers(offset) && (best < 0 || s.contentEnd() - s.contentBegin() < statements.get(best).contentEnd() - statements.get(best).contentBegin())) {
        best = i;
      }
    }
    return best;
  }
}
