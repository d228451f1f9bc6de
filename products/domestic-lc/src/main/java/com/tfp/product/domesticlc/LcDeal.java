package com.tfp.product.domesticlc;

import static com.tfp.product.domesticlc.DomesticLcSchema.ACCEPTED_AMOUNT;
import static com.tfp.product.domesticlc.DomesticLcSchema.DISCOUNT_RATE;
import static com.tfp.product.domesticlc.DomesticLcSchema.EARLIER_STAGE_OUTSTANDING;
import static com.tfp.product.domesticlc.DomesticLcSchema.ISSUE_DATE;
import static com.tfp.product.domesticlc.DomesticLcSchema.LC_AMOUNT;
import static com.tfp.product.domesticlc.DomesticLcSchema.LC_EXPIRY_DATE;
import static com.tfp.product.domesticlc.DomesticLcSchema.PAYMENT_TERM_DAYS;
import static com.tfp.product.domesticlc.DomesticLcSchema.REQUESTED_MATURITY_DATE;
import static com.tfp.product.domesticlc.DomesticLcSchema.VOLATILE_GOODS;

import com.tfp.spi.calc.Money;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.Facts;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One domestic L/C deal as the rules see it: the validated facts, typed. Optional facts stay null (never a silent
 * zero): {@code acceptedAmount}, {@code earlierStageOutstanding}, {@code discountRate}, {@code requestedMaturityDate},
 * the customer's tier and rating.
 */
record LcDeal(
    LcVariant variant,
    String currency,
    LocalDate valueDate,
    BigDecimal lcAmount,
    LocalDate issueDate,
    LocalDate lcExpiryDate,
    long paymentTermDays,
    BigDecimal acceptedAmount,
    boolean volatileGoods,
    BigDecimal earlierStageOutstanding,
    BigDecimal discountRate,
    LocalDate requestedMaturityDate,
    String customerTier,
    String creditRating,
    boolean securityProvided,
    boolean unsecuredEligible) {

  static LcDeal of(EvaluationRequest request) {
    Facts f = request.facts();
    return new LcDeal(
        LcVariant.valueOf(request.variant()),
        request.currency(),
        request.valueDate(),
        f.requireDecimal(LC_AMOUNT),
        f.requireDate(ISSUE_DATE),
        f.requireDate(LC_EXPIRY_DATE),
        f.requireInteger(PAYMENT_TERM_DAYS),
        f.decimal(ACCEPTED_AMOUNT).orElse(null),
        f.flag(VOLATILE_GOODS),
        f.decimal(EARLIER_STAGE_OUTSTANDING).orElse(null),
        f.decimal(DISCOUNT_RATE).orElse(null),
        f.date(REQUESTED_MATURITY_DATE).orElse(null),
        f.text(CustomerFacts.CUSTOMER_TIER).orElse(null),
        f.text(CustomerFacts.CREDIT_RATING).orElse(null),
        f.flag(CustomerFacts.SECURITY_PROVIDED),
        f.flag(CustomerFacts.UNSECURED_ELIGIBLE));
  }

  /** The L/C's payment maturity: the payment term counted from the issue date (001 国内证 Art.10). */
  LocalDate paymentMaturity() {
    return issueDate.plusDays(paymentTermDays);
  }

  /** The Art.10 ceiling for both validity and payment term: six calendar months from the issue date. */
  LocalDate sixMonthsFromIssue() {
    return issueDate.plusMonths(6);
  }

  String show(BigDecimal amount) {
    return Money.show(amount, currency);
  }
}
