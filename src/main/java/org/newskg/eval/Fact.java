package org.newskg.eval;

/**
 * One scored fact of one article.
 *
 * @param kind "role", "relation", "title" or "affiliation"
 * @param name what is scored within the kind: "Killing/victim", "killedBy", "title", "affiliation"
 * @param subject the relation's or post's subject (empty for roles)
 * @param object the role filler, relation object, title or organization
 */
public record Fact(String kind, String name, String subject, String object) {
  /** Symmetric relations are compared without order. */
  public Fact normalized() {
    if (name.equals("negotiatesWith") && subject.compareTo(object) > 0) {
      return new Fact(kind, name, object, subject);
    }
    return this;
  }

  @Override
  public String toString() {
    return subject.isEmpty() ? name + "(" + object + ")" : name + "(" + subject + ", " + object + ")";
  }
}
