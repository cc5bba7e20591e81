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

  // a candidate match packed in a long: frame | (MAX_LENGTH - length) | weight rank | first token | entry rank
  private static final int MAX_LENGTH = 127;
  private static final int RANK_BITS = 20;
  private static final int FIRST_SHIFT = RANK_BITS;
  private static final int FIRST_BITS = 17;
  private static final int WEIGHT_SHIFT = FIRST_SHIFT + FIRST_BITS;
  private static final int WEIGHT_BITS = 10;
  private static final int LENGTH_SHIFT = WEIGHT_SHIFT + WEIGHT_BITS;
  private static final int FRAME_SHIFT = LENGTH_SHIFT + 7;
  private static final int FRAME_BITS = 64 - 1 - FRAME_SHIFT;
  private static final long RANK_MASK = (1L << RANK_BITS) - 1;
  private static final int FIRST_MASK = (1 << FIRST_BITS) - 1;

  private final Node root;
  /** Entries by rank: ordered by pattern text, then lexicon order. */
  private final CueEntry[] byRank;
  private final int[] entryLengths;
  /** Per entry rank, the rank of its weight among the distinct weights, heaviest first. */
  private final int[] weightRanks;
  private final Map<CueEntry, Integer> rankOf;
  /** Whether frame, entry and weight ranks fit their fields of a packed candidate. */
  private final boolean packable;

  private CueMatcher(Node root, CueEntry[] byRank, int[] entryLengths, int frames) {
    this.root = root;
    this.byRank = byRank;
    this.entryLengths = entryLengths;
    double[] weights = Arrays.stream(byRank).mapToDouble(CueEntry::weight).distinct().toArray();
    Arrays.sort(weights);
    weightRanks = new int[byRank.length];
    rankOf = new java.util.IdentityHashMap<>();
    for (int r = 0; r < byRank.length; r++) {
      weightRanks[r] = weights.length - 1 - Arrays.binarySearch(weights, byRank[r].weight());
      rankOf.put(byRank[r], r);
    }
    packable = frames < (1 << FRAME_BITS) && byRank.length <= RANK_MASK + 1 && weights.length <= (1 << WEIGHT_BITS);
  }

  /**
   * Compiles {@code entries}; {@code frameIds} fixes the frame order. Patterns whose tokens compile to the
   * same keys as an earlier pattern of the same frame are reported as warnings in {@code diagnostics}.
   */
  public static CueMatcher compile(List<CueEntry> entries, List<String> frameIds, TextPipeline pipeline,
      List<Diagnostic> diagnostics) {
    Node root = new Node();
    Map<String, CueEntry> compiled = new HashMap<>();
    Integer[] order = new Integer[entries.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparing((Integer i) -> entries.get(i).pattern()).thenComparingInt(i -> i));
    int[] rank = new int[entries.size()];
    CueEntry[] byRank = new CueEntry[entries.size()];
    int[] lengths = new int[entries.size()];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
      byRank[r] = entries.get(order[r]);
    }
    for (int index = 0; index < entries.size(); index++) {
      CueEntry entry = entries.get(index);
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
      node.accept(entry, frameIndex, rank[index]);
      lengths[rank[index]] = keys.size();
    }
    root.freeze();
    return new CueMatcher(root, byRank, lengths, frameIds.size());
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
    return match(tokens, null);
  }

  /**
   * Like {@link #match(List)}, but only entries that {@code allowed} accepts take part (before overlaps are
   * resolved, so a disallowed long match never hides an allowed shorter one); {@code null} accepts all.
   */
  public List<Match> match(List<Token> tokens, java.util.function.Predicate<CueEntry> allowed) {
    Candidates found = new Candidates(tokens.size());
    Nodes frontier = new Nodes();
    Nodes next = new Nodes();
    for (int start = 0; start < tokens.size(); start++) {
      frontier.size = 0;
      frontier.add(root);
      for (int t = start; t < tokens.size() && frontier.size > 0; t++) {
        Token token = tokens.get(t);
        next.size = 0;
        for (int i = 0; i < frontier.size; i++) {
          frontier.nodes[i].step(token, next);
        }
        for (int i = 0; i < next.size; i++) {
          Node node = next.nodes[i];
          for (int k = 0; k < node.entries.length; k++) {
            if (allowed == null || allowed.test(node.entries[k])) {
              found.add(node.ranks[k], node.frameIndexes[k], start, t + 1);
            }
          }
        }
        Nodes swap = frontier;
        frontier = next;
        next = swap;
      }
    }
    return found.size == 0 ? List.of() : resolve(found, tokens.size());
  }

  /**
   * Matches found in a sentence, each packed into one {@code long} whose natural order is the resolution
   * order: frame, longest first, heaviest first, earliest first, then pattern text (entry rank).
   */
  private final class Candidates {
    /** Packed keys, or {@code null} when a field does not fit (then {@link #matches} holds the matches). */
    long[] keys;
    List<Match> matches;
    int size;

    Candidates(int tokens) {
      if (packable && tokens <= FIRST_MASK + 1) {
        keys = new long[16];
      } else {
        matches = new ArrayList<>();
      }
    }

    void add(int rank, int frameIndex, int first, int end) {
      size++;
      if (keys == null) {
        matches.add(new Match(byRank[rank], frameIndex, first, end));
        return;
      }
      if (size > keys.length) {
        keys = Arrays.copyOf(keys, keys.length * 2);
      }
      int length = Math.min(end - first, MAX_LENGTH);
      keys[size - 1] = (long) frameIndex << FRAME_SHIFT | (long) (MAX_LENGTH - length) << LENGTH_SHIFT
          | (long) weightRanks[rank] << WEIGHT_SHIFT | (long) first << FIRST_SHIFT | rank;
    }
  }

  /** Per frame, longest (then heaviest, earliest, alphabetical) first; a match overlapping a chosen one loses. */
  private List<Match> resolve(Candidates found, int tokens) {
    long[] keys = found.keys;
    if (keys != null) {
      Arrays.sort(keys, 0, found.size);
    } else {
      found.matches.sort(BY_FRAME_THEN_PRIORITY);
    }
    List<Match> chosen = new ArrayList<>();
    boolean[] used = new boolean[tokens];
    int frame = -1;
    for (int i = 0; i < found.size; i++) {
      int frameIndex;
      int rank;
      int first;
      if (keys != null) {
        long key = keys[i];
        frameIndex = (int) (key >>> FRAME_SHIFT);
        rank = (int) (key & RANK_MASK);
        first = (int) ((key >>> FIRST_SHIFT) & FIRST_MASK);
      } else {
        Match m = found.matches.get(i);
        frameIndex = m.frameIndex();
        rank = rankOf.get(m.entry());
        first = m.first();
      }
      int end = first + entryLengths[rank];
      if (frameIndex != frame) {
        frame = frameIndex;
        Arrays.fill(used, false);
      }
      boolean free = true;
      for (int t = first; t < end && free; t++) {
        free = !used[t];
      }
      if (free) {
        Arrays.fill(used, first, end, true);
        chosen.add(new Match(byRank[rank], frameIndex, first, end));
      }
    }
    chosen.sort(Comparator.comparingInt(Match::first).thenComparingInt(Match::frameIndex));
    return chosen;
  }

  /** A growable list of nodes without per-add checks beyond capacity (no nulling on clear). */
  private static final class Nodes {
    Node[] nodes = new Node[8];
    int size;

    void add(Node n) {
      if (size == nodes.length) {
        nodes = Arrays.copyOf(nodes, size * 2);
      }
      nodes[size++] = n;
    }
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
    private int[] ranks = new int[0];

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

    void accept(CueEntry entry, int frameIndex, int rank) {
      ranks = Arrays.copyOf(ranks, ranks.length + 1);
      ranks[ranks.length - 1] = rank;
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

    void step(Token token, Nodes out) {
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
    private void stepPrefixes(String form, Nodes out) {
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
