package org.framelens.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark session ({@code local[2]}) for all Spark tests of the test JVM: starting one takes
 * seconds, so test classes share it. Spark stops it at JVM exit.
 */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession session() {
    return Holder.SESSION;
  }

  private static final class Holder {
    static final SparkSession SESSION = SparkSession.builder()
        .master("local[2]")
        .appName("framelens-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }
}
