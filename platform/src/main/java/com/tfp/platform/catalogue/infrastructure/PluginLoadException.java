package com.tfp.platform.catalogue.infrastructure;

/** A plug-in jar could not be loaded; the message is the quarantine reason shown in the catalogue. */
public class PluginLoadException extends RuntimeException {
  public PluginLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
