package org.framelens.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds minimal report lines (what {@code batch --format jsonl} writes, reduced to the fields the
 * aggregation reads) for a two-frame taxonomy {@code t} with frames {@code a} and {@code b}.
 */
final class ReportLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportLines() {}

  /** Evidence: a cue in a voice. */
  record Ev(String cue, String voice) {}

  /** A frame's state in a document. */
  record F(String id, double score, boolean present, String stance, List<Ev> evidence) {}

  static F present(String id, String stance, double score, Ev... evidence) {
    return new F(id, score, true, stance, List.of(evidence));
  }

  static F absent(String id, String stance, double score, Ev... evidence) {
    return new F(id, score, false, stance, List.of(evidence));
  }

  static Ev ev(String cue, String voice) {
    return new Ev(cue, voice);
  }

  /** A report line with {@code metadata} and the frames given (frames a and b default to absent). */
  static String line(String id, Map<String, ?> metadata, F... frames) {
    ObjectNode r = JSON.createObjectNode();
    r.put("schemaVersion", "1").put("id", id).put("language", "en");
    r.putObject("taxonomy").put("id", "t").put("version", "1");
    ArrayNode out = r.putArray("frames");
    List<F> all = new ArrayList<>(List.of(frames));
    for (String frame : List.of("a", "b")) {
      if (all.stream().noneMatch(f -> f.id().equals(frame))) {
        all.add(absent(frame, "none", 0));
      }
    }
    for (F f : all) {
      ObjectNode node = out.addObject();
      node.put("id", f.id()).put("label", "Frame " + f.id().toUpperCase(java.util.Locale.ROOT))
          .put("score", f.score()).put("present", f.present()).put("stance", f.stance());
      ArrayNode evidence = node.putArray("evidence");
      int start = 0;
      for (Ev e : f.evidence()) {
        ObjectNode piece = evidence.addObject();
        piece.put("start", start).put("end", start + e.cue().length()).put("text", e.cue())
            .put("sentence", 0).put("cue", e.cue()).put("source", "lexicon").put("weight", 0.5)
            .put("voice", e.voice());
        if (!e.voice().equals("authorial")) {
          piece.putObject("marker").put("text", "said");
        }
        start += e.cue().length() + 1;
      }
    }
    r.set("metadata", JSON.valueToTree(metadata));
    return r.toString();
  }
}
