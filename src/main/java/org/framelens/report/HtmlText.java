package org.framelens.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The original text with its evidence highlighted. Evidence spans may overlap (a cue inside a classifier
 * sentence, the same words for two frames), so the text is cut at every start and end into segments; each
 * segment lists the evidence covering it ({@code data-ev="F-I ..."}: frame F of the report, evidence I of the
 * frame) and is styled by all of it. Every evidence starts with an empty anchor {@code id="ev-F-I"}.
 */
final class HtmlText {
  private static final Comparator<Item> FRAME_ORDER =
      Comparator.comparingInt(Item::frame).thenComparingInt(Item::index);

  private final HtmlOut out;
  private final String text;
  private final List<FrameScore> frames;
  private final Map<String, String> colours;

  private HtmlText(HtmlOut out, String text, List<FrameScore> frames, Map<String, String> colours) {
    this.out = out;
    this.text = text;
    this.frames = frames;
    this.colours = colours;
  }

  /** One piece of evidence: frame {@code frame} of the report, evidence {@code index} of that frame. */
  private record Item(int frame, int index, Evidence evidence) {
    String ref() {
      return frame + "-" + index;
    }
  }

  /**
   * Writes {@code text} with the evidence of {@code frames} (the report's frames, in report order).
   *
   * @param colours the colour of each frame with evidence, by id
   */
  static void write(HtmlOut out, String text, List<FrameScore> frames, Map<String, String> colours)
      throws IOException {
    new HtmlText(out, text, frames, colours).write();
  }

  /** Sweeps the text from boundary to boundary, keeping the evidence that covers the current segment. */
  private void write() throws IOException {
    List<Item> byStart = items();
    List<Item> byEnd = new ArrayList<>(byStart);
    byStart.sort(Comparator.comparingInt((Item it) -> it.evidence().start()).thenComparing(FRAME_ORDER));
    byEnd.sort(Comparator.comparingInt((Item it) -> it.evidence().end()));
    TreeSet<Item> active = new TreeSet<>(FRAME_ORDER);
    int pos = 0;
    int s = 0;
    int e = 0;
    while (s < byStart.size() || e < byEnd.size()) {
      // every evidence ends after it starts, so while any is left to start or end, one is left to end
      int next = Math.min(s < byStart.size() ? byStart.get(s).evidence().start() : Integer.MAX_VALUE,
          byEnd.get(e).evidence().end());
      segment(pos, next, active);
      for (; e < byEnd.size() && byEnd.get(e).evidence().end() == next; e++) {
        active.remove(byEnd.get(e));
      }
      for (; s < byStart.size() && byStart.get(s).evidence().start() == next; s++) {
        out.raw("<a class=\"anchor\" id=\"ev-").raw(byStart.get(s).ref()).raw("\"></a>");
        active.add(byStart.get(s));
      }
      pos = next;
    }
    segment(pos, text.length(), active);
  }

  private List<Item> items() {
    List<Item> items = new ArrayList<>();
    for (int f = 0; f < frames.size(); f++) {
      List<Evidence> evidence = frames.get(f).evidence();
      for (int i = 0; i < evidence.size(); i++) {
        items.add(new Item(f, i, evidence.get(i)));
      }
    }
    return items;
  }

  private void segment(int from, int to, TreeSet<Item> active) throws IOException {
    if (from == to) {
      return;
    }
    if (active.isEmpty()) {
      out.text(text, from, to);
      return;
    }
    List<String> refs = new ArrayList<>();
    List<HtmlMarks.Mark> marks = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (Item it : active) {
      FrameScore frame = frames.get(it.frame());
      refs.add(it.ref());
      marks.add(new HtmlMarks.Mark(colours.get(frame.id()), it.evidence().voice(), it.evidence().source()));
      titles.add(title(frame, it.evidence()));
    }
    out.raw("<span class=\"seg\" data-ev=\"").raw(String.join(" ", refs))
        .raw("\" style=\"").raw(HtmlMarks.style(marks))
        .raw("\" title=\"").text(String.join("\n", titles)).raw("\">")
        .text(text, from, to).raw("</span>");
  }

  /** The hover text of one piece of evidence: frame, cue, weight, voice and marker, source. */
  static String title(FrameScore frame, Evidence e) {
    String cue = e.source() == EvidenceSource.CLASSIFIER ? "classifier sentence (" + e.cue() + ")"
        : "cue \u201c" + e.cue() + "\u201d";
    String voice = e.marker() == null ? e.voice().value()
        : e.voice().value() + " by \u201c" + ReportText.abbreviated(e.marker().text(), 40) + "\u201d";
    return String.format(Locale.ROOT, "%s \u00b7 %s \u00b7 weight %.2f \u00b7 %s", frame.label(), cue,
        e.weight(), voice);
  }
}
