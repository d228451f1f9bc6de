package com.tfp.platform.customer.application;

import com.tfp.platform.audit.application.AuditTrail;
import com.tfp.platform.audit.application.Audited;
import com.tfp.platform.customer.domain.CounterpartyKind;
import com.tfp.platform.customer.domain.Customer;
import com.tfp.platform.customer.domain.CustomerTier;
import com.tfp.platform.reference.infrastructure.PlatformSeeds;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.ConflictException;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.NotFoundException;
import com.tfp.platform.shared.Page;
import com.tfp.platform.shared.PageRequest;
import com.tfp.platform.shared.Role;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.evaluation.CustomerRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The customer master: who the customers are and what the platform's own records say of them. */
@ApplicationScoped
public class CustomerDirectory {

  /** A new customer as onboarded by a customer manager (002 Art.30). */
  public record NewCustomer(String id, String name, CounterpartyKind kind, CustomerTier tier, String creditRating, String safeCategory,
      boolean exportLicence, BigDecimal bankRelationshipYears, boolean badSettlementRecord, boolean unsecuredEligible, String groupId,
      List<String> relatedParties, String insurerCode, boolean hasAccount) {}

  private static final Set<String> RATINGS = Set.of("AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C");

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  @Inject PlatformSeeds seeds;
  @Inject AuditTrail audit;
  @Inject Entitlements entitlements;

  @Transactional
  public Page<Customer> all(PageRequest page, Actor actor) {
    actor.require(Role.values());
    seeds.ensureLoaded();
    String where = " from Customer c where " + entitlements.condition(actor, "c.id");
    var query = em.createQuery("select c" + where + " order by c.id", Customer.class).setFirstResult(page.offset()).setMaxResults(page.limit());
    var count = em.createQuery("select count(c)" + where, Long.class);
    entitlements.bind(actor, query);
    entitlements.bind(actor, count);
    return new Page<>(query.getResultList(), count.getSingleResult(), page);
  }

  @Transactional
  @Audited(value = "CUSTOMER_READ", target = "customer") // a refused read (another branch's customer), on a page too
  public Customer get(String id, Actor actor) {
    actor.require(Role.values());
    Customer c = find(id);
    entitlements.require(actor, c);
    return c;
  }

  /** @throws NotFoundException for an unknown customer */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Customer find(String id) {
    seeds.ensureLoaded();
    Customer c = id == null ? null : em.find(Customer.class, id);
    if (c == null) throw new NotFoundException(LocalizedText.of("未知客户 %s", "unknown customer %s").formatted(id));
    return c;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public java.util.Optional<Customer> findOptional(String id) {
    seeds.ensureLoaded();
    return java.util.Optional.ofNullable(id == null ? null : em.find(Customer.class, id));
  }

  @Transactional
  public Customer onboard(NewCustomer n, Actor actor) {
    actor.require(Role.CUSTOMER_MANAGER, Role.ADMIN);
    seeds.ensureLoaded();
    if (n.id() == null || !n.id().matches("[A-Za-z0-9-]{2,40}")) throw InvalidInputException.of("id", "须为 2-40 位字母、数字或连字符", "must be 2-40 letters, digits or hyphens");
    if (n.name() == null || n.name().isBlank()) throw InvalidInputException.of("name", "必填", "required");
    if (n.creditRating() != null && !RATINGS.contains(n.creditRating())) throw InvalidInputException.of("creditRating", "须为 AAA…C", "must be AAA…C");
    if (n.safeCategory() != null && !Set.of("A", "B", "C").contains(n.safeCategory())) throw InvalidInputException.of("safeCategory", "须为 A、B 或 C", "must be A, B or C");
    if (em.find(Customer.class, n.id()) != null) throw new ConflictException(LocalizedText.of("客户 %s 已存在", "customer %s already exists").formatted(n.id()));
    Customer c = new Customer(n.id(), n.name(), n.kind() == null ? CounterpartyKind.CORPORATE : n.kind(), n.tier(), n.creditRating(),
        n.safeCategory(), n.exportLicence(), n.bankRelationshipYears(), n.badSettlementRecord(), n.unsecuredEligible(), n.groupId(),
        n.relatedParties() == null ? null : String.join(";", n.relatedParties()), false, false, null, n.insurerCode(), n.hasAccount())
        .inBranch(entitlements.branchOf(actor)); // a branch's customer manager onboards into the branch's portfolio
    em.persist(c);
    em.flush();
    audit.success(actor, "CUSTOMER_ONBOARD", "customer/" + c.id(), null, c.snapshot());
    return c;
  }

  /** The insurer whose line an insured deal occupies, by the insurer code the deal names (SINOSURE, PICC …). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Customer insurerByCode(String code) {
    List<Customer> found = em.createQuery("select c from Customer c where c.kind = :k and c.insurerCode = :code", Customer.class)
        .setParameter("k", CounterpartyKind.INSURER).setParameter("code", code).getResultList();
    if (found.isEmpty()) throw new ConflictException(LocalizedText.of("保险公司 %s 在本行没有额度记录", "insurer %s has no line record at the bank").formatted(code));
    return found.get(0);
  }

  /**
   * What the platform's records say of the customer, for record-based rules of the plug-ins: the products with an
   * overdue deal (004 Art.28), suspended lines (002 Art.44-45), an account, a line in force.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public CustomerRecord record(Customer c) {
    Set<String> overdue = new HashSet<>(c.overdueProducts());
    overdue.addAll(em.createQuery("select distinct a.productId from Application a where a.customerId = :c and a.status = :s", String.class)
        .setParameter("c", c.id()).setParameter("s", com.tfp.platform.deal.domain.ApplicationStatus.OVERDUE).getResultList());
    long suspended = em.createQuery("select count(l) from CreditLine l where l.customerId = :c and l.status = :s", Long.class)
        .setParameter("c", c.id()).setParameter("s", com.tfp.platform.line.domain.LineStatus.SUSPENDED).getSingleResult();
    long active = em.createQuery("select count(l) from CreditLine l where l.customerId = :c and l.status = :s", Long.class)
        .setParameter("c", c.id()).setParameter("s", com.tfp.platform.line.domain.LineStatus.ACTIVE).getSingleResult();
    return new CustomerRecord(c.id(), overdue, suspended > 0 || c.defaulted(), c.hasAccount(), active > 0);
  }
}
