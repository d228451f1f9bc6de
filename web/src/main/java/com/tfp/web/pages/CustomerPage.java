package com.tfp.web.pages;

import com.tfp.platform.customer.application.CustomerDirectory;
import com.tfp.platform.customer.domain.Customer;
import com.tfp.platform.deal.application.Applications;
import com.tfp.platform.deal.domain.Application;
import com.tfp.platform.line.application.CreditLines;
import com.tfp.platform.line.application.LineState;
import com.tfp.platform.line.domain.LineLedgerEntry;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.NotFoundException;
import com.tfp.platform.shared.PageRequest;
import com.tfp.web.security.Actors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A customer: master data, the credit lines with limit / occupied / available (and a usage bar), the line ledger
 * (every drawing and recovery), and the customer's deals. Read-only; the figures are the platform's.
 */
@Named("customerPage")
@RequestScoped
public class CustomerPage {

  @Inject CustomerDirectory customers;
  @Inject CreditLines lines;
  @Inject Applications applications;

  private String id;
  private Customer customer;
  private boolean looked;

  public Customer getCustomer() {
    if (!looked) {
      looked = true;
      try {
        customer = id == null ? null : customers.get(id, actor());
      } catch (NotFoundException e) {
        customer = null;
      }
    }
    return customer;
  }

  public List<Customer> getCustomers() {
    return customers.all(PageRequest.of(0, 500), actor()).items();
  }

  public List<LineState> getLines() {
    return getCustomer() == null ? List.of() : lines.linesOf(id, actor());
  }

  public List<LineLedgerEntry> getLedger() {
    return getCustomer() == null ? List.of() : lines.ledgerOf(id, actor());
  }

  public List<Application> getDeals() {
    return getCustomer() == null ? List.of() : applications.list(id, null, PageRequest.of(0, 500), actor()).items();
  }

  /** The share of the limit in use, 0-100, for the usage bar. */
  public int usedPercent(LineState s) {
    BigDecimal limit = s.line().limitAmount();
    if (limit == null || limit.signum() <= 0) return 0;
    return s.totalOccupied().multiply(BigDecimal.valueOf(100)).divide(limit, 0, RoundingMode.HALF_UP).min(BigDecimal.valueOf(100)).intValue();
  }

  private Actor actor() {
    return Actors.of(FacesContext.getCurrentInstance().getExternalContext());
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
}
