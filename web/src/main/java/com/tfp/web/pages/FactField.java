package com.tfp.web.pages;

import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.facts.FactType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One input of the generated form: a fact of the chosen product and variant (or a field of one record of a
 * list-of-records fact) with what has been entered for it. Which input it is follows from the fact's type.
 *
 * @param siblings the facts (or record fields) its required-when condition may name
 * @param row the record's index for a record field, or -1
 */
public record FactField(FactSpec spec, FactValue value, List<FactSpec> siblings, String variant, int row) {

  public String getName() {
    return spec.name();
  }

  /** The fact's type as the page chooses its input by: MONEY, DECIMAL, RATIO, INTEGER, DATE, BOOLEAN, ENUM ... */
  public String getType() {
    return spec.type().name();
  }

  public boolean isNumber() {
    return spec.type() == FactType.MONEY || spec.type() == FactType.DECIMAL || spec.type() == FactType.RATIO;
  }

  /** The record fields that apply to the variant: the columns of a list-of-records fact's row editor. */
  public List<FactSpec> getColumns() {
    return spec.fields().stream().filter(f -> f.appliesTo(variant)).toList();
  }

  /** The records entered so far, each as the inputs of its fields. */
  public List<List<FactField>> getRows() {
    List<List<FactField>> rows = new ArrayList<>();
    List<FactSpec> columns = getColumns();
    for (int i = 0; i < value.getRows().size(); i++) {
      Map<String, FactValue> record = value.getRows().get(i);
      List<FactField> fields = new ArrayList<>();
      for (FactSpec c : columns) fields.add(new FactField(c, record.computeIfAbsent(c.name(), k -> new FactValue()), spec.fields(), variant, i));
      rows.add(fields);
    }
    return rows;
  }
}
