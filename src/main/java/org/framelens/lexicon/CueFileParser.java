package org.framelens.lexicon;

import static org.framelens.lexicon.IniParser.error;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.framelens.text.Language;

/**
 * Parses a cue file: {@code pattern | weight [| options [| note]]} per line, {@code #} comments.
 * Checks the pattern syntax; every problem becomes a {@link Diagnostic} with line and column.
 */
final class CueFileParser {
  static final int MIN_PREFIX = 3;
  static final String REQUIRES = "requires=";
  /** A token on its own that matches any one token ("what * calls"). */
  static final String ANY = "*";
  static final java.util.regex.Pattern GROUP = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*");

  private CueFileParser() {}

  static List<CueEntry> parse(
      String source, String content, String frame, Language language, List<Diagnostic> out) {
    return parse(source, content, frame, language, false, out);
  }

  /** Parses a target group file: patterns alone, weights optional (and ignored), no options. */
  static List<CueEntry> parseTargets(
      String source, String content, String group, Language language, List<Diagnostic> out) {
    return parse(source, content, group, language, true, out);
  }

  private static List<CueEntry> parse(String source, String content, String frame, Language language,
      boolean target, List<Diagnostic> out) {
    List<CueEntry> entries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      CueEntry entry = parseLine(source, i + 1, target && !line.contains("|") ? line + " | 1" : line, frame,
          language, out);
      if (entry != null && target && !entry.requires().isEmpty()) {
        out.add(error(source, entry.line(), 1, "a target group entry cannot itself require groups"));
        continue;
      }
      if (entry == null) {
        continue;
      }
      String key = String.join(" ", entry.pattern().toLowerCase(Locale.ROOT).split("\\s+"));
      Integer first = seen.putIfAbsent(key, entry.line());
      if (first != null) {
        out.add(error(source, entry.line(), column(line, 0), "duplicate pattern '" + entry.pattern()
            + "' (first at line " + first + ")"));
        continue;
      }
      entries.add(entry);
    }
    return entries;
  }

  private static CueEntry parseLine(
      String source, int lineNo, String line, String frame, Language language, List<Diagnostic> out) {
    String[] fields = line.split("\\|", 4);
    int[] starts = fieldStarts(line, fields);
    String pattern = fields[0].strip();
    if (pattern.isEmpty()) {
      out.add(error(source, lineNo, 1, "empty pattern"));
      return null;
    }
    if (!checkPattern(source, lineNo, column(line, starts[0]), pattern, out)) {
      return null;
    }
    if (fields.length < 2 || fields[1].isBlank()) {
      out.add(error(source, lineNo, line.length() + 1, "missing weight: expected 'pattern | weight'"));
      return null;
    }
    Double weight = parseWeight(source, lineNo, column(line, starts[1]), fields[1].strip(), out);
    boolean exact = false;
    List<String> requires = new ArrayList<>();
    if (fields.length > 2) {
      for (IniParser.Word option : IniParser.words(fields[2], "")) {
        int optionColumn = starts[2] + option.index() + 1;
        if (option.text().equals("exact")) {
          exact = true;
        } else if (option.text().startsWith(REQUIRES)) {
          if (!parseRequires(source, lineNo, optionColumn, option.text(), requires, out)) {
            return null;
          }
        } else {
          out.add(error(source, lineNo, optionColumn,
              "unknown option '" + option.text() + "' (known: exact, requires=GROUP[,GROUP])"));
          return null;
        }
      }
    }
    String note = fields.length > 3 ? fields[3].strip() : "";
    if (weight == null) {
      return null;
    }
    return new CueEntry(frame, language, String.join(" ", pattern.split("\\s+")), weight, exact, note,
        source, lineNo, requires);
  }

  private static boolean parseRequires(String source, int line, int column, String option, List<String> requires,
      List<Diagnostic> out) {
    String value = option.substring(REQUIRES.length());
    int offset = REQUIRES.length();
    for (String group : value.split(",", -1)) {
      if (!GROUP.matcher(group).matches()) {
        out.add(error(source, line, column + offset,
            "target group names match [a-z][a-z0-9_]*, found '" + group + "' in '" + option + "'"));
        return false;
      }
      requires.add(group);
      offset += group.length() + 1;
    }
    return true;
  }

  private static int[] fieldStarts(String line, String[] fields) {
    int[] starts = new int[fields.length];
    int pos = 0;
    for (int f = 0; f < fields.length; f++) {
      starts[f] = pos;
      pos += fields[f].length() + 1;
    }
    return starts;
  }

  /** 1-based column of the first non-blank character at or after {@code index}. */
  private static int column(String line, int index) {
    int i = index;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i + 1;
  }

  private static Double parseWeight(String source, int line, int column, String text, List<Diagnostic> out) {
    double w;
    try {
      w = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      out.add(error(source, line, column, "weight is not a number: '" + text + "'"));
      return null;
    }
    if (!(w > 0 && w <= 1)) {
      out.add(error(source, line, column, "weight must be in (0, 1], found " + text));
      return null;
    }
    return w;
  }

  static boolean checkPattern(String source, int line, int column, String pattern, List<Diagnostic> out) {
    List<IniParser.Word> pieces = IniParser.words(pattern, "");
    if (pieces.get(0).text().equals(ANY) || pieces.get(pieces.size() - 1).text().equals(ANY)) {
      out.add(error(source, line, column, "a pattern cannot start or end with the any-token '*'"));
      return false;
    }
    for (IniParser.Word piece : pieces) {
      String problem = pieceProblem(piece.text());
      if (problem != null) {
        out.add(error(source, line, column + piece.index(), problem));
        return false;
      }
    }
    return true;
  }

  /** What is wrong with one whitespace-separated piece of a pattern, or null. */
  static String pieceProblem(String piece) {
    if (piece.equals(ANY)) {
      return null;
    }
    String body = piece.startsWith("=") ? piece.substring(1) : piece;
    boolean prefix = body.endsWith("*");
    if (prefix) {
      body = body.substring(0, body.length() - 1);
    }
    if (body.isEmpty()) {
      return "empty token in pattern: '" + piece + "'";
    }
    if (body.indexOf('*') >= 0) {
      return "wildcard '*' is allowed only at the end of a token: '" + piece + "'";
    }
    if (prefix && piece.startsWith("=")) {
      return "a token cannot be both exact '=' and a prefix '*': '" + piece + "'";
    }
    if (prefix && body.codePointCount(0, body.length()) < MIN_PREFIX) {
      return "prefix wildcard needs at least " + MIN_PREFIX + " characters before '*': '" + piece + "'";
    }
    return null;
  }
}
