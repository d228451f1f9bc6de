package com.tfp.web.rest;

import com.tfp.platform.shared.PageRequest;

import jakarta.ws.rs.QueryParam;

import com.tfp.platform.customer.application.CustomerDirectory;
import com.tfp.platform.customer.domain.CounterpartyKind;
import com.tfp.platform.customer.domain.CustomerTier;
import com.tfp.platform.line.application.CreditLines;
import com.tfp.platform.line.application.NewLine;
import com.tfp.platform.line.domain.LineCategory;
import com.tfp.platform.line.domain.LineType;
import com.tfp.spi.facts.FieldError;
import com.tfp.web.rest.dto.DealViews;
import com.tfp.web.security.Actors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The customer master, the customer's credit lines and its line ledger (002 Art.36). */
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers", description = "Customer master, credit lines and the line ledger")
@RolesAllowed({"CUSTOMER_MANAGER", "IB_REVIEWER", "RISK_APPROVER", "ADMIN", "INTEGRATION", "INTEGRATION_SERVICING"})
public class CustomerResource {

  @Inject CustomerDirectory customers;
  @Inject CreditLines lines;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The customer master: tier, rating, SAFE class, licence, relationship, group and related parties, overdue/default "
      + "flags; paged with offset and limit (default 100, at most 500), total in X-Total-Count, next/previous in Link")
  public Response list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
    return Paged.of(customers.all(PageRequest.of(offset, limit), Actors.of(security)).map(DealViews::customer), uri);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One customer of the master")
  public DealViews.CustomerView get(@PathParam("id") String id) {
    return DealViews.customer(customers.get(id, Actors.of(security)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"CUSTOMER_MANAGER", "ADMIN"})
  @Operation(summary = "Onboard a customer (customer manager, 002 Art.30)")
  public Response onboard(String body) {
    JsonObject o = EvaluationRequestReader.object(body);
    List<FieldError> errors = new ArrayList<>();
    Bodies.onlyFields(o, Set.of("id", "name", "kind", "tier", "creditRating", "safeCategory", "exportLicence", "bankRelationshipYears",
        "badSettlementRecord", "unsecuredEligible", "groupId", "relatedParties", "insurerCode", "hasAccount"), errors);
    List<String> related = new ArrayList<>();
    if (o.containsKey("relatedParties") && o.get("relatedParties") instanceof jakarta.json.JsonArray a) {
      a.forEach(v -> related.add(v instanceof JsonString s ? s.getString() : v.toString()));
    }
    var n = new CustomerDirectory.NewCustomer(Bodies.string(o, "id", errors), Bodies.string(o, "name", errors),
        Bodies.enumeration(o, "kind", CounterpartyKind.class, errors), Bodies.enumeration(o, "tier", CustomerTier.class, errors),
        Bodies.string(o, "creditRating", errors), Bodies.string(o, "safeCategory", errors), Bodies.flag(o, "exportLicence", errors),
        Bodies.decimal(o, "bankRelationshipYears", errors), Bodies.flag(o, "badSettlementRecord", errors),
        Bodies.flag(o, "unsecuredEligible", errors), Bodies.string(o, "groupId", errors), related, Bodies.string(o, "insurerCode", errors),
        o.containsKey("hasAccount") ? Bodies.flag(o, "hasAccount", errors) : true);
    Bodies.check(errors);
    var c = customers.onboard(n, Actors.of(security));
    return Response.created(uri.getAbsolutePathBuilder().path(c.id()).build()).entity(DealViews.customer(c)).build();
  }

  @GET
  @Path("/{id}/lines")
  @Operation(summary = "The customer's lines with limit, occupied, available, expiry and status (002 Art.13-26)")
  public List<DealViews.LineView> lines(@PathParam("id") String id) {
    return lines.linesOf(id, Actors.of(security)).stream().map(DealViews::line).toList();
  }

  @POST
  @Path("/{id}/lines")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("RISK_APPROVER")
  @Operation(summary = "Grant a line (Risk Management, 002 Art.33): COMPREHENSIVE, SINGLE_PRODUCT inside one, INSURER or FINANCIAL_INSTITUTION")
  public Response grant(@PathParam("id") String id, String body) {
    JsonObject o = EvaluationRequestReader.object(body);
    List<FieldError> errors = new ArrayList<>();
    Bodies.onlyFields(o, Set.of("code", "type", "category", "parentId", "productId", "riskClass", "limit", "currency", "startDate", "expiry"), errors);
    Long risk = Bodies.id(o, "riskClass", errors);
    var n = new NewLine(Bodies.string(o, "code", errors), Bodies.enumeration(o, "type", LineType.class, errors),
        Bodies.enumeration(o, "category", LineCategory.class, errors), Bodies.id(o, "parentId", errors), Bodies.string(o, "productId", errors),
        risk == null ? null : risk.intValue(), Bodies.decimal(o, "limit", errors), Bodies.string(o, "currency", errors),
        Bodies.date(o, "startDate", errors), Bodies.date(o, "expiry", errors));
    Bodies.check(errors);
    var s = lines.grant(id, n, Actors.of(security));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(s.line().id())).build()).entity(DealViews.line(s)).build();
  }

  @GET
  @Path("/{id}/line-ledger")
  @Operation(summary = "The customer's line ledger: every drawing, recovery, transfer, extension, suspension and release (002 Art.36)")
  public List<DealViews.LedgerEntryView> ledger(@PathParam("id") String id) {
    return lines.ledgerOf(id, Actors.of(security)).stream().map(DealViews::ledger).toList();
  }
}
