package com.tfp.web.rest;

import jakarta.servlet.http.HttpServletResponse;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of one answer, kept by the request thread and reused by its next answer: the characters the generator
 * writes and their UTF-8 bytes, sent with a {@code Content-Length}. A generator over the response stream made an
 * encoding writer with its own 8 KB buffers per answer — a fifth of what an evaluation allocated, and the young
 * collections that stall every request in flight come from that allocation (issue 11, README "Benchmarks"). A buffer
 * grown past {@link #KEPT} by an unusually long answer is not kept.
 */
final class AnswerBuffer extends CharArrayWriter {

  private static final int KEPT = 64 * 1024;
  private static final ThreadLocal<AnswerBuffer> OF_THREAD = ThreadLocal.withInitial(AnswerBuffer::new);

  private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
      .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
  private ByteBuffer bytes = ByteBuffer.allocate(8 * 1024);

  private AnswerBuffer() {
    super(4 * 1024);
  }

  /** This thread's buffer, empty. */
  static AnswerBuffer ofThisThread() {
    AnswerBuffer b = OF_THREAD.get();
    if (b.buf.length > KEPT) {
      b = new AnswerBuffer();
      OF_THREAD.set(b);
    }
    b.reset();
    return b;
  }

  /** Sends the text as UTF-8 with its length. */
  void send(HttpServletResponse response) throws IOException {
    ByteBuffer encoded = encoded();
    response.setContentLength(encoded.remaining());
    response.getOutputStream().write(encoded.array(), 0, encoded.remaining());
  }

  /** The text in UTF-8, from position 0; valid until this buffer is used again. */
  ByteBuffer encoded() {
    int worst = count * 3; // UTF-8 takes at most 3 bytes per UTF-16 unit
    if (bytes.capacity() < worst || bytes.capacity() > 3 * KEPT) bytes = ByteBuffer.allocate(Math.max(8 * 1024, worst));
    bytes.clear();
    utf8.reset();
    utf8.encode(CharBuffer.wrap(buf, 0, count), bytes, true);
    utf8.flush(bytes);
    return bytes.flip();
  }
}
