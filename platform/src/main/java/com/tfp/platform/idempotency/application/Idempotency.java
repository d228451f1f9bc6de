package com.tfp.platform.idempotency.application;

import com.tfp.platform.idempotency.domain.IdempotentCommand;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.ConflictException;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.RuleViolationException;
import com.tfp.spi.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Idempotency-Key on POSTs (the Fineract pattern): the command is recorded before it is processed; a retry of a
 * processed command gets the stored response and never runs twice; a retry while the first is still in flight is
 * refused (409); the same key with a different request is refused (422). Keys are per user.
 */
@ApplicationScoped
public class Idempotency {

  @Inject IdempotencyStore store;

  public StoredResponse execute(String key, Actor actor, String command, String request, Supplier<StoredResponse> work) {
    if (key == null || key.isBlank()) return work.get();
    if (key.length() > 200) throw InvalidInputException.of("Idempotency-Key", "不超过 200 个字符", "at most 200 characters");
    String id = actor.name() + "|" + key;
    String hash = sha256(command + "\n" + (request == null ? "" : request));
    try {
      store.record(id, actor.name(), command, hash);
    } catch (RuntimeException alreadyRecorded) {
      IdempotentCommand c = store.find(id);
      if (c == null) {
        throw new ConflictException(LocalizedText.of("同一 Idempotency-Key 的请求正在处理中", "a request with this Idempotency-Key is being processed"));
      }
      return replay(c, command, hash);
    }
    StoredResponse response;
    try {
      response = work.get();
    } catch (RuntimeException e) {
      store.forget(id);
      throw e;
    }
    store.complete(id, response.status(), response.location(), response.body());
    return response;
  }

  private static StoredResponse replay(IdempotentCommand c, String command, String hash) {
    if (!c.command().equals(command) || !c.requestHash().equals(hash)) {
      throw new RuleViolationException(LocalizedText.of("Idempotency-Key 已用于另一个请求", "the Idempotency-Key was used for a different request"));
    }
    if (c.state() == IdempotentCommand.State.IN_FLIGHT) {
      throw new ConflictException(LocalizedText.of("同一 Idempotency-Key 的请求正在处理中，请稍后重试", "a request with this Idempotency-Key is still being processed; retry later"));
    }
    return new StoredResponse(c.responseStatus(), c.responseLocation(), c.responseBody(), true);
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
