package org.framelens.lexicon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.framelens.LexiconFormatException;
import org.framelens.text.Language;

/**
 * A codebook of frames and their cue lexicons per language.
 *
 * <p>Built-in taxonomies ship in the jar ({@link #builtIn}); a user's own taxonomy is a directory with the
 * same layout ({@link #load}; see {@code lexicons/README.md}). Loading validates everything and fails with
 * a {@link LexiconFormatException} naming file, line and column. {@link #sha256()} identifies the exact
 * content, for a report's provenance.
 *
 * <p>Immutable and thread-safe.
 */
public final class Taxonomy {
  /** Id of the default taxonomy. */
  public static final String DEFAULT_ID = "strategic-narratives";

  /** Id of the SemEval-2025 Task 10 (subtask 2) Ukraine-Russia war narrative taxonomy. */
  public static final String SEMEVAL_URW_ID = "semeval2025-urw";

  private static final List<String> BUILT_IN = List.of(DEFAULT_ID, SEMEVAL_URW_ID);

  private final String id;
  private final String version;
  private final String label;
  private final Set<Language> languages;
  private final List<Frame> frames;
  private final Map<Language, List<CueEntry>> cues;
  private final Map<Language, List<CueEntry>> targets;
  private final Map<String, String> codebook;
  private final String sha256;
  /** Each child frame's parent id (top-level frames are absent). */
  private final Map<String, String> parents;
  private final Map<String, List<String>> descendants;

  Taxonomy(String id, String version, String label, Set<Language> languages,
      List<Frame> frames, Map<Language, List<CueEntry>> cues, Map<Language, List<CueEntry>> targets,
      Map<String, String> codebook, String sha256) {
    this.id = id;
    this.version = version;
    this.label = label;
    this.languages = Set.copyOf(languages);
    this.frames = List.copyOf(frames);
    EnumMap<Language, List<CueEntry>> copy = new EnumMap<>(Language.class);
    cues.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.cues = copy;
    EnumMap<Language, List<CueEntry>> targetCopy = new EnumMap<>(Language.class);
    targets.forEach((k, v) -> targetCopy.put(k, List.copyOf(v)));
    this.targets = targetCopy;
    this.codebook = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(codebook));
    this.sha256 = sha256;
    Map<String, String> parentOf = new java.util.HashMap<>();
    this.frames.stream().filter(f -> f.parent() != null).forEach(f -> parentOf.put(f.id(), f.parent()));
    this.parents = Map.copyOf(parentOf);
    Map<String, List<String>> below = new java.util.HashMap<>();
    for (Frame f : this.frames) {
      // the reader has rejected unknown parents and cycles, so the walk ends
      for (String p = f.parent(); p != null; p = parents.get(p)) {
        below.computeIfAbsent(p, k -> new ArrayList<>()).add(f.id());
      }
    }
    below.replaceAll((k, v) -> List.copyOf(v));
    this.descendants = Map.copyOf(below);
  }

  /** Ids of the taxonomies shipped in the jar. */
  public static List<String> builtInIds() {
    return BUILT_IN;
  }

  /**
   * Loads a built-in taxonomy.
   *
   * @throws IllegalArgumentException if {@code id} is not one of {@link #builtInIds()}
   * @throws IllegalStateException if the packaged files are unreadable or malformed (a broken build)
   */
  public static Taxonomy builtIn(String id) {
    if (!BUILT_IN.contains(id)) {
      throw new IllegalArgumentException("unknown taxonomy '" + id + "'; built-in: " + BUILT_IN);
    }
    try {
      return TaxonomyReader.read(TaxonomySource.classpath(id)).orThrow();
    } catch (IOException | LexiconFormatException e) {
      throw new IllegalStateException("built-in taxonomy " + id + " cannot be loaded: " + e.getMessage(), e);
    }
  }

  /** The default taxonomy, {@value #DEFAULT_ID}. */
  public static Taxonomy defaultTaxonomy() {
    return builtIn(DEFAULT_ID);
  }

  /**
   * Loads a taxonomy from a directory holding {@code taxonomy.ini} and {@code cues/<lang>/<frame>.txt}.
   *
   * @throws LexiconFormatException if any file is malformed (all problems are in its diagnostics)
   * @throws IOException if the directory or a file cannot be read
   */
  public static Taxonomy load(Path dir) throws IOException, LexiconFormatException {
    if (!Files.isDirectory(dir)) {
      throw new java.nio.file.NoSuchFileException(dir.toString(), null, "not a taxonomy directory");
    }
    return TaxonomyReader.read(TaxonomySource.directory(dir)).orThrow();
  }

  /** A built-in taxonomy when {@code idOrPath} is a built-in id, otherwise the directory it names. */
  public static Taxonomy resolve(String idOrPath) throws IOException, LexiconFormatException {
    return BUILT_IN.contains(idOrPath) ? builtIn(idOrPath) : load(Path.of(idOrPath));
  }

  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public String label() {
    return label;
  }

  /** Languages the taxonomy declares cue lexicons for. */
  public Set<Language> languages() {
    return languages;
  }

  /** All frames, in the order of {@code taxonomy.ini}. */
  public List<Frame> frames() {
    return frames;
  }

  /** The frame with this id, if any. */
  public Optional<Frame> frame(String frameId) {
    return frames.stream().filter(f -> f.id().equals(frameId)).findFirst();
  }

  /**
   * The frames below {@code frameId} (children, grandchildren, ...) in taxonomy order; empty for a leaf or
   * an unknown id. A parent frame's score rolls up its descendants' evidence.
   */
  public List<String> descendants(String frameId) {
    return descendants.getOrDefault(frameId, List.of());
  }

  /** {@code frameIds} with every ancestor of each added: a subnarrative's label implies its narrative. */
  public Set<String> withAncestors(java.util.Collection<String> frameIds) {
    Set<String> out = new java.util.LinkedHashSet<>(frameIds);
    for (String id : frameIds) {
      for (String p = parents.get(id); p != null; p = parents.get(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /** The cue entries of a language, in file order (empty when the language has none). */
  public List<CueEntry> cues(Language language) {
    return cues.getOrDefault(language, List.of());
  }

  /**
   * The entries of the target groups that context-constrained cues of a language require (the entry's
   * {@code frame} is the group name); empty when no cue has a constraint.
   */
  public List<CueEntry> targets(Language language) {
    return targets.getOrDefault(language, List.of());
  }

  /** The frame's codebook entry as Markdown (definition, rules, examples), if the taxonomy has a codebook. */
  public Optional<String> codebookEntry(String frameId) {
    return Optional.ofNullable(codebook.get(frameId));
  }

  /** SHA-256 (hex) over the taxonomy file, the codebook, and every cue and target file, in a fixed order. */
  public String sha256() {
    return sha256;
  }

  @Override
  public String toString() {
    List<String> counts = new ArrayList<>();
    cues.forEach((lang, list) -> counts.add(lang.code() + "=" + list.size()));
    return "Taxonomy[" + id + " " + version + ", " + frames.size() + " frames, cues " + counts + "]";
  }
}
