package org.framelens.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void bucket_eachPeriod_sortableLabels() {
    LocalDate d = LocalDate.of(2024, 3, 5);
    assertThat(Period.DAY.bucket(d)).isEqualTo("2024-03-05");
    assertThat(Period.WEEK.bucket(d)).isEqualTo("2024-W10");
    assertThat(Period.MONTH.bucket(d)).isEqualTo("2024-03");
    assertThat(Period.YEAR.bucket(d)).isEqualTo("2024");
  }

  @Test
  void bucket_earlyJanuary_belongsToIsoWeekOfPreviousYear() {
    assertThat(Period.WEEK.bucket(LocalDate.of(2021, 1, 3))).isEqualTo("2020-W53");
  }

  @Test
  void parseDate_isoDatesAndDateTimes_takesDateAsWritten() {
    assertThat(Period.parseDate("2024-03-05")).contains(LocalDate.of(2024, 3, 5));
    assertThat(Period.parseDate(" 2024-03-05T23:30:00+05:00 ")).contains(LocalDate.of(2024, 3, 5));
    assertThat(Period.parseDate("2024-03-05T10:15:00Z")).contains(LocalDate.of(2024, 3, 5));
    assertThat(Period.parseDate("2024-03-05T10:15")).contains(LocalDate.of(2024, 3, 5));
  }

  @Test
  void parseDate_notAnIsoDate_isEmpty() {
    assertThat(Period.parseDate("2024-13-01")).isEmpty();
    assertThat(Period.parseDate("05/03/2024")).isEmpty();
    assertThat(Period.parseDate("yesterday")).isEmpty();
  }

  @Test
  void of_unknownName_namesIt() {
    assertThat(Period.of("Week")).isEqualTo(Period.WEEK);
    assertThatThrownBy(() -> Period.of("decade")).hasMessageContaining("'decade'");
  }
}
