package com.tfp.web.rest;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.StringReader;

/** JSON text of a view, the same as the REST answers (nulls written out), for responses stored with an Idempotency-Key. */
public final class JsonText {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  private JsonText() {}

  public static String of(Object view) {
    return JSONB.toJson(view);
  }

  public static JsonObject parse(String json) {
    try (var r = EvaluationRequestReader.JSON.createReader(new StringReader(json))) {
      return r.readObject();
    }
  }
}
