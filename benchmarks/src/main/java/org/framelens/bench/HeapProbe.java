package org.framelens.bench;

import org.framelens.FramingAnalyzer;

/** Retained heap of a default analyzer: used heap after full GCs, before and after building one. */
public final class HeapProbe {
  private HeapProbe() {}

  public static void main(String[] args) throws Exception {
    long before = used();
    FramingAnalyzer analyzer = FramingAnalyzer.builder().build();
    analyzer.analyze("Sanctions have failed.");
    analyzer.analyze("Санкции провалились.");
    long after = used();
    System.out.printf(java.util.Locale.ROOT, "%.1f%n", (after - before) / 1e6);
    if (analyzer.hashCode() == 42) {
      System.out.println(); // keep the analyzer reachable until after the measurement
    }
  }

  private static long used() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
