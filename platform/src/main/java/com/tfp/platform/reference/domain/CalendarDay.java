package com.tfp.platform.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** An exception to the weekend rule in the bank's business-day calendar: a holiday or a make-up working day (调休). */
@Entity
@Table(name = "REF_CALENDAR_DAY")
public class CalendarDay {

  public enum Kind {
    HOLIDAY,
    WORKDAY
  }

  @Id private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Kind kind;

  @Column(length = 100)
  private String name;

  @Version private long version;

  protected CalendarDay() {}

  public CalendarDay(LocalDate day, Kind kind, String name) {
    this.day = day;
    this.kind = kind;
    this.name = name;
  }

  public LocalDate day() {
    return day;
  }

  public Kind kind() {
    return kind;
  }
}
