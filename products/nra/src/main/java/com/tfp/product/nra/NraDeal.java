package com.tfp.product.nra;

import static com.tfp.product.nra.NraSchema.AML_CLEARED;
import static com.tfp.product.nra.NraSchema.DISCOUNT_RATE;
import static com.tfp.product.nra.NraSchema.DISCREPANCIES;
import static com.tfp.product.nra.NraSchema.DISCREPANCIES_ACCEPTED;
import static com.tfp.product.nra.NraSchema.DOCUMENT_AMOUNT;
import static com.tfp.product.nra.NraSchema.ENTREPOT_TRADE;
import static com.tfp.product.nra.NraSchema.GROUP_LINE;
import static com.tfp.product.nra.NraSchema.LC_ISSUER;
import static com.tfp.product.nra.NraSchema.LOW_RISK_ISSUANCE;
import static com.tfp.product.nra.NraSchema.NRA_ACCOUNT_OPEN;
import static com.tfp.product.nra.NraSchema.RELATED_DOMESTIC_BUYER;

import com.tfp.spi.calc.Money;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.facts.Facts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** One NRA deal as the rules see it: the validated facts, typed. */
record NraDeal(
    NraVariant variant,
    String currency,
    LocalDate valueDate,
    BigDecimal documentAmount,
    boolean nraAccountOpen,
    String lcIssuer,
    boolean entrepotTrade,
    boolean lowRiskIssuance,
    boolean relatedDomesticBuyer,
    boolean groupLine,
    boolean discrepancies,
    boolean discrepanciesAccepted,
    boolean amlCleared,
    Optional<BigDecimal> givenDiscountRate,
    PaymentMaturity maturity) {

  static NraDeal of(EvaluationRequest request) {
    Facts f = request.facts();
    return new NraDeal(
        NraVariant.valueOf(request.variant()),
        request.currency(),
        request.valueDate(),
        f.requireDecimal(DOCUMENT_AMOUNT),
        f.flag(NRA_ACCOUNT_OPEN),
        f.requireText(LC_ISSUER),
        f.flag(ENTREPOT_TRADE),
        f.flag(LOW_RISK_ISSUANCE),
        f.flag(RELATED_DOMESTIC_BUYER),
        f.flag(GROUP_LINE),
        f.flag(DISCREPANCIES),
        f.flag(DISCREPANCIES_ACCEPTED),
        f.flag(AML_CLEARED),
        f.decimal(DISCOUNT_RATE),
        PaymentMaturity.of(f));
  }

  LocalDate maturityDate() {
    return maturity.date();
  }

  /** Discrepancies the issuing bank has not accepted: its payment is not assured. */
  boolean openDiscrepancies() {
    return discrepancies && !discrepanciesAccepted;
  }

  String show(BigDecimal amount) {
    return Money.show(amount, currency);
  }
}
