package org.framelens.lexicon;

import static org.framelens.lexicon.IniParser.error;
import static org.framelens.lexicon.IniParser.warning;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.framelens.LexiconFormatException;
import org.framelens.internal.Utf8;
import org.framelens.text.Language;

/** Reads and validates a taxonomy from a {@link TaxonomySource}, collecting every problem. */
final class TaxonomyReader {
  static final String TAXONOMY_FILE = "taxonomy.ini";
  private static final Pattern TAXONOMY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern FRAME_ID = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Set<String> TAXONOMY_KEYS = Set.of("id", "version", "label", "languages");
  private static final Set<String> FRAME_KEYS = Set.of("label", "parent", "threshold", "description");

  /** The outcome: a taxonomy when there were no errors, and all diagnostics. */
  record Result(Optional<Taxonomy> taxonomy, List<Diagnostic> diagnostics) {
    Taxonomy orThrow() throws LexiconFormatException {
      if (taxonomy.isPresent()) {
        return taxonomy.get();
      }
      List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
      Diagnostic first = errors.get(0);
      throw new LexiconFormatException(first.source(), first.line(), first.column(), first.message(),
          errors.stream().map(Diagnostic::toString).toList());
    }
  }

  private final TaxonomySource source;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Hasher hasher = Hashing.sha256().newHasher();

  private TaxonomyReader(TaxonomySource source) {
    this.source = source;
  }

  static Result read(TaxonomySource source) throws IOException {
    return new TaxonomyReader(source).read();
  }

  private Result read() throws IOException {
    Optional<String> ini = text(TAXONOMY_FILE);
    if (ini.isEmpty()) {
      if (diagnostics.isEmpty()) {
        diagnostics.add(error(source.name(TAXONOMY_FILE), 0, 0, "missing " + TAXONOMY_FILE));
      }
      return new Result(Optional.empty(), diagnostics);
    }
    String iniName = source.name(TAXONOMY_FILE);
    List<IniParser.Section> sections = IniParser.parse(iniName, ini.get(), diagnostics);
    Map<String, String> header = header(iniName, sections);
    Set<Language> languages = languages(iniName, sections, header);
    List<Frame> frames = frames(iniName, sections);
    Optional<Codebook> codebook = codebook(frames);
    frames = labelled(iniName, sections, frames, codebook);
    checkParents(iniName, sections, frames);
    Map<Language, List<CueEntry>> cues = cues(frames, languages);
    Map<Language, List<CueEntry>> targets = targets(cues);
    boolean ok = diagnostics.stream().noneMatch(Diagnostic::isError);
    Optional<Taxonomy> taxonomy = ok
        ? Optional.of(new Taxonomy(header.get("id"), header.get("version"), header.get("label"), languages,
            frames, cues, targets, codebook.map(Codebook::entries).orElse(Map.of()), hasher.hash().toString()))
        : Optional.empty();
    return new Result(taxonomy, List.copyOf(diagnostics));
  }

  private Optional<String> text(String relativePath) throws IOException {
    Optional<byte[]> bytes = source.read(relativePath);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    hasher.putString(relativePath, StandardCharsets.UTF_8).putByte((byte) 0);
    hasher.putBytes(bytes.get()).putByte((byte) 0);
    try {
      return Optional.of(Utf8.decode(bytes.get()));
    } catch (Utf8.MalformedException e) {
      diagnostics.add(error(source.name(relativePath), e.line(), e.column(), e.getMessage()));
      return Optional.empty();
    }
  }

  private Map<String, String> header(String name, List<IniParser.Section> sections) {
    List<IniParser.Section> found = sections.stream().filter(s -> s.name().equals("taxonomy")).toList();
    Map<String, String> header = new LinkedHashMap<>();
    if (found.size() != 1) {
      int line = found.isEmpty() ? 1 : found.get(1).line();
      diagnostics.add(error(name, line, 1, "expected exactly one [taxonomy] section, found " + found.size()));
      return header;
    }
    IniParser.Section s = found.get(0);
    checkKeys(name, s, TAXONOMY_KEYS);
    for (String key : List.of("id", "version", "label", "languages")) {
      IniParser.Entry e = s.entries().get(key);
      if (e == null || e.value().isEmpty()) {
        diagnostics.add(error(name, s.line(), 1, "[taxonomy] needs a non-empty '" + key + "'"));
      } else {
        header.put(key, e.value());
      }
    }
    IniParser.Entry id = s.entries().get("id");
    if (id != null && !id.value().isEmpty() && !TAXONOMY_ID.matcher(id.value()).matches()) {
      diagnostics.add(error(name, id.line(), id.valueColumn(),
          "taxonomy id may hold only letters, digits, '.', '-' and '_': '" + id.value() + "'"));
    }
    return header;
  }

