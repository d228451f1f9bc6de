package com.tfp.product.billpurchase;

import static com.tfp.product.billpurchase.BillPurchaseFacts.*;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The term of the bill purchase (004 Art.9-10): the reasonable time to mail the documents and collect the proceeds.
 * Sight L/C: value date + mailing days. Usance L/C: value date + usance days + mailing days, "一般" not beyond the
 * acceptance maturity + 3 business days, the earlier binding; it waits "原则上" for the issuing bank's acceptance.
 * D/P at sight: the expected arrival and payment date, "原则上" not beyond 360 days.
 */
final class MaturityRule {

  static final String SOURCE = "004 Art.10";
  static final int ACCEPTANCE_GRACE_BUSINESS_DAYS = 3;
  static final int COLLECTION_MAX_DAYS = 360;

  private MaturityRule() {}

  static void apply(BillPurchaseDeal deal, EvaluationContext context, Evaluation.Builder out) {
    switch (deal.settlement()) {
      case LC_SIGHT -> sightLc(deal, context, out);
      case LC_USANCE -> usanceLc(deal, context, out);
      case DP_SIGHT -> collection(deal, out);
      default -> { } // D/A and other collections are refused by SettlementScope; the seed gives them no term
    }
  }

  private static void sightLc(BillPurchaseDeal deal, EvaluationContext context, Evaluation.Builder out) {
    MailingTime mailing = mailingTime(deal, context, out);
    BindingLimit<LocalDate> limits = BindingLimit.earliestDate();
    limits.limit(LocalizedText.of("押汇日加寄单索汇时间 %s 天", "Value date plus %s days to mail the documents and collect")
        .formatted(mailing.days), deal.valueDate().plusDays(mailing.days), SOURCE);
    out.maturity(limits, deal.valueDate());
  }

  private static void usanceLc(BillPurchaseDeal deal, EvaluationContext context, Evaluation.Builder out) {
    if (!deal.flag(ACCEPTANCE_RECEIVED)) {
      out.refer("BP-ACCEPTANCE-PENDING", "004 Art.9",
          "远期信用证尚未收到开证行承兑电：原则上须在收到承兑电后办理；审批人可作为例外批准并记录理由",
          "Usance L/C not yet accepted by the issuing bank: in principle financed only after the acceptance; an"
              + " approver may make an exception and record why");
    }
    MailingTime mailing = mailingTime(deal, context, out);
    long usance = deal.facts().requireInteger(USANCE_DAYS);
    Optional<LocalDate> acceptanceMaturity = deal.facts().date(ACCEPTANCE_MATURITY_DATE);
    if (acceptanceMaturity.isPresent() && beforeValueDate(deal, acceptanceMaturity.get(), "承兑到期日", "The acceptance maturity date", out)) {
      return;
    }
    BindingLimit<LocalDate> limits = BindingLimit.earliestDate();
    limits.limit(LocalizedText.of("押汇日加远期 %s 天及寄单索汇时间 %s 天", "Value date plus %s usance days and %s mailing days")
        .formatted(usance, mailing.days), deal.valueDate().plusDays(usance + mailing.days), SOURCE);
    acceptanceMaturity.ifPresent(maturity -> {
      limits.explain(LocalizedText.of("承兑到期日", "Acceptance maturity date"), maturity, SOURCE);
      limits.limit(LocalizedText.of("一般不超过承兑到期日后 %s 个工作日", "Generally not beyond %s business days after the acceptance maturity")
              .formatted(ACCEPTANCE_GRACE_BUSINESS_DAYS),
          context.calendar().plusBusinessDays(maturity, ACCEPTANCE_GRACE_BUSINESS_DAYS), SOURCE);
    });
    out.maturity(limits, deal.valueDate());
  }

  private static void collection(BillPurchaseDeal deal, Evaluation.Builder out) {
    LocalDate expected = deal.facts().requireDate(EXPECTED_PAYMENT_DATE);
    if (beforeValueDate(deal, expected, "预计付款日", "The expected payment date", out)) return;
    LocalDate longest = deal.valueDate().plusDays(COLLECTION_MAX_DAYS);
    BindingLimit<LocalDate> limits = BindingLimit.earliestDate();
    limits.limit(LocalizedText.of("预计货物到港及买方付款日", "Expected arrival and buyer's payment date"), expected, SOURCE);
    // shown, not competing: beyond it the deal goes to an approver, the maturity stays the expected payment date
    limits.explain(LocalizedText.of("原则上不超过押汇日后 %s 天", "In principle not beyond %s days after the value date")
        .formatted(COLLECTION_MAX_DAYS), longest, SOURCE);
    out.maturity(limits, deal.valueDate());
    long days = ChronoUnit.DAYS.between(deal.valueDate(), expected);
    if (expected.isAfter(longest)) {
      out.refer("BP-DP-TERM-360", SOURCE,
          "托收押汇期限 " + days + " 天，超过360天：原则上不能超过360天；审批人可在严格审查后例外批准并记录理由",
          "Collection term of " + days + " days exceeds 360 days, the limit in principle; an approver may make an exception"
              + " after a strict review and record why");
    } else {
      out.info("BP-TERM-DP", SOURCE, "押汇期限至预计付款日 " + expected + "，共 " + days + " 天，未超过360天",
          "Term to the expected payment date " + expected + ", " + days + " days, within 360 days");
    }
  }

  private static MailingTime mailingTime(BillPurchaseDeal deal, EvaluationContext context, Evaluation.Builder out) {
    String country = deal.facts().requireText(ISSUING_BANK_COUNTRY);
    Optional<String> region = context.regionOf(country);
    MailingTime mailing = MailingTime.of(country, region);
    String regionText = region.orElse("—");
    out.info("BP-TERM-REGION", SOURCE,
        "开证行所在地 " + country + "（地区 " + regionText + "）属" + mailing.zh + "：寄单索汇时间 " + mailing.days + " 天",
        "Issuing bank in " + country + " (region " + regionText + "), " + mailing.en + ": " + mailing.days
            + " days to mail the documents and collect");
    return mailing;
  }

  /** Dates before the value date cannot frame a term: the deal is refused until they are corrected. */
  private static boolean beforeValueDate(BillPurchaseDeal deal, LocalDate date, String zh, String en, Evaluation.Builder out) {
    if (!date.isBefore(deal.valueDate())) return false;
    out.reject("BP-DATES", SOURCE,
        zh + " " + date + " 早于押汇日 " + deal.valueDate() + "：无法确定押汇期限，须更正后重新申请",
        en + " " + date + " is before the value date " + deal.valueDate() + ": no term can be set; correct it and apply again");
    return true;
  }
}
