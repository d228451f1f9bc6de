package com.tfp.product.nra;

import static com.tfp.product.nra.NraSchema.ACCEPTANCE_DATE;
import static com.tfp.product.nra.NraSchema.BILL_DATE;
import static com.tfp.product.nra.NraSchema.MATURITY_DATE;
import static com.tfp.product.nra.NraSchema.USANCE_DAYS;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.facts.FieldError;
import com.tfp.spi.facts.InvalidFactsException;
import java.time.LocalDate;
import java.util.List;

/**
 * The payment maturity the financing runs to (001 NRA Art.2, PRODUCTS.md §5 [default]): as given, or derived from the
 * L/C's tenor — the issuing bank's acceptance date plus the usance days (drafts at so many days after sight), or the
 * bill date plus the usance days (so many days after the B/L or draft date). The schema makes {@code maturityDate}
 * required when neither derivation has its facts; when both have them and they disagree, which one the L/C means is
 * not for the platform to guess: the request is refused naming what settles it.
 *
 * @param derivation how it was derived, or null when given
 */
record PaymentMaturity(LocalDate date, LocalizedText derivation) {

  static PaymentMaturity of(Facts f) {
    if (f.has(MATURITY_DATE)) return new PaymentMaturity(f.requireDate(MATURITY_DATE), null);
    long days = f.requireInteger(USANCE_DAYS);
    LocalDate fromAcceptance = f.date(ACCEPTANCE_DATE).map(d -> d.plusDays(days)).orElse(null);
    LocalDate fromBill = f.date(BILL_DATE).map(d -> d.plusDays(days)).orElse(null);
    if (fromAcceptance != null && fromBill != null && !fromAcceptance.equals(fromBill)) {
      throw new InvalidFactsException(List.of(new FieldError("facts." + MATURITY_DATE, LocalizedText.of(
          "无法推算：承兑日 + 远期天数为 " + fromAcceptance + "，单据日 + 远期天数为 " + fromBill
              + "，二者不一致；请提供付款到期日，或只提供信用证付款期限起算的那个日期（承兑日或单据日）",
          "cannot be derived: acceptanceDate + usanceDays gives " + fromAcceptance + ", billDate + usanceDays gives " + fromBill
              + "; give maturityDate, or only the date the L/C's tenor counts from (acceptanceDate or billDate)"))));
    }
    if (fromAcceptance != null) {
      return new PaymentMaturity(fromAcceptance, LocalizedText.of(
          "推算付款到期日：承兑日 " + f.requireDate(ACCEPTANCE_DATE) + " + 远期 " + days + " 天",
          "Payment maturity derived: acceptance date " + f.requireDate(ACCEPTANCE_DATE) + " + " + days + " usance days"));
    }
    return new PaymentMaturity(fromBill, LocalizedText.of(
        "推算付款到期日：单据日 " + f.requireDate(BILL_DATE) + " + 远期 " + days + " 天",
        "Payment maturity derived: bill date " + f.requireDate(BILL_DATE) + " + " + days + " usance days"));
  }

  boolean derived() {
    return derivation != null;
  }
}
