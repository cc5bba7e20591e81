package org.framelens.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @Test
  void decode_validUtf8_givesTheText() throws Exception {
    String text = "sovereignty | 0.6\nсуверенитет | 0.6\n\uD83C\uDF0D";

    assertThat(Utf8.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
  }

  @Test
  void decode_validUtf8WithBom_dropsTheBom() throws Exception {
    assertThat(Utf8.decode(bytes(BOM, utf8("санкции | 0.5")))).isEqualTo("санкции | 0.5");
  }

  @Test
  void decode_onlyBom_givesEmptyString() throws Exception {
    assertThat(Utf8.decode(BOM)).isEmpty();
    assertThat(Utf8.decode(new byte[0])).isEmpty();
  }

  @Test
  void decode_bomInTheMiddle_isKept() throws Exception {
    assertThat(Utf8.decode(bytes(utf8("a"), BOM))).isEqualTo("a\uFEFF");
  }

  @Test
  void decode_invalidByte_reportsByteOffsetLineAndColumn() {
    Utf8.MalformedException e =
        malformed(bytes(utf8("first line\nsec"), new byte[] {(byte) 0xFF}, utf8("ond")));

    assertThat(e.byteOffset()).isEqualTo(14);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(4);
    assertThat(e.getMessage()).isEqualTo("invalid UTF-8 at byte 14 (line 2, column 4)");
  }

  @Test
  void decode_invalidByteAfterMultiByteChars_countsColumnInCharacters() {
    Utf8.MalformedException e = malformed(bytes(utf8("\nжук"), new byte[] {(byte) 0xC0, (byte) 0x80}));

    assertThat(e.byteOffset()).isEqualTo(7);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(4);
  }

  @Test
  void decode_badContinuationByte_reportsTheLeadByte() {
    Utf8.MalformedException e =
        malformed(bytes(utf8("ok "), new byte[] {(byte) 0xE2, (byte) 0x28, (byte) 0xA1}));

    assertThat(e.byteOffset()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(4);
  }

  @Test
  void decode_truncatedSequenceAtEnd_isMalformed() {
    Utf8.MalformedException e = malformed(bytes(utf8("ab"), new byte[] {(byte) 0xE2, (byte) 0x82}));

    assertThat(e.byteOffset()).isEqualTo(2);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(3);
  }

  @Test
  void decode_encodedSurrogate_isMalformed() {
    Utf8.MalformedException e = malformed(new byte[] {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80});

    assertThat(e.byteOffset()).isEqualTo(1);
  }

  @Test
  void decode_invalidByteAfterBom_reportsOffsetInTheFile() {
    Utf8.MalformedException e = malformed(bytes(BOM, utf8("ab"), new byte[] {(byte) 0xFF}));

    assertThat(e.byteOffset()).isEqualTo(5);
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void decode_invalidByteAfterBom_columnDoesNotCountTheBom() {
    Utf8.MalformedException e = malformed(bytes(BOM, utf8("ab"), new byte[] {(byte) 0xFF}));

    assertThat(e.column()).isEqualTo(3);
  }

  private static Utf8.MalformedException malformed(byte[] input) {
    Utf8.MalformedException e = catchThrowableOfType(Utf8.MalformedException.class, () -> Utf8.decode(input));
    assertThat(e).as("decode should fail").isNotNull();
    return e;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
