package com.tfp.web.pages;

import com.tfp.platform.deal.application.Applications;
import com.tfp.platform.deal.domain.Application;
import com.tfp.platform.line.application.CreditLines;
import com.tfp.platform.line.application.LineState;
import com.tfp.platform.shared.PageRequest;
import com.tfp.web.security.Actors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The home page's portfolio: deals counted and summed by product, status and currency (what the platform holds), and
 * the usage of the bank's most used credit lines.
 */
@Named("dashboard")
@RequestScoped
public class DashboardPage {

  /** One line of the portfolio table. */
  public record PortfolioRow(String product, String status, String currency, int deals, BigDecimal amount) {}

  /** How many lines the home page's chart shows: the most used ones; the customer pages show every line. */
  static final int CHART_LINES = 12;

  @Inject Applications applications;
  @Inject CreditLines lines;
  @Inject Language language;

  private List<PortfolioRow> portfolio;
  private List<LineState> busiestLines;

  /** The most used lines of every customer (their share of the limit), for the line usage chart. */
  public List<LineState> getBusiestLines() {
    if (busiestLines == null) busiestLines = LineUsageChart.busiest(lines.allLines(actor()), CHART_LINES);
    return busiestLines;
  }

  public String getLineUsageChart() {
    return LineUsageChart.config(getBusiestLines(), true, language.getLocale());
  }

  public int getLineUsageChartHeight() {
    return LineUsageChart.heightPx(getBusiestLines().size());
  }

  private com.tfp.platform.shared.Actor actor() {
    return Actors.of(FacesContext.getCurrentInstance().getExternalContext());
  }

  public List<PortfolioRow> getPortfolio() {
    if (portfolio == null) {
      Map<String, PortfolioRow> rows = new TreeMap<>();
      int offset = 0;
      while (true) {
        var page = applications.list(null, null, PageRequest.of(offset, 500), actor());
        for (Application a : page.items()) {
          String key = a.productId() + "|" + a.status().ordinal() + "|" + a.currency();
          PortfolioRow r = rows.get(key);
          rows.put(key, new PortfolioRow(a.productId(), a.status().name(), a.currency(), r == null ? 1 : r.deals() + 1,
              (r == null ? BigDecimal.ZERO : r.amount()).add(a.requestedAmount())));
        }
        offset += page.items().size();
        if (page.items().isEmpty() || offset >= page.total()) break;
      }
      portfolio = new ArrayList<>(rows.values());
    }
    return portfolio;
  }
}
