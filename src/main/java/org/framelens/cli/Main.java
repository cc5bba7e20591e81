package org.framelens.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.framelens.FormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code framelens} command line. Exit codes: 0 success, 1 bad input or data (the message names the
 * file and line), 2 usage error. No stack trace reaches the user unless {@code FRAMELENS_DEBUG} is set.
 */
@Command(
    name = "framelens",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Reports the framing devices of news text, with evidence, offsets and voice.",
    subcommands = {AnalyzeCommand.class, BatchCommand.class, EvaluateCommand.class, TrainCommand.class,
        LexiconCommand.class, CorpusCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {
  public static void main(String[] args) {
    // UTF-8 whatever the locale: reports quote the (UTF-8) input, and JSON and HTML must be UTF-8
    System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /** Runs the CLI with the given streams and returns the exit code (for tests and embedding). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("framelens: " + message(e));
      if (System.getenv("FRAMELENS_DEBUG") != null) {
        e.printStackTrace(commandLine.getErr());
      }
      return e instanceof IllegalArgumentException || e instanceof IllegalStateException
          ? CommandLine.ExitCode.USAGE : 1;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      err.println("framelens: " + (e instanceof OutOfMemoryError ? "out of memory" : "stack overflow")
          + "; give the JVM more memory (-Xmx) or split the input");
      code = 1;
    }
    out.flush();
    err.flush();
    return code;
  }

  private static String message(Exception e) {
    if (e instanceof FormatException) {
      return e.getMessage();
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + e.getMessage();
    }
    if (e instanceof java.io.IOException) {
      return "I/O error: " + e.getMessage();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Prints the library version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Package p = Main.class.getPackage();
      String v = p == null ? null : p.getImplementationVersion();
      return new String[] {"framelens " + (v == null ? "(development build)" : v)};
    }
  }
}
