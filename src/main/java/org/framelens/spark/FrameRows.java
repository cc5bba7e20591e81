package org.framelens.spark;

import static org.framelens.spark.FramelensSpark.EVIDENCE;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.framelens.Document;
import org.framelens.report.FrameScore;
import org.framelens.report.FramingReport;
import org.framelens.report.ReportJson;

/**
 * Turns one input row into its output rows: one per frame of the report, or one error row.
 *
 * <p>The layout (column positions and the output schema) is computed once on the driver and shipped with the
 * task; it holds no analyzer.
 */
final class FrameRows {
  /** The output columns after the id, in order. */
  static final List<StructField> FRAME_FIELDS = List.of(
      DataTypes.createStructField(FramelensSpark.LANGUAGE, DataTypes.StringType, true),
      DataTypes.createStructField(FramelensSpark.FRAME, DataTypes.StringType, true),
      DataTypes.createStructField(FramelensSpark.LABEL, DataTypes.StringType, true),
      DataTypes.createStructField(FramelensSpark.PARENT, DataTypes.StringType, true),
      DataTypes.createStructField(FramelensSpark.RANK, DataTypes.IntegerType, true),
      DataTypes.createStructField(FramelensSpark.SCORE, DataTypes.DoubleType, true),
      DataTypes.createStructField(FramelensSpark.PRESENT, DataTypes.BooleanType, true),
      DataTypes.createStructField(FramelensSpark.STANCE, DataTypes.StringType, true),
      DataTypes.createStructField(FramelensSpark.ENDORSEMENT, DataTypes.DoubleType, true),
      DataTypes.createStructField(EVIDENCE, DataTypes.IntegerType, true));
  private static final int MAX_SHOWN = 200;

  private FrameRows() {}

  /**
   * Where the input columns are and what the output looks like.
   *
   * @param id position of the id column
   * @param text position of the text column
   * @param lang position of the language column, or -1
   * @param corrupt position of Spark's corrupt-record column, or -1
   * @param metadata positions of the columns passed through
   * @param input the input schema
   * @param output the output schema
   * @param reportJson whether the output has a report column
   */
  record Layout(int id, int text, int lang, int corrupt, int[] metadata, StructType input, StructType output,
      boolean reportJson) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * The layout of {@code input} under {@code options}.
     *
     * @param corruptColumn the name Spark gives malformed records ({@code spark.sql.columnNameOfCorruptRecord})
     * @throws IllegalArgumentException if a named column is missing or a passed-through column would collide
     *     with an output column
     */
    static Layout of(StructType input, SparkOptions options, String corruptColumn) {
      Set<String> names = new HashSet<>(Arrays.asList(input.fieldNames()));
      int id = index(input, names, options.idColumn(), "id");
      int text = index(input, names, options.textColumn(), "text");
      String langName = options.langColumn() != null ? options.langColumn()
          : names.contains(SparkOptions.DEFAULT_LANG_COLUMN) ? SparkOptions.DEFAULT_LANG_COLUMN : null;
      int lang = langName == null ? -1 : index(input, names, langName, "lang");
      int corrupt = names.contains(corruptColumn) ? input.fieldIndex(corruptColumn) : -1;
      List<StructField> out = new ArrayList<>();
      out.add(input.fields()[id]);
      out.addAll(FRAME_FIELDS);
      Set<String> taken = new HashSet<>();
      FRAME_FIELDS.forEach(f -> taken.add(f.name()));
      taken.addAll(List.of(input.fields()[id].name(), FramelensSpark.ERROR, FramelensSpark.REPORT));
      List<Integer> metadata = new ArrayList<>();
      for (int i = 0; i < input.fields().length; i++) {
        if (i == id || i == text || i == lang || i == corrupt) {
          continue;
        }
        StructField f = input.fields()[i];
        if (taken.contains(f.name())) {
          throw new IllegalArgumentException("input column '" + f.name() + "' would be passed through but "
              + "collides with an output column of the same name; rename or drop it");
        }
        metadata.add(i);
        out.add(f);
      }
      out.add(DataTypes.createStructField(FramelensSpark.ERROR, DataTypes.StringType, true));
      if (options.reportJson()) {
        out.add(DataTypes.createStructField(FramelensSpark.REPORT, DataTypes.StringType, true));
      }
      return new Layout(id, text, lang, corrupt, metadata.stream().mapToInt(Integer::intValue).toArray(), input,
          DataTypes.createStructType(out), options.reportJson());
    }

