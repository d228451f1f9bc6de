package com.tfp.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The request thread's answer buffer (issue 11): exact UTF-8 of each answer, nothing left over from the one before. */
class AnswerBufferTest {

  @Test
  void chineseAndCharactersBeyondTheBasicPlaneAreEncodedExactly() {
    String text = "{\"message\":\"结算方式为即期信用证 — 𠀋 ok\"}";
    AnswerBuffer answer = AnswerBuffer.ofThisThread();
    answer.append(text);
    assertEquals(text, decoded(answer.encoded()));
    assertEquals(text.getBytes(StandardCharsets.UTF_8).length, answer.encoded().remaining());
  }

  @Test
  void aShorterAnswerAfterALongOneCarriesNothingOfIt() {
    AnswerBuffer first = AnswerBuffer.ofThisThread();
    first.append("x".repeat(100_000) + "押汇");
    assertEquals(100_002, decoded(first.encoded()).length());
    AnswerBuffer second = AnswerBuffer.ofThisThread();
    second.append("{}");
    assertEquals("{}", decoded(second.encoded()));
  }

  private static String decoded(ByteBuffer utf8) {
    return new String(utf8.array(), 0, utf8.remaining(), StandardCharsets.UTF_8);
  }
}
