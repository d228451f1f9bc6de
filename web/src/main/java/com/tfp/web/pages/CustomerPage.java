package com.tfp.web.pages;

import com.tfp.platform.customer.application.CustomerDirectory;
import com.tfp.platform.customer.domain.Customer;
import com.tfp.platform.deal.application.Applications;
import com.tfp.platform.deal.domain.Application;
import com.tfp.platform.ledger.application.Journal;
import com.tfp.platform.ledger.domain.JournalEntry;
import com.tfp.platform.line.application.CreditLines;
import com.tfp.platform.line.application.LineState;
import com.tfp.platform.line.domain.LineLedgerEntry;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.NotFoundException;
import com.tfp.platform.shared.PageRequest;
import com.tfp.web.security.Actors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A customer: master data, the credit lines with limit / occupied / available (a usage bar each and a chart of them
 * all), the line ledger (every drawing and recovery), the customer's deals and their journal. Read-only; the figures
 * are the platform's. View-scoped so that the customer stays on the page across the language switch (a postback).
 */
@Named("customerPage")
@ViewScoped
public class CustomerPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CustomerDirectory customers;
  @Inject CreditLines lines;
  @Inject Applications applications;
  @Inject Journal journal;
  @Inject Language language;

  private String id;
  private transient Customer customer;
  private transient boolean looked;
  private transient List<LineState> lineStates;
  private transient List<JournalEntry> journalEntries;

  public Customer getCustomer() {
    if (!looked) {
      looked = true;
      try {
        customer = id == null ? null : customers.get(id, actor());
      } catch (NotFoundException | com.tfp.platform.shared.ForbiddenException e) {
        customer = null;
      }
    }
    return customer;
  }

  public List<Customer> getCustomers() {
    return customers.all(PageRequest.of(0, 500), actor()).items();
  }

  public List<LineState> getLines() {
    if (lineStates == null) lineStates = getCustomer() == null ? List.of() : lines.linesOf(id, actor());
    return lineStates;
  }

  /** The Chart.js configuration of the usage chart: every line of the customer. */
  public String getUsageChart() {
    return LineUsageChart.config(getLines(), false, language.getLocale());
  }

  public int getUsageChartHeight() {
    return LineUsageChart.heightPx(getLines().size());
  }

  /** Every journal entry of the customer's deals. */
  public List<JournalEntry> getJournal() {
    if (journalEntries == null) journalEntries = getCustomer() == null ? List.of() : journal.ofCustomer(id, actor());
    return journalEntries;
  }

  public List<LineLedgerEntry> getLedger() {
    return getCustomer() == null ? List.of() : lines.ledgerOf(id, actor());
  }

  public List<Application> getDeals() {
    return getCustomer() == null ? List.of() : applications.list(id, null, PageRequest.of(0, 500), actor()).items();
  }

  /** The share of the limit in use, 0-100 %, for the usage bar. */
  public BigDecimal usedPercent(LineState s) {
    return LineUsageChart.usedPercent(s);
  }

  private Actor actor() {
    return Actors.of(FacesContext.getCurrentInstance().getExternalContext());
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
}