    private static int index(StructType input, Set<String> names, String name, String what) {
      if (!names.contains(name)) {
        throw new IllegalArgumentException("no " + what + " column '" + name + "' in the input; its columns are "
            + Arrays.toString(input.fieldNames()));
      }
      return input.fieldIndex(name);
    }

    private String typeOf(int column) {
      return input.fields()[column].dataType().simpleString();
    }
  }

  /**
   * The output rows of one input row: one per frame, in the report's order (score, then id), or a single
   * error row when the row is malformed or its analysis fails. Never throws for bad data.
   */
  static List<Row> rows(Row in, Layout layout, Function<Document, FramingReport> analyze) {
    Object id = in.get(layout.id());
    Object lang = layout.lang() < 0 ? null : in.get(layout.lang());
    String problem = problem(in, layout, lang);
    if (problem != null) {
      return List.of(errorRow(in, layout, lang instanceof String s ? s : null, problem));
    }
    FramingReport report;
    try {
      report = analyze.apply(new Document(id == null ? null : id.toString(), in.getString(layout.text()),
          (String) lang, null));
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(errorRow(in, layout, (String) lang, "analysis failed: " + e));
    }
    List<Row> out = new ArrayList<>(report.frames().size());
    String json = layout.reportJson() ? ReportJson.write(report) : null;
    int rank = 1;
    for (FrameScore f : report.frames()) {
      out.add(row(in, layout, new Object[] {report.language(), f.id(), f.label(), f.parent(), rank,
          f.score(), f.present(), f.stance().value(), f.endorsement(), f.evidence().size()}, null,
          rank == 1 ? json : null));
      rank++;
    }
    return out;
  }

  /** Why the row cannot be analysed, or {@code null}. */
  private static String problem(Row in, Layout layout, Object lang) {
    if (layout.corrupt() >= 0 && !in.isNullAt(layout.corrupt())) {
      return "malformed input record: " + shorten(String.valueOf(in.get(layout.corrupt())));
    }
    String textName = layout.input().fields()[layout.text()].name();
    Object text = in.get(layout.text());
    if (text == null) {
      return "text column '" + textName + "' is null";
    }
    if (!(text instanceof String)) {
      return "text column '" + textName + "' holds a " + layout.typeOf(layout.text()) + ", not a string";
    }
    if (lang != null && !(lang instanceof String)) {
      return "lang column '" + layout.input().fields()[layout.lang()].name() + "' holds a "
          + layout.typeOf(layout.lang()) + ", not a string";
    }
    return null;
  }

  private static Row errorRow(Row in, Layout layout, String lang, String error) {
    Object[] frame = new Object[FRAME_FIELDS.size()];
    frame[0] = lang;
    return row(in, layout, frame, error, null);
  }

  private static Row row(Row in, Layout layout, Object[] frame, String error, String json) {
    Object[] values = new Object[layout.output().size()];
    int i = 0;
    values[i++] = in.get(layout.id());
    for (Object v : frame) {
      values[i++] = v;
    }
    for (int m : layout.metadata()) {
      values[i++] = in.get(m);
    }
    values[i++] = error;
    if (layout.reportJson()) {
      values[i] = json;
    }
    return RowFactory.create(values);
  }

  private static String shorten(String s) {
    return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "…";
  }
}
