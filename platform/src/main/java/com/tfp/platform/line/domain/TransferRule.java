package com.tfp.platform.line.domain;

import com.tfp.platform.shared.RuleViolationException;
import com.tfp.spi.LocalizedText;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 002 Art.22-24, line transfers (额度调剂). The business department moves, 1:1 and on its own (Art.23): general credit
 * (working capital, discount, acceptance) into trade-finance or guarantee lines; a trade-finance single line into a
 * trade-finance or guarantee single line of the same or lower risk coefficient; a guarantee single line into a
 * guarantee single line of the same or lower coefficient (Art.22). Any other transfer needs the original approver and
 * may not raise the approved risk equivalent Σ(coefficient × nominal) (Art.24).
 */
public final class TransferRule {

  /** How a transfer may go: by the business department 1:1, or with the original approver within the risk equivalent. */
  public enum Route { SELF_SERVICE, ORIGINAL_APPROVER }

  /**
   * @param amountIn what the target line gains
   * @param riskEquivalentChange coefficient × in − coefficient × out (never positive)
   */
  public record Assessment(Route route, BigDecimal amountOut, BigDecimal amountIn, BigDecimal riskEquivalentChange, String source) {}

  /** One side of a transfer: the line's category, whether it is a single line, and its risk coefficient. */
  public record Side(LineCategory category, boolean single, BigDecimal coefficient) {}

  private TransferRule() {}

  /**
   * @param requestedIn what the target should gain; null = the most the rule allows (1:1 on the self-service route,
   *     the risk-equivalent amount otherwise)
   * @param approverConsents the original approver agrees (Art.24)
   */
  public static Assessment assess(Side from, Side to, BigDecimal amountOut, BigDecimal requestedIn, boolean approverConsents) {
    if (amountOut.signum() <= 0) {
      throw new RuleViolationException(LocalizedText.of("调剂金额须为正数", "the transfer amount must be positive"));
    }
    if (selfService(from, to)) {
      if (requestedIn != null && requestedIn.compareTo(amountOut) != 0) {
        throw new RuleViolationException(LocalizedText.of("符合调剂原则的额度按1:1调剂（002 第二十三条）",
            "a transfer within the transfer principles moves 1:1 (002 Art.23)"));
      }
      BigDecimal change = to.coefficient().multiply(amountOut).subtract(from.coefficient().multiply(amountOut));
      return new Assessment(Route.SELF_SERVICE, amountOut, amountOut, change, "002 Art.22-23");
    }
    if (!approverConsents) {
      throw new RuleViolationException(LocalizedText.of(
          "该调剂不符合第二十二条调剂原则，须报原有权审批人批准（002 第二十四条）",
          "this transfer is outside the principles of Art.22 and needs the original approver (002 Art.24)"));
    }
    // the risk equivalent may not rise: coefficient(to) × in ≤ coefficient(from) × out
    BigDecimal allowedIn = from.coefficient().multiply(amountOut).divide(to.coefficient(), 2, RoundingMode.DOWN);
    BigDecimal in = requestedIn == null ? allowedIn : requestedIn;
    if (in.compareTo(allowedIn) > 0) {
      throw new RuleViolationException(LocalizedText.of(
          "调入 %s 将突破原批准的风险当量：最多可调入 %s（风险系数 %s → %s，002 第二十四条）",
          "moving in %s would raise the approved risk equivalent: at most %s may move in (coefficient %s → %s, 002 Art.24)")
          .formatted(in.toPlainString(), allowedIn.toPlainString(), from.coefficient().toPlainString(), to.coefficient().toPlainString()));
    }
    BigDecimal change = to.coefficient().multiply(in).subtract(from.coefficient().multiply(amountOut));
    return new Assessment(Route.ORIGINAL_APPROVER, amountOut, in, change, "002 Art.24");
  }

  static boolean selfService(Side from, Side to) {
    boolean intoTfOrGuarantee = to.category() == LineCategory.TRADE_FINANCE || to.category() == LineCategory.GUARANTEE;
    if (from.category().isGeneralCredit()) return intoTfOrGuarantee;
    boolean lowerOrSame = to.coefficient().compareTo(from.coefficient()) <= 0;
    if (from.category() == LineCategory.TRADE_FINANCE && from.single()) return to.single() && intoTfOrGuarantee && lowerOrSame;
    if (from.category() == LineCategory.GUARANTEE && from.single()) return to.single() && to.category() == LineCategory.GUARANTEE && lowerOrSame;
    return false;
  }
}
