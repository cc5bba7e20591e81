package org.framelens;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library version, read once from the packaged properties. */
final class Version {
  static final String VALUE = read();

  private Version() {}

  private static String read() {
    try (InputStream in = Version.class.getResourceAsStream("framelens.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
