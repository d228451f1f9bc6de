package com.tfp.web.pages;

import com.tfp.platform.audit.application.AuditTrail;
import com.tfp.platform.audit.domain.AuditRecord;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.Page;
import com.tfp.platform.shared.PageRequest;
import com.tfp.web.security.Actors;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail page (ADMIN, Risk; web.xml): searched by user, target and dates like {@code GET /audit}, paged (50 a
 * page). A plain GET form: a search changes nothing, and its address can be kept and sent.
 */
@Named("auditPage")
@RequestScoped
public class AuditPage {

  static final int PAGE_SIZE = 50;

  @Inject AuditTrail trail;

  private String actor;
  private String target;
  private String from;
  private String to;
  private int offset;
  private String error;
  private Page<AuditRecord> page;

  @PostConstruct
  void search() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Map<String, String> p = external.getRequestParameterMap();
    actor = trimmed(p.get("actor"));
    target = trimmed(p.get("target"));
    from = trimmed(p.get("from"));
    to = trimmed(p.get("to"));
    try {
      offset = p.get("offset") == null ? 0 : Math.max(0, Integer.parseInt(p.get("offset")));
    } catch (NumberFormatException e) {
      offset = 0;
    }
    try {
      LocalDate since = from == null ? null : LocalDate.parse(from);
      LocalDate until = to == null ? null : LocalDate.parse(to);
      page = trail.search(target, actor, since == null ? null : since.atStartOfDay(), until == null ? null : until.plusDays(1).atStartOfDay(),
          new PageRequest(offset, PAGE_SIZE), Actors.of(external));
    } catch (DateTimeParseException | InvalidInputException e) {
      error = "yyyy-MM-dd";
      page = new Page<>(List.of(), 0, new PageRequest(0, PAGE_SIZE));
    }
  }

  private static String trimmed(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public List<AuditRecord> getRecords() { return page.items(); }
  public long getTotal() { return page.total(); }
  public int getFirst() { return page.items().isEmpty() ? 0 : offset + 1; }
  public int getLast() { return offset + page.items().size(); }
  public String getActor() { return actor; }
  public String getTarget() { return target; }
  public String getFrom() { return from; }
  public String getTo() { return to; }
  public String getError() { return error; }

  /** The query of the next page, or null on the last. */
  public String getNext() {
    return page.hasNext() ? query(offset + PAGE_SIZE) : null;
  }

  /** The query of the previous page, or null on the first. */
  public String getPrevious() {
    return offset > 0 ? query(Math.max(0, offset - PAGE_SIZE)) : null;
  }

  private String query(int at) {
    Map<String, String> q = new LinkedHashMap<>();
    if (actor != null) q.put("actor", actor);
    if (target != null) q.put("target", target);
    if (from != null) q.put("from", from);
    if (to != null) q.put("to", to);
    q.put("offset", String.valueOf(at));
    StringBuilder b = new StringBuilder("?");
    q.forEach((k, v) -> b.append(b.length() > 1 ? "&" : "").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return b.toString();
  }
}
