package com.tfp.platform.reference.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a seed CSV from the class path (the seeds module): '#' lines are comments, the first other line the header. */
public final class SeedFile {

  private SeedFile() {}

  public static List<String[]> rows(String resource) {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    try (InputStream in = (cl != null ? cl : SeedFile.class.getClassLoader()).getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("seed " + resource + " is not on the class path");
      List<String[]> rows = new ArrayList<>();
      boolean header = true;
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isBlank() || line.startsWith("#")) continue;
          if (header) {
            header = false;
            continue;
          }
          rows.add(line.split(",", -1));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed " + resource, e);
    }
  }
}
