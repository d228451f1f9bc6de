package com.tfp.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/**
 * One fact as a name and a string value: decimals as {@code 100000.00}, dates {@code yyyy-MM-dd}, booleans
 * {@code true}/{@code false}; a list-of-records fact as a JSON array of objects.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "fact", propOrder = {"name", "value"})
public class FactValue {
  public String name;
  public String value;

  public FactValue() {}

  public FactValue(String name, String value) {
    this.name = name;
    this.value = value;
  }
}
