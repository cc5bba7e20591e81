package org.framelens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framelens.Document;
import org.framelens.FramingAnalyzer;
import org.framelens.Mode;
import org.framelens.ReportInvariants;
import org.framelens.report.FrameScore;
import org.framelens.report.FramingReport;
import org.junit.jupiter.api.Test;

class FrameRowsTest {
  private static final StructType INPUT = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.StringType, true),
      DataTypes.createStructField("text", DataTypes.StringType, true),
      DataTypes.createStructField("lang", DataTypes.StringType, true),
      DataTypes.createStructField("outlet", DataTypes.StringType, true)));
  private static final FrameRows.Layout LAYOUT =
      FrameRows.Layout.of(INPUT, SparkOptions.builder().reportJson(true).build(), "_corrupt_record");
  private static final String TEXT = "Our self-reliance grew as the sanctions have failed.";

  private static Row input(String id, String text, String lang) {
    return new GenericRowWithSchema(new Object[] {id, text, lang, "east"}, INPUT);
  }

  @Test
  void rows_analysedDocument_oneRowPerFrameInReportOrder() {
    FramingAnalyzer analyzer = FramingAnalyzer.builder().mode(Mode.LEXICON).build();
    FramingReport[] seen = new FramingReport[1];

    List<Row> rows = FrameRows.rows(input("d1", TEXT, "en"), LAYOUT,
        doc -> seen[0] = ReportInvariants.check(analyzer.analyze(doc), doc.text()));

    List<FrameScore> frames = seen[0].frames();
    assertThat(rows).hasSize(frames.size());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      FrameScore f = frames.get(i);
      assertThat(r.get(0)).isEqualTo("d1");
      assertThat(List.of(r.get(1), r.get(2), r.get(5), r.get(6), r.get(7), r.get(8), r.get(10)))
          .containsExactly("en", f.id(), i + 1, f.score(), f.present(), f.stance().value(), f.evidence().size());
      assertThat(r.get(11)).isEqualTo("east");
      assertThat(r.get(12)).as("error").isNull();
      assertThat(r.get(13) != null).as("report only on the first row").isEqualTo(i == 0);
    }
    assertThat(rows.get(0).getString(2)).isEqualTo("resilience");
  }

  @Test
  void rows_analysisThrows_givesOneErrorRowWithTheReason() {
    List<Row> rows = FrameRows.rows(input("d2", TEXT, "en"), LAYOUT, doc -> {
      throw new IllegalStateException("models unreadable");
    });

    assertThat(rows).hasSize(1);
    Row r = rows.get(0);
    assertThat(r.get(0)).isEqualTo("d2");
    assertThat(r.get(1)).isEqualTo("en");
    assertThat(r.get(2)).as("frame").isNull();
    assertThat(r.get(11)).isEqualTo("east");
    assertThat(r.getString(12)).isEqualTo("analysis failed: java.lang.IllegalStateException: models unreadable");
  }

  @Test
  void rows_stackOverflowInAnalysis_isAnErrorRowNotACrash() {
    List<Row> rows = FrameRows.rows(input("d3", TEXT, null), LAYOUT, doc -> {
      throw new StackOverflowError();
    });
    assertThat(rows).singleElement().satisfies(r -> assertThat(r.getString(12)).contains("StackOverflowError"));
  }

  @Test
  void rows_nullText_neverReachesTheAnalyzer() {
    List<Row> rows = FrameRows.rows(input("d4", null, "ru"), LAYOUT, doc -> {
      throw new AssertionError("analyzed " + doc);
    });
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.get(1)).isEqualTo("ru");
      assertThat(r.getString(12)).isEqualTo("text column 'text' is null");
    });
  }

  @Test
  void rows_numericId_becomesTheDocumentIdAndStaysAsIs() {
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("id", DataTypes.LongType, true),
        DataTypes.createStructField("text", DataTypes.StringType, true)));
    FrameRows.Layout layout = FrameRows.Layout.of(schema, SparkOptions.defaults(), "_corrupt_record");
    Document[] seen = new Document[1];
    FramingAnalyzer analyzer = FramingAnalyzer.builder().mode(Mode.LEXICON).build();

    List<Row> rows = FrameRows.rows(new GenericRowWithSchema(new Object[] {42L, TEXT}, schema), layout, doc -> {
      seen[0] = doc;
      return ReportInvariants.check(analyzer.analyze(doc), doc.text());
    });

    assertThat(seen[0].id()).isEqualTo("42");
    assertThat(rows).allMatch(r -> Long.valueOf(42L).equals(r.get(0)));
  }
}
