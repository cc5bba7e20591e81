package org.framelens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.framelens.report.ReportText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo articles' reports, frame by frame and evidence by evidence, against reviewed golden files.
 * After a deliberate change to lexicons or scoring, regenerate with
 * {@code mvn test -Dtest=GoldenDemoTest -Dframelens.updateGolden=true} and review the diff.
 */
class GoldenDemoTest {
  @ParameterizedTest
  @ValueSource(strings = {"en", "ru"})
  void analyze_demoArticle_matchesGoldenReport(String lang) throws IOException {
    String text = Framelens.demoArticle(lang);
    String actual = ReportText.detailed(ReportInvariants.check(Framelens.analyze(text), text));
    Path golden = Path.of("src/test/resources/golden/demo-" + lang + ".txt");
    if (Boolean.getBoolean("framelens.updateGolden")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file (create it with -Dframelens.updateGolden=true)").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
