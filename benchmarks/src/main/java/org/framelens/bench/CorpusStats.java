package org.framelens.bench;

/** Prints the benchmark corpus sizes the results script needs to turn ms/op into MB/s and documents/s. */
public final class CorpusStats {
  private CorpusStats() {}

  public static void main(String[] args) {
    for (String lang : new String[] {"en", "ru"}) {
      var docs = Corpus.documents(lang, AnalyzeBenchmark.CORPUS_CHARS);
      System.out.printf("analyze.%s.docs=%d%nanalyze.%s.bytes=%d%n", lang, docs.size(), lang, Corpus.utf8Bytes(docs));
    }
    var en = Corpus.documents("en", AnalyzeBenchmark.CORPUS_CHARS);
    System.out.printf("batch.docs=%d%nbatch.bytes=%d%n", en.size(), Corpus.utf8Bytes(en));
    String text = String.join(" ", Corpus.documents("en", MatchBenchmark.TEXT_CHARS)).substring(0, MatchBenchmark.TEXT_CHARS);
    System.out.printf("match.bytes=%d%n", MatchBenchmark.utf8(text));
  }
}
