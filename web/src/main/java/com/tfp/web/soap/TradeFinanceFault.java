package com.tfp.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.ws.WebFault;
import java.util.ArrayList;
import java.util.List;

/**
 * The one SOAP fault of the service: a status like REST's (400 invalid input, 404 not found, 409 conflict) and the
 * field errors in its detail, with the field names of API.md.
 */
@WebFault(name = "tradeFinanceFault", targetNamespace = TradeFinanceService.NAMESPACE)
public class TradeFinanceFault extends Exception {

  private final Info info;

  public TradeFinanceFault(String message, Info info) {
    super(message);
    this.info = info;
  }

  public Info getFaultInfo() {
    return info;
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "faultInfo", propOrder = {"status", "title", "detail", "errors"})
  public static class Info {
    public int status;
    public String title;
    public String detail;
    public List<FieldErrorInfo> errors = new ArrayList<>();
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "fieldError", propOrder = {"field", "message"})
  public static class FieldErrorInfo {
    public String field;
    public String message;

    public FieldErrorInfo() {}

    FieldErrorInfo(String field, String message) {
      this.field = field;
      this.message = message;
    }
  }
}
