package org.framelens.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.framelens.lexicon.CueEntry;
import org.framelens.lexicon.Diagnostic;
import org.framelens.text.TextPipeline;
import org.framelens.text.Token;

/**
 * All cue patterns of one language compiled into a token trie, matched in one pass per sentence.
 *
 * <p>Each trie edge is an exact token form, a stem or a prefix. From every token position the matcher
 * follows all edges the token satisfies, collecting every accepted pattern; per frame, overlapping matches
 * are then resolved longest first, then by weight, start and pattern text. Immutable and thread-safe.
 * Not API.
 */
public final class CueMatcher {
  /** One accepted match: the entry and its token range {@code [first, end)} in the sentence. */
  public record Match(CueEntry entry, int frameIndex, int first, int end) {
    int length() {
      return end - first;
    }
  }

  private static final Comparator<Match> PRIORITY = Comparator
      .comparingInt(Match::length).reversed()
      .thenComparing(Comparator.comparingDouble((Match m) -> m.entry().weight()).reversed())
      .thenComparingInt(Match::first)
      .thenComparing(m -> m.entry().pattern());
  private static final Comparator<Match> BY_FRAME_THEN_PRIORITY =
      Comparator.comparingInt(Match::frameIndex).thenComparing(PRIORITY);

  private final Node root;

  private CueMatcher(Node root) {
    this.root = root;
  }

  /**
   * Compiles {@code entries}; {@code frameIds} fixes the frame order. Patterns whose tokens compile to the
   * same keys as an earlier pattern of the same frame are reported as warnings in {@code diagnostics}.
   */
  public static CueMatcher compile(List<CueEntry> entries, List<String> frameIds, TextPipeline pipeline,
      List<Diagnostic> diagnostics) {
    Node root = new Node();
    Map<String, CueEntry> compiled = new HashMap<>();
    for (CueEntry entry : entries) {
      int frameIndex = frameIds.indexOf(entry.frame());
      if (frameIndex < 0) {
        throw new IllegalArgumentException("cue for unknown frame " + entry.frame());
      }
      List<String> keys = keys(entry, pipeline);
      CueEntry earlier = compiled.putIfAbsent(entry.frame() + "\u0000" + keys, entry);
      if (earlier != null) {
        diagnostics.add(new Diagnostic(entry.source(), entry.line(), 1, Diagnostic.Severity.WARNING,
            "pattern '" + entry.pattern() + "' matches the same tokens as '" + earlier.pattern()
                + "' (line " + earlier.line() + ")"));
      }
      Node node = root;
      for (String key : keys) {
        node = node.child(key);
      }
      node.accept(entry, frameIndex);
    }
    root.freeze();
    return new CueMatcher(root);
  }

  /**
   * Trie keys of a pattern: {@code =form}, {@code ~stem}, {@code *prefix} or {@code ?} (any token, a lone
   * {@code *} in the pattern) per token. A piece is tokenized
   * like running text; in a piece ending with {@code *}, the last of its tokens is the prefix.
   */
  static List<String> keys(CueEntry entry, TextPipeline pipeline) {
    List<String> keys = new ArrayList<>();
    for (String piece : entry.pattern().split(" ")) {
      if (piece.equals("*")) {
        keys.add("?");
        continue;
      }
      boolean exact = entry.exact() || piece.startsWith("=");
      String body = piece.startsWith("=") ? piece.substring(1) : piece;
      boolean prefix = body.endsWith("*");
      List<String> tokens = pipeline.tokenize(prefix ? body.substring(0, body.length() - 1) : body);
      for (int i = 0; i < tokens.size(); i++) {
        String form = TextPipeline.fold(tokens.get(i));
        if (prefix && i == tokens.size() - 1) {
          keys.add("*" + form);
        } else {
          keys.add(exact ? "=" + form : "~" + pipeline.stem(form));
        }
      }
    }
    return keys;
  }

  /** All matches in {@code tokens}, overlaps resolved per frame, sorted by start token then frame. */
  public List<Match> match(List<Token> tokens) {
    return match(tokens, entry -> true);
  }

  /**
   * Like {@link #match(List)}, but only entries that {@code allowed} accepts take part (before overlaps are
   * resolved, so a disallowed long match never hides an allowed shorter one).
   */
  public List<Match> match(List<Token> tokens, java.util.function.Predicate<CueEntry> allowed) {
    List<Match> all = new ArrayList<>();
    List<Node> frontier = new ArrayList<>();
    List<Node> next = new ArrayList<>();
    for (int start = 0; start < tokens.size(); start++) {
      frontier.clear();
      frontier.add(root);
      for (int t = start; t < tokens.size() && !frontier.isEmpty(); t++) {
        next.clear();
        Token token = tokens.get(t);
        for (Node node : frontier) {
          node.step(token, next);
        }
        for (Node node : next) {
          for (int k = 0; k < node.entries.length; k++) {
            if (allowed.test(node.entries[k])) {
              all.add(new Match(node.entries[k], node.frameIndexes[k], start, t + 1));
            }
          }
        }
        List<Node> swap = frontier;
        frontier = next;
        next = swap;
      }
    }
    return all.isEmpty() ? List.of() : resolve(all, tokens.size());
  }

