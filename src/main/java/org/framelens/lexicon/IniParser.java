package org.framelens.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses the small INI dialect of {@code taxonomy.ini} into sections, keeping line and column. */
final class IniParser {
  /** A {@code key = value} line; columns are 1-based. */
  record Entry(String key, String value, int line, int keyColumn, int valueColumn) {}

  /** A {@code [name arg]} section and its entries in file order; columns are 1-based. */
  record Section(String name, String argument, int line, int argumentColumn, Map<String, Entry> entries) {}

  /** A whitespace-separated word and the 0-based index where it starts. */
  record Word(String text, int index) {}

  /** The words of {@code s} separated by whitespace or {@code separator} characters, with their positions. */
  static List<Word> words(String s, String separators) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && isSeparator(s.charAt(i), separators)) {
        i++;
      }
      int start = i;
      while (i < s.length() && !isSeparator(s.charAt(i), separators)) {
        i++;
      }
      if (i > start) {
        words.add(new Word(s.substring(start, i), start));
      }
    }
    return words;
  }

  private static boolean isSeparator(char c, String separators) {
    return Character.isWhitespace(c) || separators.indexOf(c) >= 0;
  }

  private IniParser() {}

  static List<Section> parse(String source, String content, List<Diagnostic> out) {
    List<Section> sections = new ArrayList<>();
    Section current = null;
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String raw = stripInlineComment(lines[i]);
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      int column = raw.indexOf(line.charAt(0)) + 1;
      if (line.startsWith("[")) {
        current = section(source, raw, lineNo, column, out);
        if (current != null) {
          sections.add(current);
        }
        continue;
      }
      int eq = raw.indexOf('=');
      if (eq < 0) {
        out.add(error(source, lineNo, column, "expected 'key = value' or '[section]', found '" + line + "'"));
        continue;
      }
      if (current == null) {
        out.add(error(source, lineNo, column, "key outside of a section; start with [taxonomy]"));
        continue;
      }
      String key = raw.substring(0, eq).strip();
      String value = raw.substring(eq + 1).strip();
      int valueColumn = eq + 2 + (raw.substring(eq + 1).length() - raw.substring(eq + 1).stripLeading().length());
      if (current.entries().containsKey(key)) {
        out.add(error(source, lineNo, column, "duplicate key '" + key + "' (first at line "
            + current.entries().get(key).line() + ")"));
        continue;
      }
      current.entries().put(key, new Entry(key, value, lineNo, column, valueColumn));
    }
    return sections;
  }

  private static Section section(String source, String raw, int lineNo, int column, List<Diagnostic> out) {
    String line = raw.strip();
    if (!line.endsWith("]")) {
      out.add(error(source, lineNo, column + line.length(), "section header must end with ']'"));
      return null;
    }
    int open = raw.indexOf('[');
    List<Word> words = words(raw.substring(open + 1, raw.lastIndexOf(']')), "");
    if (words.isEmpty()) {
      return new Section("", "", lineNo, column, new LinkedHashMap<>());
    }
    Word name = words.get(0);
    String argument = words.size() > 1 ? String.join(" ", words.subList(1, words.size()).stream()
        .map(Word::text).toList()) : "";
    int argumentColumn = words.size() > 1 ? open + 2 + words.get(1).index() : open + 2 + name.index();
    return new Section(name.text(), argument, lineNo, argumentColumn, new LinkedHashMap<>());
  }

  private static String stripInlineComment(String line) {
    int hash = line.indexOf(" #");
    int semi = line.indexOf(" ;");
    int cut = hash < 0 ? semi : semi < 0 ? hash : Math.min(hash, semi);
    return cut < 0 ? line : line.substring(0, cut);
  }

  static Diagnostic error(String source, int line, int column, String message) {
    return new Diagnostic(source, line, column, Diagnostic.Severity.ERROR, message);
  }

  static Diagnostic warning(String source, int line, int column, String message) {
    return new Diagnostic(source, line, column, Diagnostic.Severity.WARNING, message);
  }
}
