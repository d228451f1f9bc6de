package com.tfp.product.domesticlc;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.Variant;

/**
 * The six products of 001 国内证 Art.2. The risk class of each is a bank default (002 annex 1 names the classes but
 * not which product sits in which): buyer-side funded financing and the pre-shipment packing loan are class 3 (002
 * Art.28: import financing is riskier than export financing, and the packing loan is the exception among exports);
 * issuance and the seller's bill purchase against an accepted L/C are class 2; forfaiting of an accepted L/C, which
 * only occupies the accepting bank's line (002 Art.12(三)), is class 1.
 */
enum LcVariant {
  ISSUANCE("开证", "L/C issuance", 2, true, false),
  BUYER_BILL_PURCHASE("买方押汇", "Buyer's bill purchase", 3, true, false),
  BUYER_PAY_ON_BEHALF("买方代付", "Buyer's pay-on-behalf", 3, true, false),
  PACKING_LOAN("打包贷款", "Packing loan", 3, false, false),
  SELLER_BILL_PURCHASE("卖方押汇", "Seller's bill purchase", 2, false, true),
  FORFAITING("福费廷", "Forfaiting", 1, false, true);

  private final LocalizedText name;
  private final int riskClass;
  private final boolean buyerSide;
  private final boolean followsEarlierStage;

  LcVariant(String zh, String en, int riskClass, boolean buyerSide, boolean followsEarlierStage) {
    this.name = LocalizedText.of(zh, en);
    this.riskClass = riskClass;
    this.buyerSide = buyerSide;
    this.followsEarlierStage = followsEarlierStage;
  }

  LocalizedText label() {
    return name;
  }

  int riskClass() {
    return riskClass;
  }

  /** Issuance and the buyer's financings: the import-side margin table applies to them by analogy (002 Art.41). */
  boolean buyerSide() {
    return buyerSide;
  }

  /**
   * A stage that can follow an earlier financing of the same transaction (001 国内证 Art.4): the seller's bill
   * purchase after a packing loan, forfaiting after a packing loan or a seller's bill purchase.
   */
  boolean followsEarlierStage() {
    return followsEarlierStage;
  }

  /**
   * The buyer's bill purchase and pay-on-behalf: credit to the applicant that starts when the bank pays the L/C at
   * its payment maturity, rather than ending there.
   */
  boolean financesTheBuyerAfterPayment() {
    return buyerSide && isFinancing();
  }

  /** Funded or contingent credit to the customer, as opposed to the issuance of the L/C itself. */
  boolean isFinancing() {
    return this != ISSUANCE;
  }

  Variant toVariant() {
    return new Variant(name(), name, riskClass);
  }
}
