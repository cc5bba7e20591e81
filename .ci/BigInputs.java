import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the large inputs CI feeds the CLI under -Xmx512m: a single document of about 30 MB and a JSONL corpus
 * of about 100 MB, both made of the project's own demo articles. Usage: java .ci/BigInputs.java OUT_DIR
 */
public class BigInputs {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    String en = Files.readString(Path.of("src/main/resources/org/framelens/demo/demo-en.txt"));
    String ru = Files.readString(Path.of("src/main/resources/org/framelens/demo/demo-ru.txt"));
    try (BufferedWriter w = Files.newBufferedWriter(out.resolve("big.txt"), StandardCharsets.UTF_8)) {
      for (long written = 0; written < 30_000_000; written += en.length() + 2) {
        w.write(en);
        w.write("\n\n");
      }
    }
    String enLine = ",\"text\":" + json(en) + ",\"outlet\":\"demo\"}\n";
    String ruLine = ",\"text\":" + json(ru) + ",\"outlet\":\"demo\"}\n";
    try (BufferedWriter w = Files.newBufferedWriter(out.resolve("big.jsonl"), StandardCharsets.UTF_8)) {
      long written = 0;
      for (int i = 0; written < 100_000_000; i++) {
        String line = "{\"id\":\"" + (i % 2 == 0 ? "en-" : "ru-") + i + "\"" + (i % 2 == 0 ? enLine : ruLine);
        w.write(line);
        written += line.getBytes(StandardCharsets.UTF_8).length;
      }
    }
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
