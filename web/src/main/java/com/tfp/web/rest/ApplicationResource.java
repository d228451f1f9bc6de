package com.tfp.web.rest;

import com.tfp.platform.deal.application.Applications;
import com.tfp.platform.deal.application.DealServicing;
import com.tfp.platform.deal.application.NewApplication;
import com.tfp.platform.deal.domain.ApplicationStatus;
import com.tfp.platform.idempotency.application.Idempotency;
import com.tfp.platform.idempotency.application.StoredResponse;
import com.tfp.platform.ledger.application.Journal;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.PageRequest;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.facts.FieldError;
import com.tfp.web.rest.dto.DealViews;
import com.tfp.web.security.Actors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Deals (API.md): created from an evaluation with their trade documents, decided maker-checker, disbursed, collected,
 * with their journal. Every POST accepts an {@code Idempotency-Key}: a retry gets the first answer, never a second deal.
 */
@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Deals: lifecycle, disbursement, collection, journal")
@RolesAllowed({"CUSTOMER_MANAGER", "IB_REVIEWER", "RISK_APPROVER", "ADMIN", "INTEGRATION", "INTEGRATION_SERVICING"})
public class ApplicationResource {

  static final Set<String> FIELDS;

  static {
    Set<String> f = new HashSet<>(EvaluationRequestReader.EVALUATION_FIELDS);
    f.addAll(Set.of("documents", "requestedAmount", "earlierStageDealId", "counterpartyId", "cashMargin", "pledgeCover", "interestRate", "fees"));
    FIELDS = Set.copyOf(f);
  }

