package com.tfp.platform.idempotency.application;

/** The response of a processed command, as the interface rendered it, replayed to retries. */
public record StoredResponse(int status, String location, String body, boolean replayed) {}
