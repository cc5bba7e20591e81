/**
 * framelens: framing devices in news text, with evidence.
 *
 * <h2>In one line</h2>
 *
 * <pre>{@code
 * FramingReport report = Framelens.analyze("Sanctions have failed; our self-reliance grows.");
 * System.out.println(report);            // a table: frame, score, present, stance, evidence, top cues
 * }</pre>
 *
 * <h2>In an application</h2>
 *
 * <pre>{@code
 * FramingAnalyzer analyzer = FramingAnalyzer.builder()      // build once, share across threads
 *     .taxonomy(Taxonomy.load(Path.of("my-taxonomy")))     // or the default, strategic-narratives
 *     .threshold(0.6)
 *     .build();
 * FramingReport r = analyzer.analyze(new Document("doc-1", text, "en", Map.of("outlet", "X")));
 * r.frame("western_aggression").ifPresent(f -> f.evidence().forEach(e ->
 *     System.out.println(text.substring(e.start(), e.end()) + " <- " + e.cue())));
 * String json = r.toJson();
 * }</pre>
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Every frame of the taxonomy is in every report, sorted by score then id.
 *   <li>Evidence offsets are UTF-16, half-open, into the caller's original string.
 *   <li>Analyzers are immutable and thread-safe; the same input gives the same report.
 *   <li>Bad data files raise {@link org.framelens.LexiconFormatException} or
 *       {@link org.framelens.CorpusFormatException} naming file, line and column; caller mistakes raise
 *       {@code IllegalArgumentException}, {@code IllegalStateException} or {@code NullPointerException}.
 * </ul>
 */
package org.framelens;
