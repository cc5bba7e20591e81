package org.framelens.cli;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.Multiset;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.framelens.CorpusFormatException;
import org.framelens.Document;
import org.framelens.lexicon.Taxonomy;
import org.framelens.corpus.BatchRunner;

/**
 * An output format of {@code framelens batch}. Adding a format is one class implementing this interface
 * and its entry in {@link #ALL}; line-based formats can resume with {@link LineOutput#scan}.
 */
interface BatchFormat {
  /** Every format, by {@link #name()}. */
  List<BatchFormat> ALL = List.of(new JsonlFormat(), new CsvFormat(), new SemevalFormat());

  /** The format with this {@code --format} name. */
  static Optional<BatchFormat> byName(String name) {
    return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The {@code --format} name. */
  String name();

  /**
   * Starts writing reports to {@code out}.
   *
   * @param continuing true when {@code out} appends to the complete part of an earlier run's output
   *     ({@code --resume}), so that a header is already there
   * @param taxonomy the taxonomy of the reports
   */
  ReportWriter open(Writer out, boolean continuing, Taxonomy taxonomy) throws IOException;

  /** The key under which a document's output is written and {@link #scan} finds it again: its id by default. */
  default String key(Document document) {
    return document.id();
  }

  /**
   * Reads the output an interrupted run left, for {@code --resume}: the ids of the reports it holds in
   * full and the length of its complete part.
   *
   * @param framesPerReport how many frames every report lists (the taxonomy's frames)
   * @throws CorpusFormatException naming the output's file and line when it is not output of this format
   */
  Resume scan(Path output, int framesPerReport) throws IOException, CorpusFormatException;

  /** Writes reports in the order given; {@link #flush()} once at the end. */
  interface ReportWriter extends BatchRunner.Sink, Flushable {}

  /**
   * Where an interrupted run stopped.
   *
   * @param ids the ids of the reports written in full, each as often as it was written
   * @param keep how many bytes of the output are complete; the rest is cut off before appending
   * @param cut what is cut off, for the user (empty when nothing is)
   */
  record Resume(Multiset<String> ids, long keep, String cut) {
    public Resume {
      ids = HashMultiset.create(ids);
    }

    /** Nothing done yet. */
    static Resume none() {
      return new Resume(ImmutableMultiset.of(), 0, "");
    }
  }
}
