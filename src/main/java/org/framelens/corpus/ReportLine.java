package org.framelens.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.framelens.CorpusFormatException;
import org.framelens.report.Stance;
import org.framelens.report.Voice;

/**
 * One line of {@code batch --format jsonl} output, reduced to what corpus aggregation needs. Field values
 * for grouping come from {@code metadata}, or else from a top-level field of the same name (such as
 * {@code language}); a missing, null or blank value is {@code null}.
 */
record ReportLine(String id, String taxonomy, List<String> groupValues, String timeValue,
    List<FrameLine> frames) {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  /** One frame of the report. */
  record FrameLine(String id, String label, float score, boolean present, Stance stance,
      List<EvidenceLine> evidence) {}

  /**
   * One piece of evidence: span, matched text, cue, voice, the voice marker's text (or null), and whether
   * it comes from the lexicon (a cue word) rather than a classifier.
   */
  record EvidenceLine(int start, int end, String text, String cue, Voice voice, String marker, boolean lexicon) {}

  /** Parses {@code json}, line {@code line} of {@code source}. */
  static ReportLine parse(String json, String source, int line, List<String> by, String timeField)
      throws CorpusFormatException {
    return new Parser(source, line).parse(json, by, timeField);
  }

  private record Parser(String source, int line) {
    ReportLine parse(String json, List<String> by, String timeField) throws CorpusFormatException {
      JsonNode node;
      try {
        node = MAPPER.readTree(json);
      } catch (JsonProcessingException e) {
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        throw new CorpusFormatException(source, line, column, "malformed JSON: " + e.getOriginalMessage());
      }
      if (node == null || !node.isObject()) {
        throw error("expected a report object, found " + kind(node));
      }
      JsonNode frames = node.get("frames");
      if (frames == null || !frames.isArray()) {
        throw error("missing array \"frames\" (is this the output of batch --format jsonl?)");
      }
      List<FrameLine> out = new ArrayList<>(frames.size());
      for (int i = 0; i < frames.size(); i++) {
        out.add(frame(frames.get(i), "frames[" + i + "]"));
      }
      List<String> group = new ArrayList<>(by.size());
      for (String field : by) {
        group.add(field(node, field));
      }
      JsonNode id = node.get("id");
      String docId = id == null || id.isNull() ? "line-" + line : id.asText();
      String taxonomy = node.path("taxonomy").path("id").asText(null);
      return new ReportLine(docId, taxonomy, group, timeField == null ? null : field(node, timeField), out);
    }

    private FrameLine frame(JsonNode f, String where) throws CorpusFormatException {
      if (!f.isObject()) {
        throw error(where + " must be an object, found " + kind(f));
      }
      String id = text(f, "id", where);
      JsonNode label = f.get("label");
      JsonNode score = f.get("score");
      if (score == null || !score.isNumber() || score.doubleValue() < 0 || score.doubleValue() > 1) {
        throw error(where + ".score must be a number in [0, 1]");
      }
      JsonNode present = f.get("present");
      if (present == null || !present.isBoolean()) {
        throw error(where + ".present must be true or false");
      }
      Stance stance = constant(Stance.class, text(f, "stance", where), where + ".stance");
      JsonNode evidence = f.path("evidence");
      List<EvidenceLine> pieces = new ArrayList<>(evidence.size());
      for (int i = 0; i < evidence.size(); i++) {
        pieces.add(evidence(evidence.get(i), where + ".evidence[" + i + "]"));
      }
      return new FrameLine(id, label != null && label.isTextual() ? label.textValue() : id,
          score.floatValue(), present.booleanValue(), stance, pieces);
    }

    private EvidenceLine evidence(JsonNode e, String where) throws CorpusFormatException {
      if (!e.isObject()) {
        throw error(where + " must be an object, found " + kind(e));
      }
      String cue = text(e, "cue", where);
      Voice voice = constant(Voice.class, text(e, "voice", where), where + ".voice");
      JsonNode text = e.get("text");
      JsonNode marker = e.path("marker").path("text");
      return new EvidenceLine(e.path("start").asInt(-1), e.path("end").asInt(-1),
          text != null && text.isTextual() ? text.textValue() : cue, cue, voice,
          marker.isTextual() ? marker.textValue() : null, e.path("source").asText("lexicon").equals("lexicon"));
    }

    private String text(JsonNode parent, String field, String where) throws CorpusFormatException {
      JsonNode value = parent.get(field);
      if (value == null || !value.isTextual()) {
        throw error(where + "." + field + " must be a string, found " + kind(value));
      }
      return value.textValue();
    }

    private <E extends Enum<E>> E constant(Class<E> type, String value, String where)
        throws CorpusFormatException {
      for (E e : type.getEnumConstants()) {
        if (e.name().toLowerCase(Locale.ROOT).equals(value)) {
          return e;
        }
      }
      throw error(where + ": unknown value '" + value + "'");
    }

    private CorpusFormatException error(String message) {
      return new CorpusFormatException(source, line, 0, message);
    }
  }

  /** The value of {@code field} from the metadata, else from the top level; null when missing or blank. */
  private static String field(JsonNode report, String field) {
    JsonNode value = report.path("metadata").get(field);
    if (value == null) {
      value = report.get(field);
    }
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.isValueNode() ? value.asText() : value.toString();
    return text.isBlank() ? null : text;
  }

  private static String kind(JsonNode node) {
    return node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
