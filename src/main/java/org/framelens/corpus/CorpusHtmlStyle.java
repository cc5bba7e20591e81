package org.framelens.corpus;

/** The style sheet and voice legend embedded in the corpus report (no external resources). */
final class CorpusHtmlStyle {
  private CorpusHtmlStyle() {}

  static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
        margin:24px auto;max-width:980px;padding:0 16px;color:#222;line-height:1.4}
      h1{font-size:1.6em;margin-bottom:4px}
      h2{border-bottom:1px solid #ccc;padding-bottom:4px;margin-top:2em}
      h3{margin-top:1.4em}
      h4{margin:4px 0}
      code{font-size:0.92em}
      .meta{color:#444}
      nav{position:sticky;top:0;background:#fff;padding:6px 0;border-bottom:1px solid #eee;z-index:1}
      nav a{margin-right:14px}
      a{color:#0a58a6}
      table{border-collapse:collapse;font-size:13px;margin:8px 0}
      th,td{border:1px solid #ddd;padding:3px 7px;vertical-align:top}
      th{background:#f5f5f5;text-align:left;font-weight:600}
      td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .ci,.n{color:#666;font-size:11px}
      .na{color:#aaa}
      .note{color:#555;font-size:0.92em}
      .scroll{overflow-x:auto}
      figure{margin:10px 0}
      svg.chart{max-width:100%;height:auto;font-family:inherit}
      svg.chart a circle:hover{stroke:#000;stroke-width:2}
      .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(440px,1fr));gap:4px 16px}
      .grid figure{margin:0}
      .legend{margin:6px 0;font-size:13px}
      .legend span{margin-right:14px;white-space:nowrap}
      .legend i{display:inline-block;width:12px;height:12px;margin-right:5px;vertical-align:-1px}
      .cols{display:grid;grid-template-columns:repeat(auto-fill,minmax(460px,1fr));gap:0 20px}
      .examples{padding:4px 8px;margin:6px 0;border-left:3px solid #ddd}
      .examples:target{background:#fff6cc;border-left-color:#e6b800}
      .examples ul{margin:4px 0;padding-left:20px}
      .examples li{margin-bottom:6px}
      .ev{display:inline-block;margin:2px 10px 2px 0}
      mark{padding:0 2px;border-radius:2px;color:inherit}
      mark.v-authorial{background:#ffd966}
      mark.v-attributed{background:#cfe3f7;border-bottom:2px dotted #0072B2}
      mark.v-distanced{background:#eadcf5;font-style:italic;border-bottom:2px dashed #8e44ad}
      mark.v-negated{background:#eee;text-decoration:line-through}
      td.pos{color:#0a4d80} td.neg{color:#a33f00}
      details{margin:6px 0}
      summary{cursor:pointer;font-weight:600}
      dt{font-weight:600;margin-top:6px} dd{margin-left:18px}
      """;

  static final String VOICE_LEGEND = "<p class=\"legend\">Voice: <mark class=\"v-authorial\">authorial</mark>"
      + " <mark class=\"v-attributed\">attributed</mark> <mark class=\"v-distanced\">distanced</mark>"
      + " <mark class=\"v-negated\">negated</mark></p>\n";
}
