package org.framelens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.framelens.report.Evidence;
import org.framelens.report.FrameScore;
import org.framelens.report.FramingReport;
import org.framelens.report.Stance;
import org.framelens.report.Voice;
import org.junit.jupiter.api.Test;

/** An analytical article in the style users bring: the four core frames must be found on the right words. */
class ReportingArticleTest {
  private static final String ARTICLE = String.join("\n",
      "Moscow and Beijing stage new naval drills as the Kremlin courts partners in Asia",
      "Russian and Chinese warships began a week of joint drills in the Sea of Japan on Tuesday, the latest "
          + "sign of a partnership both capitals present as a bulwark against Western pressure.",
      "Officials in Moscow described the manoeuvres as a defence of Russia’s sovereignty and territorial "
          + "integrity, language that has become routine in Kremlin statements.",
      "State television repeated the claim that NATO’s eastward expansion had left Russia no choice but to "
          + "strengthen its eastern fleet.",
      "Commentators on the main evening news spoke of a multipolar world order in which Washington could no "
          + "longer set the rules alone.",
      "The same programme insisted that sanctions have failed and that import substitution had made Russian "
          + "industry stronger than before.",
      "Independent economists were more cautious, noting that several shipyards still depend on foreign "
          + "components.",
      "The drills are scheduled to end on Sunday with a joint review of the participating ships.");

  @Test
  void analyze_reportingStyleArticle_coreFramesPresentWithEvidenceOnCueWords() {
    FramingReport report = ReportInvariants.check(Framelens.analyze(ARTICLE), ARTICLE);
    Map<String, String> expected = Map.of(
        "sovereignty", "sovereignty and territorial integrity",
        "western_aggression", "eastward expansion",
        "multipolarity", "multipolar world order",
        "resilience", "sanctions have failed");
    expected.forEach((frame, words) -> {
      FrameScore f = report.frame(frame).orElseThrow();
      assertThat(f.present()).as(frame).isTrue();
      assertThat(f.evidence()).extracting(Evidence::text).as(frame).contains(words);
    });
    assertThat(report.presentFrames()).extracting(FrameScore::id)
        .doesNotContain("victimhood", "savior_leader", "compatriot_protection");
  }

  @Test
  void analyze_reportingStyleArticle_coreFramesReportedNotPromoted() {
    FramingReport report = ReportInvariants.check(Framelens.analyze(ARTICLE), ARTICLE);
    for (String frame : List.of("sovereignty", "western_aggression", "multipolarity", "resilience")) {
      FrameScore f = report.frame(frame).orElseThrow();
      assertThat(f.stance()).as(frame).isEqualTo(Stance.REPORTED);
      assertThat(f.endorsement()).as(frame).isLessThan(0.5);
      assertThat(f.evidence()).as(frame).allSatisfy(e -> assertThat(e.marker()).isNotNull());
    }
  }

  @Test
  void analyze_sameContentInAuthorsVoice_coreFramesPromoted() {
    String text = String.join(" ",
        "Russian and Chinese warships are standing together against Western pressure.",
        "The manoeuvres defend Russia’s sovereignty and territorial integrity.",
        "NATO’s eastward expansion left Russia no choice but to strengthen its eastern fleet.",
        "A multipolar world order is emerging in which Washington can no longer set the rules alone.",
        "The sanctions have failed, and import substitution has made Russian industry stronger than before.");
    FramingReport report = ReportInvariants.check(Framelens.analyze(text), text);
    for (String frame : List.of("sovereignty", "western_aggression", "multipolarity", "resilience")) {
      FrameScore f = report.frame(frame).orElseThrow();
      assertThat(f.present()).as(frame).isTrue();
      assertThat(f.stance()).as(frame).isEqualTo(Stance.PROMOTED);
    }
  }

  @Test
  void analyze_debunkingArticle_frameRejectedNotPresent() {
    String text = "There is no evidence of Western aggression against Russia. Claims of NATO encirclement "
        + "are false, and the so-called proxy war narrative has been debunked by independent researchers.";
    FramingReport report = ReportInvariants.check(Framelens.analyze(text), text);
    FrameScore wa = report.frame("western_aggression").orElseThrow();
    assertThat(wa.evidence()).isNotEmpty();
    assertThat(wa.evidence()).extracting(Evidence::voice).contains(Voice.NEGATED);
    assertThat(wa.endorsement()).isZero();
  }

  @Test
  void analyze_offTopicArticle_noFramePresent() {
    String text = String.join(" ", List.of(
        "The city marathon drew a record field of eleven thousand runners on Sunday morning.",
        "Organisers closed the river embankment to traffic from dawn until early afternoon.",
        "The winner crossed the line in two hours and nine minutes, a course record by almost a minute.",
        "Volunteers handed out water at every fifth kilometre, and medical teams treated a few cases of "
            + "exhaustion.",
        "Next year the route will pass the new bridge, which opens to pedestrians in the spring."));
    FramingReport report = ReportInvariants.check(Framelens.analyze(text), text);
    assertThat(report.presentFrames()).isEmpty();
  }
}
