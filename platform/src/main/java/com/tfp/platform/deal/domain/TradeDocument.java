package com.tfp.platform.deal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Set;

/** A trade document backing a deal (000 §3, §11; PRODUCTS.md X1): type, number, issuer. */
@Embeddable
public class TradeDocument {
  /** The documents whose number may back only one live financing (PRODUCTS.md X2; 000 §13). */
  public static final Set<String> FINANCEABLE = Set.of("INVOICE", "BILL_OF_LADING", "RAIL_WAYBILL", "AIR_WAYBILL", "WAREHOUSE_RECEIPT");

  @Column(name = "DOC_TYPE", nullable = false, length = 30) private String docType;
  @Column(name = "DOC_NUMBER", nullable = false, length = 80) private String docNumber;
  @Column(name = "DOC_ISSUER", length = 200) private String issuer;

  protected TradeDocument() {}

  public TradeDocument(String type, String number, String issuer) {
    this.docType = type;
    this.docNumber = number;
    this.issuer = issuer;
  }

  /**
   * The key under which the document is claimed: an invoice number per seller (the issuer, else the customer), a
   * transport document or warehouse receipt by its number; null for documents that do not back a financing.
   */
  public String claimKey(String customerId) {
    if (!FINANCEABLE.contains(docType)) return null;
    String number = docNumber.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    if (docType.equals("INVOICE")) {
      String seller = issuer == null || issuer.isBlank() ? customerId : issuer.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
      return "INVOICE|" + seller + "|" + number;
    }
    String family = docType.equals("WAREHOUSE_RECEIPT") ? "WAREHOUSE_RECEIPT" : "TRANSPORT";
    return family + "|" + number;
  }

  public String type() { return docType; }
  public String number() { return docNumber; }
  public String issuer() { return issuer; }
}
