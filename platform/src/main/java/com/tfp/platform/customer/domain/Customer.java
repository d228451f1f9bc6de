package com.tfp.platform.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The customer master: who the customer is to the bank (tier, rating, SAFE class, trading rights, relationship,
 * group and related parties) and its standing (overdue, default). Evaluations take the customer facts from here, never
 * from the caller (API.md); insurers and correspondent banks are kept here too, because deals occupy their lines.
 */
@Entity
@Table(name = "CUSTOMER")
public class Customer {
  @Id
  @Column(length = 40)
  private String id;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private CounterpartyKind kind;

  @Enumerated(EnumType.STRING)
  @Column(length = 24)
  private CustomerTier tier;

  @Column(length = 4)
  private String creditRating;

  @Column(length = 1)
  private String safeCategory;

  private boolean exportLicence;

  @Column(precision = 6, scale = 2)
  private BigDecimal bankRelationshipYears;

  private boolean badSettlementRecord;
  private boolean unsecuredEligible;

  @Column(length = 40)
  private String groupId;

  @Column(length = 400)
  private String relatedParties;

  /** 004 Art.28: an overdue deal; set by end of day, cleared when no deal is overdue any more. */
  private boolean overdue;

  /** 002 Art.45: an advance or other default. */
  private boolean defaulted;

  /** Products in which the master records an overdue deal from before the platform (';'-separated product ids). */
  @Column(length = 400)
  private String overdueProducts;

  @Column(length = 40)
  private String insurerCode;

  private boolean hasAccount;

  /**
   * The branch whose portfolio the customer is (issue 16: its customer managers, reviewers and approvers act for it;
   * head office for all). Null: a customer of head office's own onboarding or of an earlier database — bank-wide.
   */
  @Column(length = 20) private String branch;

  @Version private long version;

  protected Customer() {}

  public Customer(String id, String name, CounterpartyKind kind, CustomerTier tier, String creditRating, String safeCategory,
      boolean exportLicence, BigDecimal bankRelationshipYears, boolean badSettlementRecord, boolean unsecuredEligible,
      String groupId, String relatedParties, boolean overdue, boolean defaulted, String overdueProducts, String insurerCode,
      boolean hasAccount) {
    this.id = id;
    this.name = name;
    this.kind = kind;
    this.tier = tier;
    this.creditRating = blankToNull(creditRating);
    this.safeCategory = blankToNull(safeCategory);
    this.exportLicence = exportLicence;
    this.bankRelationshipYears = bankRelationshipYears;
    this.badSettlementRecord = badSettlementRecord;
    this.unsecuredEligible = unsecuredEligible;
    this.groupId = blankToNull(groupId);
    this.relatedParties = blankToNull(relatedParties);
    this.overdue = overdue;
    this.defaulted = defaulted;
    this.overdueProducts = blankToNull(overdueProducts);
    this.insurerCode = blankToNull(insurerCode);
    this.hasAccount = hasAccount;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /**
   * The customer facts of API.md the master knows, as raw values for the facts parser. Facts the master does not hold
   * (an unrated customer's rating) are absent: rules that need them go to the review checklist.
   */
  public Map<String, Object> customerFacts() {
    Map<String, Object> facts = new LinkedHashMap<>();
    if (creditRating != null) facts.put("creditRating", creditRating);
    if (safeCategory != null) facts.put("safeCategory", safeCategory);
    facts.put("exportLicence", exportLicence);
    if (tier != null) facts.put("customerTier", tier.name());
    if (bankRelationshipYears != null) facts.put("bankRelationshipYears", bankRelationshipYears);
    facts.put("badSettlementRecord", badSettlementRecord);
    facts.put("unsecuredEligible", unsecuredEligible);
    return facts;
  }

  public void markOverdue(boolean overdue) {
    this.overdue = overdue;
  }

  public void markDefaulted() {
    this.defaulted = true;
  }

  public String id() { return id; }
  public String branch() { return branch; }

  /** Assigns the customer to a branch's portfolio (seeding, or onboarding by a branch's customer manager). */
  public Customer inBranch(String branch) {
    this.branch = branch == null || branch.isBlank() ? null : branch.trim();
    return this;
  }
  public String name() { return name; }
  public CounterpartyKind kind() { return kind; }
  public CustomerTier tier() { return tier; }
  public String creditRating() { return creditRating; }
  public String safeCategory() { return safeCategory; }
  public boolean exportLicence() { return exportLicence; }
  public BigDecimal bankRelationshipYears() { return bankRelationshipYears; }
  public boolean badSettlementRecord() { return badSettlementRecord; }
  public boolean unsecuredEligible() { return unsecuredEligible; }
  public String groupId() { return groupId; }
  public boolean overdue() { return overdue; }
  public boolean defaulted() { return defaulted; }
  public String insurerCode() { return insurerCode; }
  public boolean hasAccount() { return hasAccount; }
  public long version() { return version; }

  public List<String> relatedParties() {
    return split(relatedParties);
  }

  public Set<String> overdueProducts() {
    return Set.copyOf(split(overdueProducts));
  }

  private static List<String> split(String s) {
    return s == null ? List.of() : Arrays.stream(s.split(";")).map(String::trim).filter(x -> !x.isEmpty()).collect(Collectors.toList());
  }

  /** A one-line state for the audit trail. */
  public String snapshot() {
    return "customer " + id + " tier=" + tier + " rating=" + creditRating + " safe=" + safeCategory + " overdue=" + overdue
        + " defaulted=" + defaulted + " v" + version;
  }
}
