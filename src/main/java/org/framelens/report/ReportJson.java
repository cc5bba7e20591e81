package org.framelens.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Writes reports as JSON (schema version 1). Thread-safe. */
public final class ReportJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .build();

  private ReportJson() {}

  /** The report as one line of JSON. */
  public static String write(FramingReport report) {
    try {
      return MAPPER.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report cannot be serialized: " + e.getMessage(), e);
    }
  }

  /** Streams the report as indented JSON to {@code out} (no copy of the whole JSON in memory). */
  public static void writePretty(FramingReport report, java.io.Writer out) throws java.io.IOException {
    MAPPER.writerWithDefaultPrettyPrinter()
        .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, report);
  }

  /** The report as indented JSON. */
  public static String writePretty(FramingReport report) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report cannot be serialized: " + e.getMessage(), e);
    }
  }
}
