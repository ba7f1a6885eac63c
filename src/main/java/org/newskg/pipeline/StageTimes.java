package org.newskg.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Where the time of an ingest goes: nanoseconds summed per stage ("annotate", "events", "write"),
 * from any number of threads. The benchmark reads them; a normal ingest passes {@link #NONE}.
 */
public final class StageTimes {
  /** Measures nothing. */
  public static final StageTimes NONE = new StageTimes(false);

  private final boolean enabled;
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, Integer> order = new ConcurrentHashMap<>();

  private StageTimes(boolean enabled) {
    this.enabled = enabled;
  }

  public static StageTimes create() {
    return new StageTimes(true);
  }

  public <T> T time(String stage, Supplier<T> work) {
    if (!enabled) {
      return work.get();
    }
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      add(stage, System.nanoTime() - start);
    }
  }

  public void time(String stage, Runnable work) {
    time(stage, () -> {
      work.run();
      return null;
    });
  }

  public void add(String stage, long elapsedNanos) {
    if (enabled) {
      order.putIfAbsent(stage, order.size());
      nanos.computeIfAbsent(stage, s -> new LongAdder()).add(elapsedNanos);
    }
  }

  /** Seconds per stage, in the order stages were first seen. */
  public Map<String, Double> seconds() {
    Map<String, Double> out = new LinkedHashMap<>();
    order.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum() / 1e9));
    return out;
  }
}
