package org.framelens.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.framelens.corpus.CorpusSummary.Cooccurrence;
import org.framelens.corpus.CorpusSummary.CueFrequency;
import org.framelens.corpus.CorpusSummary.Difference;
import org.framelens.corpus.CorpusSummary.DistinctiveCue;
import org.framelens.corpus.CorpusSummary.Estimate;
import org.framelens.corpus.CorpusSummary.Example;
import org.framelens.corpus.CorpusSummary.FrameInfo;
import org.framelens.corpus.CorpusSummary.Group;

/** Turns the streamed group states into a {@link CorpusSummary}: runs the bootstrap and builds every table. */
final class SummaryBuilder {
  private static final String[] VOICE_SCOPES = {"all", "authorial", "non_authorial"};

  /** A cell of documents to estimate: a group in one period (or all periods), from some rows. */
  private record Cell(GroupState group, String period, List<FrameRows> rows, boolean keep) {
    String key() {
      return group.label + "\u0000" + period;
    }
  }

  private final CorpusOptions options;
  private final List<FrameInfo> frames;
  private final List<GroupState> groups;
  private final GroupState all;
  private final List<String> cues;
  private final List<TreeSet<Integer>> cueFrames;

  SummaryBuilder(CorpusOptions options, List<FrameInfo> frames, Collection<GroupState> groups, GroupState all,
      List<String> cues, List<TreeSet<Integer>> cueFrames) {
    this.options = options;
    this.frames = frames;
    this.groups = groups.stream().sorted(Comparator.comparing((GroupState g) -> g.label)).toList();
    this.all = all;
    this.cues = cues;
    this.cueFrames = cueFrames;
  }

