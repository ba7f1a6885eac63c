package org.newskg.store;

/** How SELECT and ASK results are printed. CONSTRUCT and DESCRIBE always print Turtle. */
public enum ResultFormat {
  TABLE,
  CSV,
  TSV,
  JSON
}
