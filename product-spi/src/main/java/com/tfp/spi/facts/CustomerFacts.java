package com.tfp.spi.facts;

import java.util.List;

/**
 * The customer facts every product takes (API.md "Customer facts"). When the deal is tied to a customer, the platform
 * fills them from the customer master. Products add these to their schema with {@code CustomerFacts.ALL}.
 */
public final class CustomerFacts {

  public static final String CREDIT_RATING = "creditRating";
  public static final String SAFE_CATEGORY = "safeCategory";
  public static final String EXPORT_LICENCE = "exportLicence";
  public static final String CUSTOMER_TIER = "customerTier";
  public static final String BANK_RELATIONSHIP_YEARS = "bankRelationshipYears";
  public static final String BUYER_RELATIONSHIP_YEARS = "buyerRelationshipYears";
  public static final String BAD_SETTLEMENT_RECORD = "badSettlementRecord";
  public static final String RELATED_PARTY = "relatedParty";
  public static final String SECURITY_PROVIDED = "securityProvided";
  public static final String UNSECURED_ELIGIBLE = "unsecuredEligible";

  public static final List<FactSpec> ALL = List.of(
      FactSpec.enumeration(CREDIT_RATING).label("客户信用评级", "Customer credit rating")
          .help("未提供且客户档案无记录时，依赖评级的规则转人工核对", "When neither given nor on file, rules that need it go to the checklist")
          .value("AAA", "AAA", "AAA").value("AA", "AA", "AA").value("A", "A", "A")
          .value("BBB", "BBB", "BBB").value("BB", "BB", "BB").value("B", "B", "B")
          .value("CCC", "CCC", "CCC").value("CC", "CC", "CC").value("C", "C", "C")
          .source("002 Art.9").build(),
      FactSpec.enumeration(SAFE_CATEGORY).label("外汇局企业分类", "SAFE classification")
          .value("A", "A类", "Class A").value("B", "B类", "Class B").value("C", "C类", "Class C")
          .source("004 Art.6").build(),
      FactSpec.flag(EXPORT_LICENCE).label("具备进出口经营权", "Export/import trading rights (进出口经营权)")
          .source("004 Art.6").build(),
      FactSpec.enumeration(CUSTOMER_TIER).label("客户分类", "Customer tier")
          .value("TARGET", "目标客户", "Target customer")
          .value("ACTIVELY_DEVELOPED", "积极发展客户", "Actively-developed customer")
          .value("GOLDEN", "黄金客户", "Golden customer")
          .value("NON_TARGET", "非目标客户", "Non-target customer")
          .help("黄金客户适用积极发展客户的全部规则", "Golden customers inherit every actively-developed rule")
          .source("002 Art.9-12").build(),
      FactSpec.decimal(BANK_RELATIONSHIP_YEARS).min("0").max("200").label("国际结算业务往来年限", "Years of international settlement relationship")
          .help("与本行或他行", "With this or another bank").build(),
      FactSpec.decimal(BUYER_RELATIONSHIP_YEARS).min("0").max("200").label("与进口商业务往来年限", "Years of trading with the importer").build(),
      FactSpec.flag(BAD_SETTLEMENT_RECORD).label("有不良结算记录", "Bad settlement record").build(),
      FactSpec.flag(RELATED_PARTY).label("出口至关联公司", "Export to a related company").build(),
      FactSpec.flag(SECURITY_PROVIDED).label("已落实担保措施", "Security provided").build(),
      FactSpec.flag(UNSECURED_ELIGIBLE).label("符合信用方式授信条件", "Eligible for unsecured credit").build());

  private CustomerFacts() {}
}
