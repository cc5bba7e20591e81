package org.framelens.corpus;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Weighted log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin'
 * Words", section 3.5): which words a group A uses more than a group B, shrunk towards the background
 * rates so that rare words do not dominate.
 *
 * <p>With counts {@code y_a(w)}, {@code y_b(w)}, totals {@code n_a}, {@code n_b}, prior {@code α(w)} and
 * {@code α0 = Σ α(w)}:
 * <pre>
 * δ(w) = ln((y_a + α) / (n_a + α0 − y_a − α)) − ln((y_b + α) / (n_b + α0 − y_b − α))
 * σ²(w) ≈ 1 / (y_a + α) + 1 / (y_b + α)
 * z(w) = δ(w) / √σ²(w)
 * </pre>
 * The prior is the pooled count of each word over a background corpus that includes both groups, so every
 * word has {@code α > 0}. Positive z: more typical of A. Stateless.
 */
final class LogOddsDirichlet {
  private LogOddsDirichlet() {}

  /** One word's figures; {@code variance} is σ², {@code z} the z-score. */
  record Score(String word, long countA, long countB, double prior, double delta, double variance, double z) {}

  /**
   * Scores every word that occurs in A or B, highest z (most typical of A) first, ties by word. When the
   * prior holds a single word, no odds exist and δ and z are NaN.
   *
   * @throws IllegalArgumentException if such a word has no positive prior
   */
  static List<Score> score(Map<String, Long> a, Map<String, Long> b, Map<String, Long> prior) {
    double na = a.values().stream().mapToLong(Long::longValue).sum();
    double nb = b.values().stream().mapToLong(Long::longValue).sum();
    double alpha0 = prior.values().stream().mapToLong(Long::longValue).sum();
    TreeSet<String> words = new TreeSet<>(a.keySet());
    words.addAll(b.keySet());
    List<Score> out = new ArrayList<>(words.size());
    for (String w : words) {
      long ya = a.getOrDefault(w, 0L);
      long yb = b.getOrDefault(w, 0L);
      double alpha = prior.getOrDefault(w, 0L);
      checkArgument(alpha > 0, "word '%s' has no positive prior count", w);
      double restA = na + alpha0 - ya - alpha;
      double restB = nb + alpha0 - yb - alpha;
      double delta = restA > 0 && restB > 0
          ? Math.log((ya + alpha) / restA) - Math.log((yb + alpha) / restB) : Double.NaN;
      double variance = 1 / (ya + alpha) + 1 / (yb + alpha);
      out.add(new Score(w, ya, yb, alpha, delta, variance, delta / Math.sqrt(variance)));
    }
    out.sort(Comparator.comparing((Score s) -> Double.isNaN(s.z()))
        .thenComparing(Comparator.comparingDouble(Score::z).reversed())
        .thenComparing(Score::word));
    return out;
  }
}
