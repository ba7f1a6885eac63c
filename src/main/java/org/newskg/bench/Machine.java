package org.newskg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the benchmark reads off the machine and this JVM: cores, memory, heap peaks, RSS, disk use. */
final class Machine {
  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path MEMINFO = Path.of("/proc/meminfo");

  private Machine() {}

  static String describe() {
    Runtime rt = Runtime.getRuntime();
    return rt.availableProcessors() + " cores, " + procLine(MEMINFO, "MemTotal:") + " RAM, JDK "
        + Runtime.version() + " (" + System.getProperty("java.vm.name") + "), max heap " + mib(rt.maxMemory()) + ", "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch");
  }

  /** Forgets the heap peaks so far: the next {@link #peakHeap()} covers what follows. */
  static void resetPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The highest heap use since {@link #resetPeaks()}, summed over the heap's pools. */
  static long peakHeap() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  /** The heap in use after a full collection: what the live objects need. */
  static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The process's peak resident set size (VmHWM), as the kernel reports it. */
  static String peakRss() {
    return procLine(STATUS, "VmHWM:");
  }

  static String mib(long bytes) {
    return String.format("%,d MiB", bytes / (1024 * 1024));
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  /** "16 GiB" from "MemTotal:  16384000 kB"; "n/a" where /proc is not there. */
  private static String procLine(Path file, String key) {
    try {
      return Files.readAllLines(file).stream()
          .filter(l -> l.startsWith(key))
          .map(l -> Long.parseLong(l.substring(key.length()).replace("kB", "").strip()) * 1024)
          .map(Machine::mib)
          .findFirst()
          .orElse("n/a");
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }
}
