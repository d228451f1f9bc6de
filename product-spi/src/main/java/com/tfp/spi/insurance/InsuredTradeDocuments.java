package com.tfp.spi.insurance;

import com.tfp.spi.Since;
import com.tfp.spi.evaluation.DocumentSpec;

/**
 * The claim and trade documents every financing against an assigned credit-insurance indemnity asks for, whatever the
 * product (insured financing, insured factoring): the tripartite indemnity assignment and the claim agreement (001 RCC
 * Art.6(8)(9)), the contract, invoice and customs declaration (001 股份制 Art.8(4)), the packing list (001 RCC
 * Art.6(5)) and the transport document (001 办法A §3(1)). Written once, under each product's code prefix, so the two
 * products cannot drift apart on what the seeds say alike (SPI 1.3).
 */
@Since("1.3")
public record InsuredTradeDocuments(
    DocumentSpec indemnityAssignment,
    DocumentSpec claimAgreement,
    DocumentSpec contract,
    DocumentSpec invoice,
    DocumentSpec packingList,
    DocumentSpec customsDeclaration,
    DocumentSpec transportDocument) {

  /** The documents with codes {@code <prefix>-INDEMNITY-ASSIGNMENT}, {@code <prefix>-CONTRACT} ... */
  public static InsuredTradeDocuments of(String prefix) {
    return new InsuredTradeDocuments(
        DocumentSpec.of(prefix + "-INDEMNITY-ASSIGNMENT", "三方《赔款转让协议》", "Tripartite indemnity-assignment agreement",
            "001 RCC Art.6(8)"),
        DocumentSpec.of(prefix + "-CLAIM-AGREEMENT", "《代理索赔协议》或《索赔权转让协议》",
            "Claim-agency or claim-assignment agreement", "001 RCC Art.6(9)"),
        DocumentSpec.of(prefix + "-CONTRACT", "出口合同", "Export contract", "001 股份制 Art.8(4)"),
        DocumentSpec.of(prefix + "-INVOICE", "商业发票", "Commercial invoice", "001 股份制 Art.8(4)"),
        DocumentSpec.of(prefix + "-PACKING-LIST", "装箱单", "Packing list", "001 RCC Art.6(5)"),
        DocumentSpec.of(prefix + "-CUSTOMS-DECLARATION", "出口报关单", "Export customs declaration", "001 股份制 Art.8(4)"),
        DocumentSpec.of(prefix + "-TRANSPORT-DOCUMENT", "正本提单；不能提供正本提单的，提供运输单据副本（并附出口报关单）",
            "Original bill of lading; without one, a copy of the transport document (with the export customs declaration)",
            "001 办法A §3(1)"));
  }
}
