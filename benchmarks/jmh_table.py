#!/usr/bin/env python3
"""Turns JMH JSON results into the performance section of RESULTS.md (Markdown)."""
import datetime
import json
import platform
import subprocess
import sys

results = [r for f in sys.argv[1].split(",") for r in json.load(open(f))]
stats = dict(line.strip().split("=", 1) for line in open(sys.argv[2]) if "=" in line)
heap_mb = sys.argv[3]
command = sys.argv[4]


def row(name, param=None, mode=None):
    for r in results:
        params = r.get("params", {})
        if (r["benchmark"].endswith(name) and (param is None or param in params.values())
                and (mode is None or params.get("mode") == mode)):
            m = r["primaryMetric"]
            return m["score"], m["scoreError"], m["scoreUnit"]
    return None


def mbps(ms, size):
    return size / 1e6 / (ms / 1000.0)


jdk = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
out = []
out.append("## Performance (JMH 1.37)")
out.append("")
out.append(f"- date: {datetime.date.today()}, JDK: {jdk}, machine: {platform.machine()} "
           f"{subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores")
out.append(f"- command: `{command}`; single-threaded unless stated; score ± 99.9% error")
out.append("- corpus: articles assembled from this project's own texts (demo articles, sample corpus, dev "
           "validation sentences), fixed seed")
out.append("")
out.append("### Cue matching, 10,000 entries, ~100 KB of English news (same entries, same text)")
out.append("")
out.append("| engine | ms per 100 KB | MB/s | what it matches |")
out.append("|---|---:|---:|---|")
size = int(stats["match.bytes"])
for name, label, what in [
    ("framelensTrie_preTokenized", "framelens token trie (tokens given)", "stems, prefixes, exact forms, multiword, overlaps resolved"),
    ("framelensTrie_withTokenizing", "framelens incl. sentence split, tokenize, stem", "same"),
    ("baselineDoubleArrayTrie", "hankcs double-array Aho-Corasick 1.2.3", "exact lower-case substrings"),
    ("baselineAhoCorasick", "org.ahocorasick 0.6.3 (whole words, ignore case)", "exact strings"),
    ("baselineRegexPerEntry", "one java.util.regex per entry", "exact strings, word boundaries"),
]:
    r = row(name)
    if r:
        out.append(f"| {label} | {r[0]:.2f} ± {r[1]:.2f} | {mbps(r[0], size):.2f} | {what} |")
out.append("")
out.append("### End-to-end analysis and stages (lexicon evidence, voice, scoring)")
out.append("")
out.append("| benchmark | language | ms per corpus | MB/s | documents/s |")
out.append("|---|---|---:|---:|---:|")
for name, mode in [("analyze", "hybrid"), ("analyze", "lexicon"), ("stage1_normalize", "lexicon"),
                   ("stage2_splitTokenizeStem", "lexicon"), ("stage3_matchCues", "lexicon"), ("stage4_voice", "lexicon")]:
    for lang in ["en", "ru"]:
        r = row("AnalyzeBenchmark." + name, lang, mode)
        if r:
            b = int(stats[f"analyze.{lang}.bytes"])
            d = int(stats[f"analyze.{lang}.docs"])
            label = f"{name} ({mode} mode)" if name == "analyze" else name
            out.append(f"| {label} | {lang} | {r[0]:.1f} ± {r[1]:.1f} | {mbps(r[0], b):.2f} | {d / (r[0] / 1000):.0f} |")
out.append("")
out.append(f"(corpus per language: {stats['analyze.en.docs']} English articles, {int(stats['analyze.en.bytes'])/1e3:.0f} KB; "
           f"{stats['analyze.ru.docs']} Russian articles, {int(stats['analyze.ru.bytes'])/1e3:.0f} KB UTF-8)")
out.append("")
out.append("### Batch runner (English, JSON output), start-up, memory")
out.append("")
b1, b2 = row("BatchBenchmark.batch", "1"), row("BatchBenchmark.batch", "2")
if b1 and b2:
    d = int(stats["batch.docs"])
    out.append(f"- batch, 1 thread: {b1[0]:.1f} ± {b1[1]:.1f} ms for {d} documents ({d / (b1[0] / 1000):.0f} documents/s)")
    out.append(f"- batch, 2 threads: {b2[0]:.1f} ± {b2[1]:.1f} ms ({d / (b2[0] / 1000):.0f} documents/s), "
               f"speed-up {b1[0] / b2[0]:.2f}×")
s = row("StartupBenchmark.buildDefaultAnalyzerAndAnalyzeOnce")
if s:
    out.append(f"- start-up (fresh JVM: build the default analyzer, analyse one sentence): {s[0]:.0f} ± {s[1]:.0f} ms")
out.append(f"- retained heap of a default analyzer after analysing one English and one Russian sentence: {heap_mb} MB")
print("\n".join(out))
