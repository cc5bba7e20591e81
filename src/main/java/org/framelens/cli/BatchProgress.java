package org.framelens.cli;

import java.io.Closeable;
import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress of a batch run on stderr: a bar over the input's bytes (or files) with the documents read
 * and the speed, or a count with its rate when the size is unknown (standard input). On a terminal it is
 * redrawn in place every second; with {@code --progress always} and no terminal, a line every five
 * seconds. Updated from the reading thread only.
 */
final class BatchProgress implements Closeable {
  private static final int MIB = 1 << 20;

  private final ProgressBar bar;
  private final LongSupplier position;
  private final boolean countsDocuments;
  private long documents;

  private BatchProgress(ProgressBar bar, LongSupplier position, boolean countsDocuments) {
    this.bar = bar;
    this.position = position;
    this.countsDocuments = countsDocuments;
  }

  /** Starts showing the progress of reading {@code input}: on the terminal, or else as lines on {@code err}. */
  static BatchProgress start(BatchInput input, PrintWriter err) {
    boolean terminal = System.console() != null;
    ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("batch")
        .showSpeed(new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    if (terminal) {
      builder.setConsumer(new ConsoleProgressBarConsumer(System.err));
    } else {
      builder.setConsumer(lines(err)).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(5000);
    }
    boolean countsDocuments = input.total() < 0;
    if (countsDocuments) {
      builder.setInitialMax(-1).setUnit(" documents", 1);
    } else if (input.unit().equals("files")) {
      builder.setInitialMax(input.total()).setUnit(" files", 1);
    } else if (input.total() >= 100L * MIB) {
      builder.setInitialMax(input.total()).setUnit(" MiB", MIB);
    } else {
      builder.setInitialMax(input.total()).setUnit(" KiB", 1024);
    }
    return new BatchProgress(builder.build(), input.position(), countsDocuments);
  }

  /** One line per update, without repeating the last (the bar renders once more when closed). */
  private static ProgressBarConsumer lines(PrintWriter err) {
    String[] last = {""};
    return new DelegatingProgressBarConsumer(line -> {
      String stripped = line.strip();
      if (!stripped.equals(last[0])) {
        err.println(stripped);
        err.flush();
        last[0] = stripped;
      }
    });
  }

  /** Called after each document or malformed record read. */
  void step() {
    documents++;
    if (countsDocuments) {
      bar.stepTo(documents);
    } else {
      bar.stepTo(position.getAsLong());
      bar.setExtraMessage(" " + documents + " documents");
    }
  }

  @Override
  public void close() {
    bar.close();
  }
}
