package com.tfp.web.pages;

import java.io.Serializable;

/** One trade document of an application as entered: type code, number, issuer; the platform's error at it. */
public class DocumentRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String type;
  private String number;
  private String issuer;
  private PageMessage error;

  public boolean isEmpty() {
    return blank(type) && blank(number) && blank(issuer);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public String getType() { return type; }
  public void setType(String type) { this.type = type; }
  public String getNumber() { return number; }
  public void setNumber(String number) { this.number = number; }
  public String getIssuer() { return issuer; }
  public void setIssuer(String issuer) { this.issuer = issuer; }
  public PageMessage getError() { return error; }
  public void setError(PageMessage error) { this.error = error; }
}
