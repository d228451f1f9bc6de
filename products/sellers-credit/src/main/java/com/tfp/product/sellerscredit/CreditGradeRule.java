package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.SellersCreditSchema.EXIM_GRADE;
import static com.tfp.product.sellerscredit.SellersCreditSchema.FULL_GUARANTEE;

import com.tfp.spi.evaluation.Evaluation;
import java.util.Optional;

/**
 * 003 Art.6(一) (applied to leasing by Art.7 and to outsourcing by Art.8): the borrower's Exim grade "一般应" be 12 or
 * better, 14 with a full guarantee by a bank or strategic customer or liquid collateral; for complete-set and high-tech
 * products under contract loans, and for ships, aircraft, high-speed rail, their key equipment and the repair or
 * conversion of foreign ships and aircraft in any form, 14 or better, 15 with such a guarantee. The numbers count down:
 * 1 is the best grade. "一般应" makes it soft: a weaker grade is REFERRED, never passed silently. The relaxation for a
 * full guarantee is the rule's own, so a guaranteed grade inside it is in order.
 */
final class CreditGradeRule {

  static final String CODE = "SC-GRADE";
  static final String UNRATED = "SC-GRADE-UNRATED";
  private static final String SOURCE = "003 Art.6";

  private CreditGradeRule() {}

  record Thresholds(int plain, int guaranteed) {}

  static Thresholds thresholds(Deal deal) {
    LoanVariant v = deal.variant();
    Optional<Sector> sector = deal.sector();
    boolean relaxedSector = v == LoanVariant.KEY_EQUIPMENT
        || sector.map(Sector::isShipAircraftRailDomain).orElse(false)
        || (v.isContractLoan() && sector.filter(s -> s == Sector.COMPLETE_SET_HIGH_TECH).isPresent());
    return relaxedSector ? new Thresholds(14, 15) : new Thresholds(12, 14);
  }

  static void apply(Deal deal, Evaluation.Builder result) {
    Optional<Long> grade = deal.facts().integer(EXIM_GRADE);
    Thresholds t = thresholds(deal);
    if (grade.isEmpty()) {
      result.check(UNRATED, SOURCE,
          "借款人未提供本行信用等级：确认其确不能按本行现行办法评级；可评级的，等级一般应在" + t.plain() + "级（含）以内（全额保证或变现能力强的抵质押时"
              + t.guaranteed() + "级）",
          "No Exim grade given: confirm the borrower cannot be rated under the bank's method; a rateable borrower should "
              + "generally be grade " + t.plain() + " or better (" + t.guaranteed() + " with full guarantee or liquid collateral)");
      return;
    }
    long g = grade.get();
    boolean guaranteed = deal.flag(FULL_GUARANTEE);
    if (g <= t.plain()) {
      result.info(CODE, SOURCE, "信用等级" + g + "级，在" + t.plain() + "级（含）以内",
          "Grade " + g + " is within " + t.plain() + " or better");
    } else if (guaranteed && g <= t.guaranteed()) {
      result.info(CODE, SOURCE,
          "信用等级" + g + "级，有银行、战略客户全额保证或变现能力强的抵质押，放宽至" + t.guaranteed() + "级（含）以内",
          "Grade " + g + " is within the " + t.guaranteed() + " the rule allows with a full guarantee or liquid collateral");
    } else {
      String limitZh = guaranteed ? t.guaranteed() + "级（已有全额保证）" : t.plain() + "级（全额保证或变现能力强的抵质押时可放宽至" + t.guaranteed() + "级）";
      String limitEn = guaranteed ? t.guaranteed() + " (full guarantee in place)"
          : t.plain() + " (" + t.guaranteed() + " with full guarantee or liquid collateral)";
      result.refer(CODE, SOURCE,
          "信用等级" + g + "级弱于" + limitZh + "；“一般应”为软性要求：审批人可例外接受，须记录理由",
          "Grade " + g + " is weaker than " + limitEn + "; \"一般应\" is a soft rule: an approver may accept the weaker "
              + "grade and must record why");
    }
  }
}
