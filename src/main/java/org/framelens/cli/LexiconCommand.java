package org.framelens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.framelens.lexicon.Diagnostic;
import org.framelens.lexicon.LexiconLint;
import org.framelens.lexicon.Taxonomy;
import org.framelens.lexicon.VoiceLexicon;
import org.framelens.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code framelens lexicon}: lexicon tools. */
@Command(name = "lexicon", mixinStandardHelpOptions = true, description = "Lexicon tools.",
    subcommands = {LexiconCommand.Lint.class})
final class LexiconCommand {

  /** {@code framelens lexicon lint [DIR]}. */
  @Command(name = "lint", mixinStandardHelpOptions = true,
      description = "Check a taxonomy directory (default: every built-in taxonomy and the voice-marker "
          + "lexicons); prints "
          + "file:line:column diagnostics and exits 1 when there are errors.")
  static final class Lint implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Taxonomy directory to check.")
    Path dir;

    @Override
    public Integer call() throws Exception {
      List<Diagnostic> all = new ArrayList<>();
      if (dir != null) {
        all.addAll(LexiconLint.lint(dir));
      } else {
        for (String id : Taxonomy.builtInIds()) {
          all.addAll(LexiconLint.lintBuiltIn(id));
        }
        for (Language language : Language.values()) {
          all.addAll(VoiceLexicon.lintBuiltIn(language));
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      all.forEach(out::println);
      long errors = all.stream().filter(Diagnostic::isError).count();
      out.println(errors + " errors, " + (all.size() - errors) + " warnings");
      return errors > 0 ? 1 : 0;
    }
  }
}
