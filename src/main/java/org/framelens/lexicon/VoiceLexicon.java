package org.framelens.lexicon;

import static org.framelens.lexicon.IniParser.error;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framelens.LexiconFormatException;
import org.framelens.internal.Utf8;
import org.framelens.text.Language;

/**
 * The voice-marker lexicon of one language: attribution, distancing, negation and neutral markers, and
 * the clause boundaries that limit their scope. Files: {@code lexicons/voice/<lang>/<type>.txt} with lines
 * {@code pattern | scope [| options [| note]]}, where scope is {@code clause}, {@code after},
 * {@code before} or {@code nextN} (N tokens), and {@code boundaries.txt} with one pattern per line.
 * Immutable and thread-safe.
 */
public final class VoiceLexicon {
  static final String BOUNDARIES = "boundaries";
  private static final Pattern NEXT = Pattern.compile("next([1-9][0-9]?)");

  private final Language language;
  private final List<VoiceMarker> markers;
  private final List<CueEntry> boundaries;
  private final String sha256;

  private VoiceLexicon(Language language, List<VoiceMarker> markers, List<CueEntry> boundaries, String sha256) {
    this.language = language;
    this.markers = List.copyOf(markers);
    this.boundaries = List.copyOf(boundaries);
    this.sha256 = sha256;
  }

  /**
   * The built-in marker lexicon of {@code language}.
   *
   * @throws IllegalStateException if the packaged files are unreadable or malformed (a broken build)
   */
  public static VoiceLexicon builtIn(Language language) {
    try {
      Result r = read(TaxonomySource.classpathRoot("lexicons/voice/"), language);
      return r.orThrow();
    } catch (IOException | LexiconFormatException e) {
      throw new IllegalStateException("built-in voice lexicon " + language.code() + " cannot be loaded: "
          + e.getMessage(), e);
    }
  }

  /** Lints the built-in marker lexicon of a language. */
  public static List<Diagnostic> lintBuiltIn(Language language) throws IOException {
    Result result = read(TaxonomySource.classpathRoot("lexicons/voice/"), language);
    List<Diagnostic> out = new ArrayList<>(result.diagnostics());
    result.lexicon().ifPresent(lexicon -> {
      List<String> types = java.util.Arrays.stream(VoiceMarker.Type.values()).map(VoiceMarker.Type::fileStem).toList();
      org.framelens.internal.CueMatcher.compile(lexicon.markers().stream().map(VoiceMarker::entry).toList(), types,
          org.framelens.text.TextPipeline.forLanguage(language), out);
    });
    return out;
  }

  public Language language() {
    return language;
  }

  /** All markers, in file order (types in declaration order). */
  public List<VoiceMarker> markers() {
    return markers;
  }

  /** Patterns that end a clause (";", "but", ", and", ...). */
  public List<CueEntry> boundaries() {
    return boundaries;
  }

  /** SHA-256 (hex) over the lexicon's files. */
  public String sha256() {
    return sha256;
  }

  /** The outcome of reading: a lexicon when there were no errors, and all diagnostics. */
  record Result(Optional<VoiceLexicon> lexicon, List<Diagnostic> diagnostics) {
    VoiceLexicon orThrow() throws LexiconFormatException {
      if (lexicon.isPresent()) {
        return lexicon.get();
      }
      Diagnostic first = diagnostics.stream().filter(Diagnostic::isError).findFirst().orElseThrow();
      throw new LexiconFormatException(first.source(), first.line(), first.column(), first.message(),
          diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList());
    }
  }

  static Result read(TaxonomySource source, Language language) throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Hasher hasher = Hashing.sha256().newHasher();
    List<VoiceMarker> markers = new ArrayList<>();
    for (VoiceMarker.Type type : VoiceMarker.Type.values()) {
      String path = language.code() + "/" + type.fileStem() + ".txt";
      Optional<String> text = text(source, path, hasher, diagnostics);
      text.ifPresent(t -> markers.addAll(parse(source.name(path), t, type, language, diagnostics)));
    }
    String path = language.code() + "/" + BOUNDARIES + ".txt";
    List<CueEntry> boundaries = text(source, path, hasher, diagnostics)
        .map(t -> CueFileParser.parseTargets(source.name(path), t, BOUNDARIES, language, diagnostics))
        .orElse(List.of());
    boolean ok = diagnostics.stream().noneMatch(Diagnostic::isError);
    return new Result(ok ? Optional.of(new VoiceLexicon(language, markers, boundaries, hasher.hash().toString()))
        : Optional.empty(), diagnostics);
  }

  private static Optional<String> text(TaxonomySource source, String path, Hasher hasher, List<Diagnostic> out)
      throws IOException {
    Optional<byte[]> bytes = source.read(path);
    if (bytes.isEmpty()) {
      out.add(IniParser.warning(source.name(path), 0, 0, "missing voice-marker file"));
      return Optional.empty();
    }
    hasher.putString(path, StandardCharsets.UTF_8).putByte((byte) 0).putBytes(bytes.get()).putByte((byte) 0);
    try {
      return Optional.of(Utf8.decode(bytes.get()));
    } catch (Utf8.MalformedException e) {
      out.add(error(source.name(path), e.line(), e.column(), e.getMessage()));
      return Optional.empty();
    }
  }

  /** Parses {@code pattern | scope [| options [| note]]} lines. */
  static List<VoiceMarker> parse(String source, String content, VoiceMarker.Type type, Language language,
      List<Diagnostic> out) {
    List<VoiceMarker> markers = new ArrayList<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\\|", 4);
      String pattern = String.join(" ", fields[0].strip().split("\\s+"));
      if (pattern.isEmpty() || !CueFileParser.checkPattern(source, i + 1, 1 + fields[0].indexOf(pattern.charAt(0)),
          pattern, out)) {
        if (pattern.isEmpty()) {
          out.add(error(source, i + 1, 1, "empty pattern"));
        }
        continue;
      }
      int scopeColumn = fields[0].length() + 2;
      String scopeText = fields.length > 1 ? fields[1].strip().toLowerCase(Locale.ROOT) : "";
      VoiceMarker.Scope scope;
      int reach = 0;
      Matcher next = NEXT.matcher(scopeText);
      if (next.matches()) {
        scope = VoiceMarker.Scope.NEXT;
        reach = Integer.parseInt(next.group(1));
      } else if (List.of("clause", "after", "before").contains(scopeText)) {
        scope = VoiceMarker.Scope.valueOf(scopeText.toUpperCase(Locale.ROOT));
      } else {
        out.add(error(source, i + 1, scopeColumn, "scope must be clause, after, before or nextN, found '"
            + scopeText + "'"));
        continue;
      }
      boolean exact = false;
      if (fields.length > 2) {
        for (IniParser.Word option : IniParser.words(fields[2], "")) {
          if (!option.text().equals("exact")) {
            out.add(error(source, i + 1, fields[0].length() + fields[1].length() + 3 + option.index(),
                "unknown option '" + option.text() + "' (known: exact)"));
            continue;
          }
          exact = true;
        }
      }
      String note = fields.length > 3 ? fields[3].strip() : "";
      CueEntry entry = new CueEntry(type.fileStem(), language, pattern, 1.0, exact, note, source, i + 1);
      markers.add(new VoiceMarker(entry, type, scope, reach));
    }
    return markers;
  }
}
