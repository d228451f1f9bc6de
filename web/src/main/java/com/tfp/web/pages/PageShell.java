package com.tfp.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import com.tfp.platform.eod.application.BusinessDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the header of every page shows: the business date, who is signed in, and the menu — each entry visible only to
 * the roles it names ({@code HttpServletRequest.isUserInRole}); an entry that names no role is open to all staff.
 * The pages of deals, customers and end of day add their entries here with their roles.
 */
@Named("shell")
@RequestScoped
public class PageShell {

  /** One entry of the main menu. {@code outcome} is the page's view id; no roles: everyone. */
  public record MenuEntry(String labelKey, String outcome, String icon, Set<String> roles) {}

  /** The roles of bank staff who use the pages (web.xml lets only them in; an integration user has no page). */
  public static final Set<String> PAGE_ROLES = Set.of("CUSTOMER_MANAGER", "IB_REVIEWER", "RISK_APPROVER", "ADMIN");

  static final List<MenuEntry> MENU = List.of(
      new MenuEntry("menu.home", "/index.xhtml", "pi pi-home", PAGE_ROLES),
      new MenuEntry("menu.catalogue", "/catalogue.xhtml", "pi pi-th-large", PAGE_ROLES),
      new MenuEntry("menu.whatIf", "/evaluate.xhtml", "pi pi-calculator", PAGE_ROLES),
      new MenuEntry("menu.apply", "/apply.xhtml", "pi pi-file-edit", Set.of("CUSTOMER_MANAGER")),
      new MenuEntry("menu.queues", "/queues.xhtml", "pi pi-inbox", PAGE_ROLES),
      new MenuEntry("menu.customers", "/customer.xhtml", "pi pi-users", PAGE_ROLES),
      new MenuEntry("menu.eod", "/eod.xhtml", "pi pi-moon", Set.of("ADMIN", "RISK_APPROVER", "IB_REVIEWER")),
      new MenuEntry("menu.duties", "/duties.xhtml", "pi pi-sitemap", Set.of("ADMIN")),
      new MenuEntry("menu.ruleChanges", "/rule-changes.xhtml", "pi pi-check-square", Set.of("ADMIN")),
      new MenuEntry("menu.audit", "/audit.xhtml", "pi pi-history", Set.of("ADMIN", "RISK_APPROVER")),
      new MenuEntry("menu.users", "/users.xhtml", "pi pi-lock", Set.of("ADMIN")));

  @Inject BusinessDates businessDates;

  /** The entries the signed-in user may see, in menu order. */
  public List<MenuEntry> getMenu() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return visible(MENU, role -> external.isUserInRole(role));
  }

  static List<MenuEntry> visible(List<MenuEntry> entries, java.util.function.Predicate<String> isUserInRole) {
    return entries.stream().filter(e -> e.roles().isEmpty() || e.roles().stream().anyMatch(isUserInRole)).toList();
  }

  /** Whether the entry is the page being shown (highlighted in the menu). */
  public boolean isCurrent(MenuEntry entry) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getViewRoot() != null && entry.outcome().equals(faces.getViewRoot().getViewId());
  }

  private LocalDate businessDate;

  /** The bank's business date as end of day keeps it (the service behind {@code GET /business-date}). */
  public LocalDate getBusinessDate() {
    if (businessDate == null) businessDate = businessDates.today();
    return businessDate;
  }

  /** The signed-in user's name, or null on the login page. */
  public String getUser() {
    return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
  }
}
