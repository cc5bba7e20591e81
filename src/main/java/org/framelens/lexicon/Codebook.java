package org.framelens.lexicon;

import static org.framelens.lexicon.IniParser.error;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure of {@code codebook.md}: per frame a {@code ## id: Label} heading, the Markdown up to the
 * next level-2 heading, and the first paragraph under {@code ### Definition}.
 */
final class Codebook {
  static final String FILE = "codebook.md";
  private static final Pattern FRAME_HEADING = Pattern.compile("^## +([a-z][a-z0-9_]*) *: *(\\S.*?)\\s*$");

  /** One frame's entry. */
  record Entry(String id, String label, String definition, String markdown, int line) {}

  private final Map<String, Entry> entries;

  private Codebook(Map<String, Entry> entries) {
    this.entries = entries;
  }

  Optional<Entry> entry(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  List<Entry> all() {
    return List.copyOf(entries.values());
  }

  /** Frame id to its Markdown section. */
  Map<String, String> entries() {
    Map<String, String> out = new LinkedHashMap<>();
    entries.forEach((id, e) -> out.put(id, e.markdown()));
    return out;
  }

  static Codebook parse(String source, String text, List<Diagnostic> out) {
    String[] lines = text.split("\r?\n", -1);
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith("## ")) {
        continue;
      }
      Matcher m = FRAME_HEADING.matcher(lines[i]);
      if (!m.matches()) {
        out.add(error(source, i + 1, 4, "a level-2 heading must read '## frame_id: Label'"));
        continue;
      }
      int end = i + 1;
      while (end < lines.length && !lines[end].startsWith("## ")) {
        end++;
      }
      String id = m.group(1);
      String definition = definition(lines, i + 1, end);
      if (definition.isEmpty()) {
        out.add(error(source, i + 1, 1, "codebook entry '" + id + "' has no paragraph under '### Definition'"));
      }
      Entry entry = new Entry(id, m.group(2), definition, String.join("\n", List.of(lines).subList(i, end)).strip(),
          i + 1);
      if (entries.putIfAbsent(id, entry) != null) {
        out.add(error(source, i + 1, 4, "duplicate codebook entry '" + id + "' (first at line "
            + entries.get(id).line() + ")"));
      }
    }
    return new Codebook(entries);
  }

  /** The first paragraph after a {@code ### Definition} heading within {@code [from, to)}, joined to one line. */
  private static String definition(String[] lines, int from, int to) {
    int i = from;
    while (i < to && !lines[i].strip().equalsIgnoreCase("### Definition")) {
      i++;
    }
    i++;
    while (i < to && lines[i].isBlank()) {
      i++;
    }
    List<String> paragraph = new ArrayList<>();
    while (i < to && !lines[i].isBlank() && !lines[i].startsWith("#")) {
      paragraph.add(lines[i].strip());
      i++;
    }
    return String.join(" ", paragraph);
  }
}