  private Set<Language> languages(String name, List<IniParser.Section> sections, Map<String, String> header) {
    Set<Language> languages = new LinkedHashSet<>();
    if (!header.containsKey("languages")) {
      return languages;
    }
    IniParser.Entry e = sections.stream().filter(s -> s.name().equals("taxonomy")).findFirst()
        .orElseThrow().entries().get("languages");
    for (IniParser.Word code : IniParser.words(e.value(), ",")) {
      Optional<Language> lang = Language.forCode(code.text());
      if (lang.isEmpty()) {
        diagnostics.add(error(name, e.line(), e.valueColumn() + code.index(),
            "unsupported language '" + code.text() + "' (supported: en, ru)"));
      } else {
        languages.add(lang.get());
      }
    }
    return languages;
  }

  private List<Frame> frames(String name, List<IniParser.Section> sections) {
    List<Frame> frames = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (IniParser.Section s : sections) {
      if (s.name().equals("taxonomy")) {
        continue;
      }
      if (!s.name().equals("frame")) {
        diagnostics.add(error(name, s.line(), s.argumentColumn(), "unknown section [" + s.name() + "] (known: taxonomy, frame)"));
        continue;
      }
      checkKeys(name, s, FRAME_KEYS);
      Frame frame = frame(name, s);
      if (frame != null && !ids.add(frame.id())) {
        diagnostics.add(error(name, s.line(), s.argumentColumn(), "duplicate frame id '" + frame.id() + "'"));
      } else if (frame != null) {
        frames.add(frame);
      }
    }
    if (frames.isEmpty() && diagnostics.stream().noneMatch(Diagnostic::isError)) {
      diagnostics.add(error(name, 0, 0, "the taxonomy declares no [frame ...] section"));
    }
    return frames;
  }

  private Frame frame(String name, IniParser.Section s) {
    String id = s.argument();
    if (!FRAME_ID.matcher(id).matches()) {
      diagnostics.add(error(name, s.line(), s.argumentColumn(),
          "frame id must match [a-z][a-z0-9_]*, found '" + id + "'"));
      return null;
    }
    IniParser.Entry label = s.entries().get("label");
    double threshold = threshold(name, s);
    IniParser.Entry parent = s.entries().get("parent");
    IniParser.Entry description = s.entries().get("description");
    return new Frame(id, label == null ? "" : label.value(),
        parent == null || parent.value().isEmpty() ? null : parent.value(),
        threshold, description == null ? "" : description.value());
  }

  /** Labels and descriptions from the codebook when there is one; every frame must end up with a label. */
  private List<Frame> labelled(String name, List<IniParser.Section> sections, List<Frame> frames,
      Optional<Codebook> codebook) {
    List<Frame> out = new ArrayList<>();
    for (Frame f : frames) {
      int line = sectionLine(sections, f.id());
      String label = f.label();
      String description = f.description();
      if (codebook.isPresent()) {
        Optional<Codebook.Entry> entry = codebook.get().entry(f.id());
        if (entry.isEmpty()) {
          diagnostics.add(error(source.name(Codebook.FILE), 0, 0, "no codebook entry '## " + f.id()
              + ": Label' for frame '" + f.id() + "'"));
        } else {
          label = entry.get().label();
          description = entry.get().definition();
        }
      }
      if (label.isEmpty()) {
        diagnostics.add(error(name, line, 1, "frame '" + f.id() + "' needs a non-empty label"));
      }
      if (description.isEmpty()) {
        diagnostics.add(warning(name, line, 1, "frame '" + f.id() + "' has no description"));
      }
      out.add(new Frame(f.id(), label, f.parent(), f.threshold(), description));
    }
    return out;
  }

  private Optional<Codebook> codebook(List<Frame> frames) throws IOException {
    Optional<String> text = text(Codebook.FILE);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Codebook codebook = Codebook.parse(source.name(Codebook.FILE), text.get(), diagnostics);
    for (Codebook.Entry e : codebook.all()) {
      if (frames.stream().noneMatch(f -> f.id().equals(e.id()))) {
        diagnostics.add(error(source.name(Codebook.FILE), e.line(), 4, "codebook entry for unknown frame '"
            + e.id() + "'"));
      }
    }
    return Optional.of(codebook);
  }

