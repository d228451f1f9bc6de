package com.tfp.platform.customer.application;

import com.tfp.platform.customer.domain.CounterpartyKind;
import com.tfp.platform.customer.domain.Customer;
import com.tfp.platform.security.application.PlatformUsers;
import com.tfp.platform.security.domain.PlatformUser;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.ForbiddenException;
import com.tfp.spi.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who sees and acts on which customer (issue 16; 002 Art.30: the customer manager manages its own customers' lines and
 * deals; 001 出口信用证 Art.3: the handling branch and the managing head office). A customer belongs to a branch's
 * portfolio; a user of a branch — customer manager, reviewer, approver — sees and acts on that branch's corporate
 * customers, their lines and their deals only; a head-office user (no branch: risk2, admin, the integration accounts)
 * on all. Insurers and correspondent banks are counterparties of the whole bank, and a customer without a branch is
 * bank-wide. Checked in the application services — REST, SOAP and the pages alike; a refusal is a 403 (audited).
 */
@ApplicationScoped
public class Entitlements {

  @Inject PlatformUsers users;

  /** The actor's branch, or null for head office (and the system). */
  public String branchOf(Actor actor) {
    if (actor == null || "system".equals(actor.name())) return null;
    return users.find(actor.name()).map(PlatformUser::branch).orElse(null);
  }

  public boolean sees(Actor actor, Customer c) {
    // a bank-wide customer needs no look-up of the actor's branch (the what-if evaluation is the hottest request)
    if (c.branch() == null || c.kind() != CounterpartyKind.CORPORATE) return true;
    String branch = branchOf(actor);
    return branch == null || c.branch().equals(branch);
  }

  /** @throws ForbiddenException when the customer is outside the actor's branch */
  public void require(Actor actor, Customer c) {
    if (!sees(actor, c)) {
      throw new ForbiddenException(LocalizedText.of("客户 %s 不属于您所在分行的客户范围（按分行授权）",
          "customer %s is outside your branch's portfolio (entitlements by branch)").formatted(c.id()));
    }
  }

  /**
   * A JPQL condition on a customer id expression keeping only the actor's customers ({@code :entitledBranch} and
   * {@code :corporate} to be bound with {@link #bind}), or "1 = 1" for head office.
   */
  public String condition(Actor actor, String customerIdExpression) {
    if (branchOf(actor) == null) return "1 = 1";
    return customerIdExpression + " in (select ec.id from Customer ec where ec.branch is null or ec.kind <> :corporate or ec.branch = :entitledBranch)";
  }

  public void bind(Actor actor, jakarta.persistence.Query q) {
    String branch = branchOf(actor);
    if (branch == null) return;
    q.setParameter("corporate", CounterpartyKind.CORPORATE);
    q.setParameter("entitledBranch", branch);
  }
}