  CorpusSummary build(CorpusSummary.Input input) {
    List<GroupState> compared = compared();
    List<Cell> cells = cells(compared);
    List<Bootstrap.Estimates> estimates = estimate(cells);
    List<Estimate> rows = new ArrayList<>();
    Map<GroupState, Bootstrap.Estimates> overall = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      rows.addAll(estimateRows(cell, estimates.get(i)));
      if (cell.period().equals(CorpusSummary.ALL)) {
        overall.put(cell.group(), estimates.get(i));
      }
    }
    List<GroupState> everyGroup = new ArrayList<>(groups);
    everyGroup.add(all);
    List<Difference> differences = compared.isEmpty() ? List.of()
        : differences(compared, overall.get(compared.get(0)), overall.get(compared.get(1)));
    List<DistinctiveCue> distinctive = compared.isEmpty() ? List.of() : distinctiveCues(compared);
    return new CorpusSummary(input, options, frames,
        everyGroup.stream().map(g -> new Group(g.values, g.label, g.documents)).toList(), rows,
        everyGroup.stream().flatMap(g -> cooccurrence(g).stream()).toList(),
        everyGroup.stream().flatMap(g -> topCues(g).stream()).toList(), differences, distinctive,
        everyGroup.stream().flatMap(g -> examples(g).stream()).toList());
  }

  /** The two compared groups, or none. */
  private List<GroupState> compared() {
    List<GroupState> out = new ArrayList<>();
    for (String label : options.compare()) {
      GroupState found = groups.stream().filter(g -> g.label.equals(label)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("compared group '" + label + "' is not a group of the"
              + " corpus (groups: " + groups.stream().limit(20).map(g -> g.label)
              .collect(Collectors.joining(", ")) + (groups.size() > 20 ? ", ..." : "") + ")"));
      out.add(found);
    }
    return out;
  }

  /** Every group in all periods and in each period, then the whole corpus the same way. */
  private List<Cell> cells(List<GroupState> compared) {
    List<Cell> cells = new ArrayList<>();
    TreeMap<String, List<FrameRows>> byPeriod = new TreeMap<>();
    List<FrameRows> everything = new ArrayList<>();
    for (GroupState g : groups) {
      cells.add(new Cell(g, CorpusSummary.ALL, g.allRows(), compared.contains(g)));
      g.periods.forEach((period, rows) -> {
        cells.add(new Cell(g, period, List.of(rows), false));
        byPeriod.computeIfAbsent(period, p -> new ArrayList<>()).add(rows);
      });
      everything.addAll(g.allRows());
    }
    cells.add(new Cell(all, CorpusSummary.ALL, everything, false));
    byPeriod.forEach((period, rows) -> cells.add(new Cell(all, period, rows, false)));
    return cells;
  }

  private List<Bootstrap.Estimates> estimate(List<Cell> cells) {
    Bootstrap bootstrap = new Bootstrap(options.replicates(), options.seed());
    int f = frames.size();
    if (options.threads() == 1) {
      return cells.stream().map(c -> bootstrap.estimate(c.key(), c.rows(), f, c.keep())).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "framelens-bootstrap");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Bootstrap.Estimates>> futures = new ArrayList<>();
      for (Cell c : cells) {
        futures.add(pool.submit(() -> bootstrap.estimate(c.key(), c.rows(), f, c.keep())));
      }
      List<Bootstrap.Estimates> out = new ArrayList<>();
      for (Future<Bootstrap.Estimates> future : futures) {
        out.add(future.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Estimate> estimateRows(Cell cell, Bootstrap.Estimates e) {
    List<Estimate> out = new ArrayList<>();
    for (int f = 0; f < frames.size(); f++) {
      for (Measure m : Bootstrap.MEASURES) {
        int i = m.ordinal();
        out.add(new Estimate(cell.group().values, cell.period(), frames.get(f).id(), m, defined(e.value()[i][f]),
            defined(e.low()[i][f]), defined(e.high()[i][f]), e.denominator()[i][f]));
      }
    }
    return out;
  }

  private List<Difference> differences(List<GroupState> compared, Bootstrap.Estimates a, Bootstrap.Estimates b) {
    List<Difference> out = new ArrayList<>();
    for (int f = 0; f < frames.size(); f++) {
      for (Measure m : Bootstrap.MEASURES) {
        int i = m.ordinal();
        double[] ci = Bootstrap.differenceInterval(a.replicates()[i][f], b.replicates()[i][f]);
        out.add(new Difference(frames.get(f).id(), m, compared.get(0).label, compared.get(1).label,
            defined(a.value()[i][f]), defined(b.value()[i][f]), defined(a.value()[i][f] - b.value()[i][f]),
            defined(ci[0]), defined(ci[1]), a.denominator()[i][f], b.denominator()[i][f]));
      }
    }
    return out;
  }

  private List<DistinctiveCue> distinctiveCues(List<GroupState> compared) {
    List<DistinctiveCue> out = new ArrayList<>();
    Map<String, Integer> cueIndex = new HashMap<>();
    for (int i = 0; i < cues.size(); i++) {
      cueIndex.put(cues.get(i), i);
    }
    for (int scope = 0; scope < VOICE_SCOPES.length; scope++) {
      Map<String, Long> a = counts(compared.get(0), scope);
      Map<String, Long> b = counts(compared.get(1), scope);
      Map<String, Long> prior = counts(all, scope);
      for (LogOddsDirichlet.Score s : LogOddsDirichlet.score(a, b, prior)) {
        List<String> cueFrameIds = cueFrames.get(cueIndex.get(s.word())).stream()
            .map(f -> frames.get(f).id()).toList();
        out.add(new DistinctiveCue(VOICE_SCOPES[scope], s.word(), cueFrameIds, s.countA(), s.countB(), s.prior(),
            defined(s.delta()), defined(s.z())));
      }
    }
    return out;
  }

  private Map<String, Long> counts(GroupState g, int scope) {
    Map<String, Long> out = new HashMap<>();
    g.cueVoices.forEach((cue, c) -> {
      if (c[scope] > 0) {
        out.put(cues.get(cue), c[scope]);
      }
    });
    return out;
  }

  private List<Cooccurrence> cooccurrence(GroupState g) {
    List<Cooccurrence> out = new ArrayList<>();
    int k = frames.size();
    long n = g.documents;
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        long na = g.cooccurrence[a * k + a];
        long nb = g.cooccurrence[b * k + b];
        long both = g.cooccurrence[a * k + b];
        long union = na + nb - both;
        double jaccard = union == 0 ? Double.NaN : (double) both / union;
        double denominator = Math.sqrt((double) na * (n - na) * nb * (n - nb));
        double phi = denominator == 0 ? Double.NaN : ((double) n * both - (double) na * nb) / denominator;
        out.add(new Cooccurrence(g.values, frames.get(a).id(), frames.get(b).id(), n, na, nb, both,
            defined(jaccard), defined(phi)));
      }
    }
    return out;
  }

  private List<CueFrequency> topCues(GroupState g) {
    Map<Integer, List<Map.Entry<Long, long[]>>> byFrame = g.cueCounts.entrySet().stream()
        .collect(Collectors.groupingBy(e -> (int) (e.getKey() >>> 32)));
    List<CueFrequency> out = new ArrayList<>();
    for (int f = 0; f < frames.size(); f++) {
      List<Map.Entry<Long, long[]>> entries = new ArrayList<>(byFrame.getOrDefault(f, List.of()));
      entries.sort(Comparator.comparingLong((Map.Entry<Long, long[]> e) -> -e.getValue()[GroupState.DOCUMENTS])
          .thenComparingLong(e -> -e.getValue()[GroupState.OCCURRENCES])
          .thenComparing(e -> cues.get((int) (long) e.getKey())));
      for (int r = 0; r < Math.min(options.topCues(), entries.size()); r++) {
        long[] c = entries.get(r).getValue();
        out.add(new CueFrequency(g.values, frames.get(f).id(), r + 1, cues.get((int) (long) entries.get(r).getKey()),
            c[0], (double) c[0] / g.documents, c[1], c[2], c[3], c[4], c[5]));
      }
    }
    return out;
  }

  private static List<Example> examples(GroupState g) {
    return g.examples.stream()
        .flatMap(kept -> kept.stream().sorted(Comparator.comparingLong(Example::line)))
        .toList();
  }

  private static Double defined(double value) {
    return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
  }
}
