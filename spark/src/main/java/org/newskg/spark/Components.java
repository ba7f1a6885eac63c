package org.newskg.spark;

import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of items that share keys, computed with joins: the items and keys are the
 * two sides of a graph, and every vertex takes the smallest label among its neighbours until no
 * label changes. As many rounds as the longest chain of shared keys, a handful for names.
 */
final class Components {
  private static final Logger LOG = LogManager.getLogger(Components.class);

  private Components() {}

  /**
   * Each item's component, named by its smallest member.
   *
   * @param itemKeys (item, key) pairs; an item with no key is its own component
   */
  static JavaPairRDD<String, String> of(JavaPairRDD<String, String> itemKeys) {
    JavaPairRDD<String, String> edges = itemKeys
        .flatMapToPair(t -> List.of(new Tuple2<>("i" + t._1(), "k" + t._2()), new Tuple2<>("k" + t._2(), "i" + t._1())).iterator())
        .distinct()
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> labels = edges.keys().distinct().mapToPair(v -> new Tuple2<>(v, v)).persist(StorageLevel.MEMORY_AND_DISK());
    for (int round = 1; ; round++) {
      JavaPairRDD<String, String> offered = edges.join(labels)
          .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
          .reduceByKey(Components::min);
      JavaPairRDD<String, String> next = labels.join(offered)
          .mapValues(pair -> min(pair._1(), pair._2()))
          .persist(StorageLevel.MEMORY_AND_DISK());
      long changed = labels.join(next).filter(pair -> !pair._2()._1().equals(pair._2()._2())).count();
      labels.unpersist(false);
      labels = next;
      LOG.info("blocking round {}: {} labels changed", round, changed);
      if (changed == 0) {
        break;
      }
    }
    edges.unpersist(false);
    return labels.filter(v -> v._1().startsWith("i")).mapToPair(v -> new Tuple2<>(v._1().substring(1), v._2()));
  }

  private static String min(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
