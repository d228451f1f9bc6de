package com.tfp.web.pages;

import com.tfp.platform.deal.application.Applications;
import com.tfp.platform.deal.domain.Application;
import com.tfp.platform.deal.domain.ApplicationStatus;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.PageRequest;
import com.tfp.web.security.Actors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The work queues, one per step of the deal's life and the role that acts on it: my drafts and returned deals
 * (customer manager), to review (International Business), to approve (Risk), approved to disburse and outstanding to
 * collect (International Business). An administrator sees them all. Only the queues of the user's roles are shown.
 */
@Named("queues")
@RequestScoped
public class QueuesPage {

  /** One queue: its key (label {@code queue.<key>}), the roles that work it, the statuses it holds. */
  public record Queue(String key, Set<String> roles, List<ApplicationStatus> statuses, boolean mineOnly, List<Application> deals) {}

  @Inject Applications applications;

  private List<Queue> queues;

  public List<Queue> getQueues() {
    if (queues == null) {
      var external = FacesContext.getCurrentInstance().getExternalContext();
      Actor actor = Actors.of(external);
      queues = new ArrayList<>();
      add("drafts", Set.of("CUSTOMER_MANAGER"), List.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED), true, actor);
      add("toReview", Set.of("IB_REVIEWER"), List.of(ApplicationStatus.SUBMITTED), false, actor);
      add("toApprove", Set.of("RISK_APPROVER"), List.of(ApplicationStatus.DOCUMENTS_REVIEWED, ApplicationStatus.ESCALATED), false, actor);
      add("toDisburse", Set.of("IB_REVIEWER"), List.of(ApplicationStatus.APPROVED), false, actor);
      add("outstanding", Set.of("IB_REVIEWER"), List.of(ApplicationStatus.DISBURSED, ApplicationStatus.OVERDUE), false, actor);
    }
    return queues;
  }

  private void add(String key, Set<String> roles, List<ApplicationStatus> statuses, boolean mineOnly, Actor actor) {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    boolean admin = external.isUserInRole("ADMIN");
    if (!admin && roles.stream().noneMatch(external::isUserInRole)) return;
    List<Application> deals = new ArrayList<>();
    for (ApplicationStatus s : statuses) {
      for (Application a : applications.list(null, s, PageRequest.of(0, 500), actor).items()) {
        if (!mineOnly || admin || actor.name().equals(a.createdBy())) deals.add(a);
      }
    }
    deals.sort(Comparator.comparing(Application::id).reversed());
    queues.add(new Queue(key, roles, statuses, mineOnly, deals));
  }

  /** How many deals wait in the user's queues (the dashboard's figure). */
  public int getWaiting() {
    return getQueues().stream().mapToInt(q -> q.deals().size()).sum();
  }
}
