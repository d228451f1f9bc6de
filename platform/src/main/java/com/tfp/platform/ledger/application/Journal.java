package com.tfp.platform.ledger.application;

import com.tfp.platform.audit.application.Audited;
import com.tfp.platform.ledger.domain.EntryDraft;
import com.tfp.platform.ledger.domain.GlAccount;
import com.tfp.platform.ledger.domain.JournalEntry;
import com.tfp.platform.ledger.domain.Posting;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/** The double-entry journal: posts balanced entries to accounts of the chart of accounts and reports trial balances. */
@ApplicationScoped
public class Journal {

  private static final Logger LOG = Logger.getLogger(Journal.class.getName());

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  @jakarta.inject.Inject com.tfp.platform.customer.application.CustomerDirectory customers;
  @jakarta.inject.Inject com.tfp.platform.customer.application.Entitlements entitlements;

  /** Posts within the caller's transaction; an empty draft posts nothing. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void post(EntryDraft draft, LocalDate businessDate, Long dealId, String customerId, String actor) {
    if (draft.isEmpty()) return;
    for (Posting p : draft.postings()) {
      if (em.find(GlAccount.class, p.account()) == null) {
        throw new IllegalStateException("account " + p.account() + " is not in the chart of accounts");
      }
    }
    em.persist(new JournalEntry(draft, businessDate, dealId, customerId, actor));
    LOG.info("journal " + draft.event() + " deal " + dealId + " " + draft.currency() + " [" + draft.source() + "]");
  }

  @Transactional
  public List<JournalEntry> ofDeal(long dealId) {
    return em.createQuery("select e from JournalEntry e where e.dealId = :d order by e.id", JournalEntry.class)
        .setParameter("d", dealId).getResultList();
  }

  /** Every entry of the customer's deals, oldest first: the customer page's journal. */
  @Transactional
  @Audited(value = "JOURNAL_READ", target = "customer") // a refused read, on a page too
  public List<JournalEntry> ofCustomer(String customerId, Actor actor) {
    actor.require(Role.values());
    entitlements.require(actor, customers.find(customerId));
    return em.createQuery("select e from JournalEntry e where e.customerId = :c order by e.id", JournalEntry.class)
        .setParameter("c", customerId).getResultList();
  }

  /**
   * The trial balance up to a business date, of the books the actor keeps: head office the whole bank's, a branch its
   * own — the entries of its customers' deals (issue 16, entitlements). A branch with the foreign-exchange licence books
   * its trade financing itself (004 Art.20: "所在分支行(部)有外汇业务经营权的,出口押汇业务由所在分支行(部)直接办理"), so it balances its own books, as head
   * office balances the bank's; every entry is balanced, so a branch's part balances too.
   */
  @Transactional
  public TrialBalance trialBalance(LocalDate upTo, Actor actor) {
    actor.require(Role.ADMIN, Role.RISK_APPROVER, Role.IB_REVIEWER, Role.INTEGRATION, Role.INTEGRATION_SERVICING);
    Map<String, GlAccount> accounts = new HashMap<>();
    em.createQuery("select a from GlAccount a", GlAccount.class).getResultList().forEach(a -> accounts.put(a.code(), a));
    var query = em.createQuery("select p.account, p.currency, p.side, sum(p.amount) from JournalEntry e join e.postings p"
        + " where e.businessDate <= :d and " + entitlements.condition(actor, "e.customerId")
        + " group by p.account, p.currency, p.side", Object[].class).setParameter("d", upTo);
    entitlements.bind(actor, query);
    List<Object[]> sums = query.getResultList();
    Map<String, BigDecimal[]> byKey = new TreeMap<>();
    for (Object[] r : sums) {
      BigDecimal[] dc = byKey.computeIfAbsent(r[0] + "|" + r[1], k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      if (r[2] == Posting.Side.DEBIT) dc[0] = dc[0].add((BigDecimal) r[3]); else dc[1] = dc[1].add((BigDecimal) r[3]);
    }
    List<TrialBalance.Row> rows = new ArrayList<>();
    Map<String, BigDecimal[]> totals = new TreeMap<>();
    byKey.forEach((k, dc) -> {
      String[] parts = k.split("\\|");
      GlAccount a = accounts.get(parts[0]);
      rows.add(new TrialBalance.Row(parts[0], a == null ? "" : a.nameZh(), a == null ? "" : a.nameEn(), parts[1], dc[0], dc[1], dc[0].subtract(dc[1])));
      BigDecimal[] t = totals.computeIfAbsent(parts[1], c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      t[0] = t[0].add(dc[0]);
      t[1] = t[1].add(dc[1]);
    });
    List<TrialBalance.Total> t = new ArrayList<>();
    totals.forEach((c, dc) -> t.add(new TrialBalance.Total(c, dc[0], dc[1], dc[0].compareTo(dc[1]) == 0)));
    return new TrialBalance(upTo, rows, t);
  }
}
