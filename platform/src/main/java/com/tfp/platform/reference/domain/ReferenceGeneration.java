package com.tfp.platform.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row counting the changes of the bank's reference data (parameters, risk classes, discount rates). Every change
 * moves it on in the change's transaction; each server compares it with the snapshot it evaluates with, so a change
 * made on one server reaches the others (issue 14). Made with the row by db/changes/20261206-cross-server.xml.
 */
@Entity
@Table(name = "REF_GENERATION")
public class ReferenceGeneration {
  public static final int THE_ONE = 1;

  @Id private int id;
  @Column(nullable = false) private long generation;

  protected ReferenceGeneration() {}

  public long generation() { return generation; }
}
