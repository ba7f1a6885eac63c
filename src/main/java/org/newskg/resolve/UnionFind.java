package org.newskg.resolve;

import java.util.HashMap;
import java.util.Map;

/** Disjoint sets over a fixed set of items; the representative of a set is its first-added item. */
final class UnionFind<T> {
  private final Map<T, T> parent = new HashMap<>();
  private final Map<T, Integer> order = new HashMap<>();

  UnionFind(Iterable<T> items) {
    for (T item : items) {
      parent.put(item, item);
      order.put(item, order.size());
    }
  }

  T find(T item) {
    T root = item;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    parent.put(item, root);
    return root;
  }

  void union(T a, T b) {
    T rootA = find(a);
    T rootB = find(b);
    if (rootA.equals(rootB)) {
      return;
    }
    if (order.get(rootA) < order.get(rootB)) {
      parent.put(rootB, rootA);
    } else {
      parent.put(rootA, rootB);
    }
  }
}
