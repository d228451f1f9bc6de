package com.tfp.web.pages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What has been entered on the generated form for one fact (or one field of one record): text for numbers, codes and
 * text, a date, a tick, or rows of records; and the error the platform found in it, shown at the input.
 */
public class FactValue implements Serializable {

  private static final long serialVersionUID = 1L;

  private String text;
  private LocalDate date;
  private boolean checked;
  private final List<Map<String, FactValue>> rows = new ArrayList<>();
  private PageMessage error;

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text == null || text.isBlank() ? null : text.trim();
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public boolean isChecked() {
    return checked;
  }

  public void setChecked(boolean checked) {
    this.checked = checked;
  }

  /** The records of a list-of-records fact, each a map of its fields' values. */
  public List<Map<String, FactValue>> getRows() {
    return rows;
  }

  public Map<String, FactValue> addRow() {
    Map<String, FactValue> row = new LinkedHashMap<>();
    rows.add(row);
    return row;
  }

  public PageMessage getError() {
    return error;
  }

  public void setError(PageMessage error) {
    this.error = error;
  }

  void clearErrors() {
    error = null;
    rows.forEach(r -> r.values().forEach(FactValue::clearErrors));
  }
}
