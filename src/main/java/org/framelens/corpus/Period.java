package org.framelens.corpus;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/**
 * The width of a time bucket in a corpus over-time series. Bucket labels sort in time order as strings:
 * {@code 2024-03-05} (day), {@code 2024-W09} (ISO week), {@code 2024-03} (month), {@code 2024} (year).
 */
public enum Period {
  DAY, WEEK, MONTH, YEAR;

  /** The bucket holding {@code date}. */
  public String bucket(LocalDate date) {
    return switch (this) {
      case DAY -> date.toString();
      case WEEK -> String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
          date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
    };
  }

  /** The lower-case name used on the command line and in JSON. */
  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The period named {@code name} (day, week, month or year, any case).
   *
   * @throws IllegalArgumentException naming the value when it is none of them
   */
  public static Period of(String name) {
    for (Period p : values()) {
      if (p.value().equals(name.toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown period '" + name + "' (use day, week, month or year)");
  }

  /**
   * The calendar date written in {@code value}: an ISO date ({@code 2024-03-05}) or date-time
   * ({@code 2024-03-05T10:15:00}, with or without an offset or zone). The date is taken as written, not
   * converted to UTC. Empty when the value is not such a date.
   */
  public static Optional<LocalDate> parseDate(String value) {
    String s = value.strip();
    for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_DATE,
        DateTimeFormatter.ISO_DATE_TIME}) {
      try {
        return Optional.of(LocalDate.from(format.parse(s)));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
