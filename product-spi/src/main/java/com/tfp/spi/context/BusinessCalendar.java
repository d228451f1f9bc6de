package com.tfp.spi.context;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The bank's business days: weekends and PRC public holidays are closed, and the adjusted working weekends (调休) are
 * open. Reference data; the platform hands the bank's own calendar to plug-ins.
 */
public interface BusinessCalendar {

  boolean isBusinessDay(LocalDate date);

  /** The date {@code days} business days after {@code date} (the start date itself is not counted). */
  default LocalDate plusBusinessDays(LocalDate date, int days) {
    if (days < 0) throw new IllegalArgumentException("days must not be negative: " + days);
    LocalDate d = date;
    int left = days;
    while (left > 0) {
      d = d.plusDays(1);
      if (isBusinessDay(d)) left--;
    }
    return d;
  }

  /** A calendar closed on weekends and the given holidays, open on the given working weekend days. */
  static BusinessCalendar of(Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {
    Set<LocalDate> closed = Set.copyOf(holidays);
    Set<LocalDate> open = Set.copyOf(workingWeekendDays);
    return date -> {
      if (open.contains(date)) return true;
      DayOfWeek dow = date.getDayOfWeek();
      return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !closed.contains(date);
    };
  }
}
