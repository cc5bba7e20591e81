package org.framelens.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes HTML to a {@link Writer}: markup as given, text escaped. Long text goes out in slices. */
final class HtmlOut {
  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();
  private static final int SLICE = 8192;

  private final Writer out;

  HtmlOut(Writer out) {
    this.out = out;
  }

  /** Markup, written as it is. */
  HtmlOut raw(String markup) throws IOException {
    out.write(markup);
    return this;
  }

  /** Markup from a format (with {@link Locale#ROOT}); the arguments must already be safe. */
  HtmlOut rawf(String format, Object... args) throws IOException {
    out.write(String.format(Locale.ROOT, format, args));
    return this;
  }

  /** Text or an attribute value, escaped. */
  HtmlOut text(String text) throws IOException {
    out.write(ESCAPER.escape(text));
    return this;
  }

  /** {@code text.substring(from, to)}, escaped, without copying a long range in one piece. */
  HtmlOut text(String text, int from, int to) throws IOException {
    for (int i = from; i < to; i += SLICE) {
      out.write(ESCAPER.escape(text.substring(i, Math.min(to, i + SLICE))));
    }
    return this;
  }
}
