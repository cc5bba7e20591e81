/**
 * framelens on Apache Spark: {@link org.framelens.spark.FramelensSpark#frames} analyses a {@code Dataset<Row>}
 * of documents into one row per document and frame, {@link org.framelens.spark.FramelensSpark#aggregate}
 * aggregates those rows per group, and {@link org.framelens.spark.FramelensJob} is the same as a
 * {@code spark-submit} job.
 *
 * <p>Spark is a {@code provided} dependency: the cluster supplies it, and neither the library jar nor
 * {@code framelens-cli.jar} contains it. Executors build their analyzer once per JVM from the serializable
 * {@link org.framelens.spark.SparkOptions}.
 */
package org.framelens.spark;
