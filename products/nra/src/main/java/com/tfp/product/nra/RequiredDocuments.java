package com.tfp.product.nra;

import static com.tfp.product.nra.NraSchema.ACCEPTANCE;
import static com.tfp.product.nra.NraSchema.APPLICATION;
import static com.tfp.product.nra.NraSchema.ENTREPOT_CONTRACTS;
import static com.tfp.product.nra.NraSchema.LETTER_OF_CREDIT;
import static com.tfp.product.nra.NraSchema.PRESENTED_DOCUMENTS;

import com.tfp.spi.evaluation.Evaluation;

/**
 * Documents: the application, the L/C and the presented documents for every deal (genuine trade background, 001 NRA
 * Art.3); the issuing bank's acceptance where the financing rests on it — forfaiting and export discount, and any deal
 * whose discrepancies were accepted; both legs' contracts for entrepôt trade (Art.3).
 */
final class RequiredDocuments {

  private RequiredDocuments() {}

  static void apply(NraDeal deal, Evaluation.Builder out) {
    out.document(APPLICATION, true);
    out.document(LETTER_OF_CREDIT, true);
    out.document(PRESENTED_DOCUMENTS, true);
    boolean restsOnAcceptance = deal.variant() == NraVariant.FORFAITING || deal.variant() == NraVariant.EXPORT_DISCOUNT;
    if (restsOnAcceptance || deal.discrepancies()) {
      out.document(ACCEPTANCE, true);
    }
    if (deal.entrepotTrade()) {
      out.document(ENTREPOT_CONTRACTS, true);
    }
  }
}