  private static int sectionLine(List<IniParser.Section> sections, String frameId) {
    return sections.stream().filter(s -> s.argument().equals(frameId)).findFirst()
        .map(IniParser.Section::line).orElse(0);
  }

  /** Loads every target group a cue of the language requires; a missing group is an error at the cue. */
  private Map<Language, List<CueEntry>> targets(Map<Language, List<CueEntry>> cues) throws IOException {
    Map<Language, List<CueEntry>> targets = new EnumMap<>(Language.class);
    for (Map.Entry<Language, List<CueEntry>> e : cues.entrySet()) {
      Language lang = e.getKey();
      List<CueEntry> entries = new ArrayList<>();
      Set<String> loaded = new HashSet<>();
      for (CueEntry cue : e.getValue()) {
        for (String group : cue.requires()) {
          if (loaded.add(group)) {
            String path = targetFile(lang, group);
            Optional<String> content = text(path);
            if (content.isEmpty()) {
              diagnostics.add(error(cue.source(), cue.line(), 1, "requires unknown target group '" + group
                  + "': no " + path));
            } else {
              entries.addAll(CueFileParser.parseTargets(source.name(path), content.get(), group, lang,
                  diagnostics));
            }
          }
        }
      }
      targets.put(lang, entries);
    }
    return targets;
  }

  static String targetFile(Language lang, String group) {
    return "targets/" + lang.code() + "/" + group + ".txt";
  }

  private double threshold(String name, IniParser.Section s) {
    IniParser.Entry e = s.entries().get("threshold");
    if (e == null || e.value().isEmpty()) {
      return 0.5;
    }
    try {
      double t = Double.parseDouble(e.value());
      if (t > 0 && t <= 1) {
        return t;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    diagnostics.add(error(name, e.line(), e.valueColumn(), "threshold must be a number in (0, 1]: '"
        + e.value() + "'"));
    return 0.5;
  }

  private void checkKeys(String name, IniParser.Section s, Set<String> allowed) {
    for (IniParser.Entry e : s.entries().values()) {
      if (!allowed.contains(e.key())) {
        diagnostics.add(error(name, e.line(), e.keyColumn(), "unknown key '" + e.key() + "' in [" + s.name()
            + "] (known: " + String.join(", ", allowed.stream().sorted().toList()) + ")"));
      }
    }
  }

  private void checkParents(String name, List<IniParser.Section> sections, List<Frame> frames) {
    Map<String, Frame> byId = new LinkedHashMap<>();
    frames.forEach(f -> byId.put(f.id(), f));
    for (Frame f : frames) {
      int line = sectionLine(sections, f.id());
      if (f.parent() != null && !byId.containsKey(f.parent())) {
        diagnostics.add(error(name, line, 1, "frame '" + f.id() + "' has unknown parent '" + f.parent() + "'"));
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (Frame p = f; p != null && p.parent() != null; p = byId.get(p.parent())) {
        if (!seen.add(p.id())) {
          diagnostics.add(error(name, line, 1, "frame '" + f.id() + "' is in a cycle of parents"));
          break;
        }
      }
    }
  }

  private Map<Language, List<CueEntry>> cues(List<Frame> frames, Set<Language> languages) throws IOException {
    Map<Language, List<CueEntry>> cues = new EnumMap<>(Language.class);
    for (Language lang : languages.stream().sorted().toList()) {
      List<CueEntry> entries = new ArrayList<>();
      for (Frame frame : frames) {
        String path = cueFile(lang, frame.id());
        Optional<String> content = text(path);
        if (content.isEmpty()) {
          if (diagnostics.stream().noneMatch(d -> d.source().equals(source.name(path)))) {
            diagnostics.add(warning(source.name(path), 0, 0, "frame '" + frame.id() + "' has no "
                + lang.code() + " cues"));
          }
          continue;
        }
        entries.addAll(CueFileParser.parse(source.name(path), content.get(), frame.id(), lang, diagnostics));
      }
      cues.put(lang, entries);
    }
    return cues;
  }

  static String cueFile(Language lang, String frameId) {
    return "cues/" + lang.code() + "/" + frameId + ".txt";
  }
}
