package com.tfp.product.insuredfinancing;

import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.insurance.CreditInsuranceFacts;

/**
 * Which insurers the bank accepts (股份制 Art.5): Sinosure, PICC P&C and Ping An P&C; "与其他保险公司合作，必须报总行贸易
 * 金融事业部审批" — any other insurer is referred for head-office approval (PRODUCTS.md §3), because the seed itself names
 * the approval as the way to accept one.
 */
final class InsurerAcceptance {

  static final String SOURCE = "001 股份制 Art.5";

  private InsurerAcceptance() {}

  static void apply(Facts f, Evaluation.Builder out) {
    String insurer = f.requireText(CreditInsuranceFacts.INSURER);
    if (CreditInsuranceFacts.NAMED_INSURERS.contains(insurer)) {
      out.info("IF-INSURER", SOURCE, "保险公司 " + insurer + " 为本行可接受的保险公司",
          "Insurer " + insurer + " is one the bank accepts");
    } else {
      out.refer("IF-INSURER-OTHER", SOURCE,
          "【须总行审批】保险公司“" + insurer + "”不在可接受名单（中信保、人保财险、平安产险）内：须报总行贸易金融事业部审批，"
              + "其三方协议等合同文本须经总行合同审批流程",
          "[Head-office approval] Insurer '" + insurer + "' is not on the accepted list (Sinosure, PICC P&C, Ping An "
              + "P&C): head office's trade-finance department may approve it; its tripartite agreement needs head-office "
              + "contract approval");
    }
  }
}
