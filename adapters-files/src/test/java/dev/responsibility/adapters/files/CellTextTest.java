package dev.responsibility.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.model.ChinaTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The value forms real exports contain, each parsed or refused. */
class CellTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"2023-03-05", "2023-3-5", "2023/3/5", "2023/03/05", "2023.3.5", "2023年3月5日", "2023年03月05日",
      "2023年3月5", "20230305", "44990", "44990.0", "2023-03-05 00:00:00", "2023/3/5 0:00", "2023-03-05T00:00:00",
      "２０２３年３月５日", "２０２３－０３－０５"})
  void readsTheDayOfEveryDateForm(String text) {
    assertThat(CellText.date(text)).contains(LocalDate.of(2023, 3, 5));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29", "2023-13-01", "2023-3/5", "23-3-5", "2023-03-05 10:00", "44990.5", "60", "0",
      "3000000", "March 5", "2023年3月", "", "2023-03-05T00:00:00+08:00"})
  void refusesWhatIsNotADay(String text) {
    assertThat(CellText.date(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2023-03-05T10:15:30|2023-03-05T10:15:30+08:00",
      "2023-03-05T10:15:30+08:00|2023-03-05T10:15:30+08:00",
      "2023-03-05T02:15:30Z|2023-03-05T02:15:30Z",
      "2023-03-05T10:15:30.123456789+05:30|2023-03-05T10:15:30.123456789+05:30",
      "2023-03-05T10:15|2023-03-05T10:15+08:00",
      "2023-03-05 10:15:30|2023-03-05T10:15:30+08:00",
      "2023/3/5 9:05|2023-03-05T09:05+08:00",
      "2023年3月5日 10:15|2023-03-05T10:15+08:00",
      "2023-03-05T10:15:30+0800|2023-03-05T10:15:30+08:00",
      "2023-03-05T10:15:30-05|2023-03-05T10:15:30-05:00",
      "44990.4375|2023-03-05T10:30+08:00"})
  void readsEveryTimeForm(String text, String expected) {
    assertThat(CellText.time(text)).contains(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-03-05", "2023-03-05T24:00", "2023-03-05T10:61", "yesterday", "10:15", "44990T10:15"})
  void refusesWhatIsNotATime(String text) {
    assertThat(CellText.time(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"300,300", "+300,300", "300.0,300", "-3,-3", "３００,300"})
  void readsWholeNumbers(String text, int expected) {
    assertThat(CellText.wholeNumber(text)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"300.5", "3e2", "三百", "99999999999", "1,000"})
  void refusesWhatIsNotAWholeNumber(String text) {
    assertThat(CellText.wholeNumber(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"true,true", "TRUE,true", "True,true", "是,true", "false,false", "FALSE,false", "否,false"})
  void readsFlags(String text, boolean expected) {
    assertThat(CellText.flag(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "430102001001|430102001001",
      "430102001001.0|430102001001",
      "4.30102001001E11|430102001001",
      "4.30102001001E+11|430102001001",
      "4.301020010010e+11|430102001001",
      "4.3E1|43",
      "91430102MA4L0000X0|91430102MA4L0000X0",
      "9143010600000001E3|9143010600000001E3",
      "91430106000000E006|91430106000000E006",
      "4E12|4E12",
      "JY14301020000001|JY14301020000001",
      "abc|abc",
      "1.5|1.5"})
  void keepsOrRecoversCodesWrittenAsText(String text, String expected) {
    assertThat(CellText.code(text, false)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4.30102E+11", "4.3E11", "4E+11", "9.14301E+17", "9.14301027072100E+17", "4.30102e+011"})
  void refusesCodesWhoseDigitsExcelLost(String text) {
    assertThat(CellText.code(text, false)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"430102001001,true", "123456789012345,true", "9143010270721000,false", "914301027072100000,false"})
  void aWorkbookNumberKeepsFifteenDigits(String canonical, boolean exact) {
    assertThat(CellText.code(canonical, true)).isEqualTo(exact ? Optional.of(canonical) : Optional.empty());
  }

  @ParameterizedTest
  @CsvSource({"430102001001,430102001001", "300,300", "300.5,300.5", "9.14301027072100E17,914301027072100000"})
  void writesWorkbookNumbersAsPlainText(double value, String expected) {
    assertThat(CellText.number(value)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void aTimeWithoutOffsetHasChinasOffset() {
    assertThat(CellText.time("2023-03-05T10:15:30").orElseThrow().getOffset()).isEqualTo(ChinaTime.OFFSET);
    assertThat(CellText.time("2023-03-05T10:15:30Z").orElseThrow().getOffset()).isEqualTo(ZoneOffset.UTC);
  }
}
