package com.tfp.platform.eod.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * The bank's business date, kept in the database and separate from the system clock: deals are dated on it, and only
 * end of day moves it on, to the next business day of the calendar.
 */
@Entity
@Table(name = "BUSINESS_DATE")
public class BusinessDate {
  public static final int THE_ONE = 1;

  @Id private int id = THE_ONE;

  @Column(name = "CURRENT_BUSINESS_DATE", nullable = false)
  private LocalDate currentDate;

  @Version private long version;

  protected BusinessDate() {}

  public BusinessDate(LocalDate start) {
    this.currentDate = start;
  }

  public LocalDate current() {
    return currentDate;
  }

  public void advanceTo(LocalDate next) {
    if (!next.isAfter(currentDate)) throw new IllegalStateException("the business date only moves forward: " + currentDate + " -> " + next);
    currentDate = next;
  }
}
