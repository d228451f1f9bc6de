package com.tfp.platform.deal.application;

import com.tfp.platform.evaluation.application.EvaluationCommand;
import java.math.BigDecimal;
import java.util.List;

/**
 * A request for a deal (API.md Deals): the evaluation request, the trade documents, the amount asked for; optionally
 * the earlier stage of the same transaction chain it repays (X7), the insurer or bank whose line it occupies, cash
 * margin and eligible pledge (which occupy no line), an agreed rate (else the bank's rate) and fees.
 */
public record NewApplication(EvaluationCommand evaluation, List<Document> documents, BigDecimal requestedAmount, Long earlierStageDealId,
    String counterpartyId, BigDecimal cashMargin, BigDecimal pledgeCover, BigDecimal interestRate, BigDecimal fees)
    implements com.tfp.platform.audit.application.AuditedCommand {

  /** A refused or failed new deal is recorded on the customer it names (it has no id yet). */
  @Override
  public String auditedTarget() {
    return evaluation == null || evaluation.customerId() == null ? null : "customer/" + evaluation.customerId();
  }

  public record Document(String type, String number, String issuer) {}
}