  @Inject Applications applications;
  @Inject DealServicing servicing;
  @Inject Journal journal;
  @Inject Idempotency idempotency;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"CUSTOMER_MANAGER", "INTEGRATION"})
  @Operation(summary = "Create a deal from an evaluation (customerId required; customer facts from the master) with its trade documents and requested amount; 409 on double financing (X2)")
  public Response create(String body, @HeaderParam("Idempotency-Key") String key) {
    Actor actor = Actors.of(security);
    return keyed(key, actor, "POST /applications", body, () -> {
      JsonObject o = EvaluationRequestReader.object(body);
      List<FieldError> errors = new ArrayList<>();
      var evaluation = EvaluationRequestReader.evaluation(o, FIELDS, errors);
      List<NewApplication.Document> docs = new ArrayList<>();
      JsonValue d = o.get("documents");
      if (d instanceof JsonArray a) {
        for (int i = 0; i < a.size(); i++) {
          if (a.get(i) instanceof JsonObject doc) {
            List<FieldError> docErrors = new ArrayList<>();
            Bodies.onlyFields(doc, Set.of("type", "number", "issuer"), docErrors);
            docErrors.forEach(e -> errors.add(new FieldError("documents[" + docs.size() + "]." + e.field(), e.message())));
            docs.add(new NewApplication.Document(Bodies.string(doc, "type", errors), Bodies.string(doc, "number", errors), Bodies.string(doc, "issuer", errors)));
          } else {
            errors.add(new FieldError("documents[" + i + "]", LocalizedText.of("须为对象", "must be an object")));
          }
        }
      } else if (d != null && d.getValueType() != JsonValue.ValueType.NULL) {
        errors.add(new FieldError("documents", LocalizedText.of("须为数组", "must be an array")));
      }
      var n = new NewApplication(evaluation, docs, Bodies.decimal(o, "requestedAmount", errors), Bodies.id(o, "earlierStageDealId", errors),
          Bodies.string(o, "counterpartyId", errors), Bodies.decimal(o, "cashMargin", errors), Bodies.decimal(o, "pledgeCover", errors),
          Bodies.decimal(o, "interestRate", errors), Bodies.decimal(o, "fees", errors));
      var app = applications.create(n, actor, errors);
      URI location = uri.getAbsolutePathBuilder().path(String.valueOf(app.id())).build();
      return new StoredResponse(201, location.toString(), JsonText.of(DealViews.application(app)), false);
    });
  }

  @GET
  @Operation(summary = "Deals, optionally of one customer and/or in one status; paged with offset and limit (default 100, "
      + "at most 500), the total in X-Total-Count and the next/previous pages in Link")
  public Response list(@QueryParam("customerId") String customerId, @QueryParam("status") String status,
      @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    ApplicationStatus s = null;
    if (status != null && !status.isBlank()) {
      try {
        s = ApplicationStatus.valueOf(status);
      } catch (IllegalArgumentException e) {
        throw InvalidInputException.of("status", "未知状态", "unknown status");
      }
    }
    return Paged.of(applications.list(customerId == null || customerId.isBlank() ? null : customerId, s, page, Actors.of(security))
        .map(DealViews::application), uri);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One deal: status, the evaluation it was created from (product id and version), documents, decisions, money. "
      + "The ETag is the deal's version: send it back as If-Match with a decision to act only on what you read (412 otherwise)")
  public Response get(@PathParam("id") Long id) {
    DealViews.ApplicationView view = DealViews.application(applications.get(id, Actors.of(security)));
    return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
  }

  @POST
  @Path("/{id}/decisions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"CUSTOMER_MANAGER", "IB_REVIEWER", "RISK_APPROVER", "ADMIN", "INTEGRATION", "INTEGRATION_SERVICING"})
  @Operation(summary = "SUBMIT (maker) | REVIEW (International Business) | APPROVE | REJECT | RETURN (checkers; maker ≠ checker) | ACKNOWLEDGE (REFER findings, with comments) | EXTEND | CLOSE")
  public Response decide(@PathParam("id") Long id, String body, @HeaderParam("Idempotency-Key") String key,
      @HeaderParam("If-Match") String ifMatch) {
    Actor actor = Actors.of(security);
    return keyed(key, actor, "POST /applications/" + id + "/decisions", body, () -> {
      JsonObject o = EvaluationRequestReader.object(body);
      List<FieldError> errors = new ArrayList<>();
      Bodies.onlyFields(o, Set.of("action", "comment", "acknowledgements", "newMaturityDate"), errors);
      Map<String, String> acks = new LinkedHashMap<>();
      JsonValue a = o.get("acknowledgements");
      if (a instanceof JsonArray arr) {
        for (JsonValue v : arr) {
          if (v instanceof JsonObject ack) acks.put(Bodies.string(ack, "code", errors), Bodies.string(ack, "comment", errors));
          else errors.add(new FieldError("acknowledgements", LocalizedText.of("须为 {code, comment} 数组", "must be an array of {code, comment}")));
        }
      } else if (a != null && a.getValueType() != JsonValue.ValueType.NULL) {
        errors.add(new FieldError("acknowledgements", LocalizedText.of("须为 {code, comment} 数组", "must be an array of {code, comment}")));
      }
      var cmd = new Applications.DecisionCommand(Bodies.string(o, "action", errors), Bodies.string(o, "comment", errors), acks,
          Bodies.date(o, "newMaturityDate", errors), expectedVersion(ifMatch, errors));
      Bodies.check(errors);
      return ok(DealViews.application(applications.decide(id, cmd, actor)));
    });
  }

  @POST
  @Path("/{id}/disbursement")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"IB_REVIEWER", "INTEGRATION_SERVICING"})
  @Operation(summary = "Disburse (default: the approved amount on today's business date): occupies the line atomically, repays an earlier stage first (X7), journal Dr loan / Cr 201; 409 if the line cannot take it")
  public Response disburse(@PathParam("id") Long id, String body, @HeaderParam("Idempotency-Key") String key) {
    Actor actor = Actors.of(security);
    return keyed(key, actor, "POST /applications/" + id + "/disbursement", body, () -> {
      JsonObject o = Bodies.optionalObject(body);
      List<FieldError> errors = new ArrayList<>();
      Bodies.onlyFields(o, Set.of("amount", "valueDate"), errors);
      var amount = Bodies.decimal(o, "amount", errors);
      var date = Bodies.date(o, "valueDate", errors);
      Bodies.check(errors);
      return ok(DealViews.disbursement(servicing.disburse(id, amount, date, actor)));
    });
  }

  @POST
  @Path("/{id}/collections")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"IB_REVIEWER", "INTEGRATION_SERVICING"})
  @Operation(summary = "Proceeds received: the waterfall of 004 Art.23 (principal, interest, fees, remainder to the customer, shortfall still owed); restores the line")
  public Response collect(@PathParam("id") Long id, String body, @HeaderParam("Idempotency-Key") String key) {
    Actor actor = Actors.of(security);
    return keyed(key, actor, "POST /applications/" + id + "/collections", body, () -> {
      JsonObject o = EvaluationRequestReader.object(body);
      List<FieldError> errors = new ArrayList<>();
      Bodies.onlyFields(o, Set.of("amount", "valueDate"), errors);
      var amount = Bodies.decimal(o, "amount", errors);
      var date = Bodies.date(o, "valueDate", errors);
      if (amount == null && errors.isEmpty()) errors.add(new FieldError("amount", LocalizedText.of("必填", "required")));
      Bodies.check(errors);
      return ok(DealViews.collection(servicing.collect(id, amount, date, actor)));
    });
  }

  @GET
  @Path("/{id}/journal")
  @Operation(summary = "The deal's accounting entries (balanced double entries with their GL accounts and sources)")
  public List<DealViews.JournalEntryView> journal(@PathParam("id") Long id) {
    applications.get(id, Actors.of(security));
    return journal.ofDeal(id).stream().map(DealViews::journal).toList();
  }

  private static StoredResponse ok(Object view) {
    return new StoredResponse(200, null, JsonText.of(view), false);
  }

  private Response keyed(String key, Actor actor, String command, String body, Supplier<StoredResponse> work) {
    StoredResponse r = idempotency.execute(key, actor, command, body, work);
    Response.ResponseBuilder b = Response.status(r.status()).type(MediaType.APPLICATION_JSON).entity(r.body());
    if (r.location() != null) b.location(URI.create(r.location()));
    if (r.replayed()) b.header("Idempotent-Replayed", "true");
    return b.build();
  }

  /** If-Match carries the ETag of GET /applications/{id}: the deal's version, quoted ("3") or weak (W/"3"). */
  static Long expectedVersion(String ifMatch, List<FieldError> errors) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) return null;
    String v = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
    if (!v.matches("\\d{1,18}")) {
      errors.add(new FieldError("If-Match", LocalizedText.of("须为本业务的 ETag（版本号）", "must be the deal's ETag (its version)")));
      return null;
    }
    return Long.valueOf(v);
  }
}
