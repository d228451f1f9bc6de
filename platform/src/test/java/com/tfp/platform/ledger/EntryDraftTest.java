package com.tfp.platform.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tfp.platform.ledger.domain.EntryDraft;
import com.tfp.platform.ledger.domain.Posting;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Double entry by construction: money moves only as debit-credit transfers (004 appendix 6). */
class EntryDraftTest {

  @Test
  void aCollectionEntryIsBalancedAndSkipsZeroLegs_004Art23_appendix6() {
    EntryDraft e = new EntryDraft("COLLECTION", "USD", "proceeds", "004 Art.23")
        .transfer("1011", "201", new BigDecimal("100000.00"))
        .transfer("201", "13201", new BigDecimal("90000.00"))
        .transfer("201", "50108", new BigDecimal("250.00"))
        .transfer("201", "51101", BigDecimal.ZERO);
    assertEquals(6, e.postings().size());
    BigDecimal dr = e.postings().stream().filter(p -> p.side() == Posting.Side.DEBIT).map(Posting::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal cr = e.postings().stream().filter(p -> p.side() == Posting.Side.CREDIT).map(Posting::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, dr.compareTo(cr));
  }
}