  /** Per frame, longest (then heaviest, earliest, alphabetical) first; a match overlapping a chosen one loses. */
  private static List<Match> resolve(List<Match> all, int tokens) {
    all.sort(BY_FRAME_THEN_PRIORITY);
    List<Match> chosen = new ArrayList<>();
    boolean[] used = new boolean[tokens];
    int frame = -1;
    for (Match m : all) {
      if (m.frameIndex() != frame) {
        frame = m.frameIndex();
        java.util.Arrays.fill(used, false);
      }
      boolean free = true;
      for (int t = m.first(); t < m.end() && free; t++) {
        free = !used[t];
      }
      if (free) {
        for (int t = m.first(); t < m.end(); t++) {
          used[t] = true;
        }
        chosen.add(m);
      }
    }
    chosen.sort(Comparator.comparingInt(Match::first).thenComparingInt(Match::frameIndex));
    return chosen;
  }

  /** A trie node. Mutable while compiling, frozen before the matcher is published. */
  private static final class Node {
    private final Map<String, Node> exact = new HashMap<>();
    private final Map<String, Node> stem = new HashMap<>();
    private final Map<String, Node> prefix = new HashMap<>();
    private Node any;
    private int[] prefixLengths = new int[0];
    private String[] prefixKeys;
    private Node[] prefixNodes;
    private CueEntry[] entries = new CueEntry[0];
    private int[] frameIndexes = new int[0];

    Node child(String key) {
      if (key.equals("?")) {
        if (any == null) {
          any = new Node();
        }
        return any;
      }
      Map<String, Node> edges = switch (key.charAt(0)) {
        case '=' -> exact;
        case '~' -> stem;
        default -> prefix;
      };
      return edges.computeIfAbsent(key.substring(1), k -> new Node());
    }

    void accept(CueEntry entry, int frameIndex) {
      entries = Arrays.copyOf(entries, entries.length + 1);
      entries[entries.length - 1] = entry;
      frameIndexes = Arrays.copyOf(frameIndexes, frameIndexes.length + 1);
      frameIndexes[frameIndexes.length - 1] = frameIndex;
    }

    void freeze() {
      prefixLengths = prefix.keySet().stream().mapToInt(String::length).distinct().sorted().toArray();
      if (!prefix.isEmpty()) {
        int size = Integer.highestOneBit(prefix.size() * 4 - 1) << 1;
        prefixKeys = new String[size];
        prefixNodes = new Node[size];
        prefix.forEach((key, node) -> {
          int i = slot(key.hashCode(), size);
          while (prefixKeys[i] != null) {
            i = (i + 1) & (size - 1);
          }
          prefixKeys[i] = key;
          prefixNodes[i] = node;
        });
      }
      exact.values().forEach(Node::freeze);
      stem.values().forEach(Node::freeze);
      prefix.values().forEach(Node::freeze);
      if (any != null) {
        any.freeze();
      }
    }

    void step(Token token, List<Node> out) {
      if (any != null) {
        out.add(any);
      }
      Node n = exact.get(token.form());
      if (n != null) {
        out.add(n);
      }
      n = stem.get(token.stem());
      if (n != null) {
        out.add(n);
      }
      if (prefixKeys != null) {
        stepPrefixes(token.form(), out);
      }
    }

    /**
     * Follows every prefix edge the form starts with, without allocating: the hash of each prefix is
     * String's hash, computed incrementally, and looked up in an open-addressing table.
     */
    private void stepPrefixes(String form, List<Node> out) {
      int hash = 0;
      int next = 0;
      for (int i = 0; i < form.length() && next < prefixLengths.length; i++) {
        hash = 31 * hash + form.charAt(i);
        if (i + 1 == prefixLengths[next]) {
          next++;
          int mask = prefixKeys.length - 1;
          for (int k = slot(hash, prefixKeys.length); prefixKeys[k] != null; k = (k + 1) & mask) {
            String key = prefixKeys[k];
            if (key.length() == i + 1 && key.hashCode() == hash && form.regionMatches(0, key, 0, i + 1)) {
              out.add(prefixNodes[k]);
              break;
            }
          }
        }
      }
    }

    private static int slot(int hash, int size) {
      return (hash ^ (hash >>> 16)) & (size - 1);
    }
  }
}
