package com.tfp.platform.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Marks a seed file as loaded: a seed is loaded once, on first start, so the bank's later edits survive restarts. */
@Entity
@Table(name = "SEED_LOAD")
public class SeedLoad {
  @Id
  @Column(length = 120)
  private String seed;

  @Column(name = "ROW_COUNT", nullable = false)
  private int rowCount;

  @Column(nullable = false)
  /** UTC. */
  private LocalDateTime loadedAt;

  protected SeedLoad() {}

  public SeedLoad(String seed, int rows) {
    this.seed = seed;
    this.rowCount = rows;
    this.loadedAt = LocalDateTime.now(ZoneOffset.UTC);
  }
}
