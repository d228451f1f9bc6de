package com.tfp.web.rest;

import com.tfp.platform.audit.application.AuditTrail;
import com.tfp.platform.eod.application.BusinessDates;
import com.tfp.platform.eod.application.EndOfDay;
import com.tfp.platform.eod.application.EodRuns;
import com.tfp.platform.ledger.application.Journal;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.PageRequest;
import com.tfp.spi.facts.FieldError;
import com.tfp.web.rest.dto.DealViews;
import com.tfp.web.security.Actors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** End of day (a Jakarta Batch job), the business date, the trial balance and the audit trail. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "End of day", description = "Business date, end-of-day runs, trial balance, audit trail")
public class EodResource {

  @Inject EodRuns runs;
  @Inject EndOfDay endOfDay;
  @Inject BusinessDates dates;
  @Inject Journal journal;
  @Inject AuditTrail audit;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @POST
  @Path("eod")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("ADMIN")
  @Operation(summary = "Run end of day for the current business date, or catch up to {\"until\": \"yyyy-MM-dd\"}: accrual, overdue transfer, line suspension and expiry; 202 with the run's Location")
  public Response start(String body) {
    JsonObject o = Bodies.optionalObject(body);
    List<FieldError> errors = new ArrayList<>();
    Bodies.onlyFields(o, Set.of("until"), errors);
    LocalDate until = Bodies.date(o, "until", errors);
    Bodies.check(errors);
    var run = runs.start(until, Actors.of(security));
    return Response.accepted(DealViews.eod(run, List.of(), null))
        .location(uri.getBaseUriBuilder().path("eod").path(String.valueOf(run.id())).build()).build();
  }

  @GET
  @Path("eod/{run}")
  @RolesAllowed({"ADMIN", "RISK_APPROVER", "IB_REVIEWER", "INTEGRATION", "INTEGRATION_SERVICING"})
  @Operation(summary = "An end-of-day run: status, business dates closed with their accruals, overdue transfers, suspensions and expiries;"
      + " the progress of the date being closed (percent, deals per second, seconds left, per partition)")
  public DealViews.EodRunView get(@PathParam("run") long id) {
    Actor actor = Actors.of(security);
    return DealViews.eod(runs.get(id, actor), endOfDay.daysOf(id), endOfDay.progress(id));
  }

  @POST
  @Path("eod/{run}/stop")
  @RolesAllowed("ADMIN")
  @Operation(summary = "Stop a running end of day after the chunks in flight (JobOperator.stop); POST /eod again finishes the date"
      + " from the last committed chunk, posting nothing twice")
  public DealViews.EodRunView stop(@PathParam("run") long id) {
    Actor actor = Actors.of(security);
    return DealViews.eod(runs.stop(id, actor), endOfDay.daysOf(id), endOfDay.progress(id));
  }

  @GET
  @Path("business-date")
  @RolesAllowed({"CUSTOMER_MANAGER", "IB_REVIEWER", "RISK_APPROVER", "ADMIN", "INTEGRATION", "INTEGRATION_SERVICING"})
  @Operation(summary = "The bank's business date (separate from the system date; end of day moves it on)")
  public Map<String, String> businessDate() {
    LocalDate d = dates.today();
    return Map.of("businessDate", d.toString(), "nextBusinessDate", dates.nextBusinessDay(d).toString());
  }

  @GET
  @Path("trial-balance")
  @RolesAllowed({"ADMIN", "RISK_APPROVER", "IB_REVIEWER", "INTEGRATION", "INTEGRATION_SERVICING"})
  @Operation(summary = "Trial balance per account and currency up to a business date (default: today's)")
  public DealViews.TrialBalanceView trialBalance(@QueryParam("date") String date) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate d = date == null ? dates.today() : Bodies.date(jakarta.json.Json.createObjectBuilder().add("date", date).build(), "date", errors);
    Bodies.check(errors);
    return DealViews.trialBalance(journal.trialBalance(d, Actors.of(security)));
  }

  @GET
  @Path("audit")
  @RolesAllowed({"ADMIN", "RISK_APPROVER"})
  @Operation(summary = "The append-only audit trail, newest first: who (user and roles), when (UTC), what, on which target, before/after, "
      + "result and reason — every command and every refusal (401, 403). Filters: target (e.g. application/12), actor (user), "
      + "from / to (dates yyyy-MM-dd, both inclusive, or UTC date-times); paged with offset and limit, X-Total-Count and Link")
  public Response audit(@QueryParam("target") String target, @QueryParam("actor") String actor, @QueryParam("from") String from,
      @QueryParam("to") String to, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @QueryParam("max") Integer max) {
    List<FieldError> errors = new ArrayList<>();
    java.time.LocalDateTime since = instant(from, "from", false, errors);
    java.time.LocalDateTime until = instant(to, "to", true, errors);
    Bodies.check(errors);
    PageRequest page = PageRequest.of(offset, limit != null ? limit : max);
    return Paged.of(audit.search(blankToNull(target), blankToNull(actor), since, until, page, Actors.of(security)).map(DealViews::audit), uri);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** A date (the whole day: from its start, or up to its end) or a UTC date-time. */
  static java.time.LocalDateTime instant(String value, String field, boolean end, List<FieldError> errors) {
    if (value == null || value.isBlank()) return null;
    try {
      if (value.length() <= 10) {
        LocalDate d = LocalDate.parse(value.trim());
        return (end ? d.plusDays(1) : d).atStartOfDay();
      }
      return java.time.LocalDateTime.parse(value.trim());
    } catch (java.time.format.DateTimeParseException e) {
      errors.add(new FieldError(field, com.tfp.spi.LocalizedText.of("须为日期 yyyy-MM-dd 或 UTC 时间 yyyy-MM-ddTHH:mm:ss",
          "must be a date yyyy-MM-dd or a UTC date-time yyyy-MM-ddTHH:mm:ss")));
      return null;
    }
  }
}
