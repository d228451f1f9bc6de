package com.tfp.web.rest;

import com.tfp.platform.line.application.CreditLines;
import com.tfp.spi.facts.FieldError;
import com.tfp.web.rest.dto.DealViews;
import com.tfp.web.security.Actors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Line maintenance: transfers (002 Art.22-25), extension (Art.26), suspension and release (Art.44-45). */
@Path("/lines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lines", description = "Transfers, extension, suspension and release of credit lines")
public class LineResource {

  @Inject CreditLines lines;
  @Context SecurityContext security;

  @POST
  @Path("/transfers")
  @RolesAllowed({"CUSTOMER_MANAGER", "IB_REVIEWER", "RISK_APPROVER"})
  @Operation(summary = "Transfer between two lines: 1:1 within the principles of 002 Art.22, otherwise with the original approver and never above the risk equivalent (Art.24)")
  public Map<String, Object> transfer(String body) {
    JsonObject o = EvaluationRequestReader.object(body);
    List<FieldError> errors = new ArrayList<>();
    Bodies.onlyFields(o, Set.of("fromLineId", "toLineId", "amount", "amountIn", "dealId", "originalApproverConsents"), errors);
    Long from = Bodies.id(o, "fromLineId", errors);
    Long to = Bodies.id(o, "toLineId", errors);
    var amount = Bodies.decimal(o, "amount", errors);
    var amountIn = Bodies.decimal(o, "amountIn", errors);
    Long deal = Bodies.id(o, "dealId", errors);
    boolean consent = Bodies.flag(o, "originalApproverConsents", errors);
    Bodies.check(errors);
    var t = lines.transfer(from, to, amount, amountIn, deal, consent, Actors.of(security));
    return Map.of("id", t.id(), "fromLineId", t.fromLineId(), "toLineId", t.toLineId(), "amountOut", t.amountOut().toPlainString(),
        "amountIn", t.amountIn().toPlainString(), "route", t.route().name(), "state", t.state());
  }

  @POST
  @Path("/{id}/extension")
  @RolesAllowed({"CUSTOMER_MANAGER", "RISK_APPROVER"})
  @Operation(summary = "Extend an actively-developed customer's line by up to 3 months while its renewal is pending (002 Art.26)")
  public DealViews.LineView extend(@PathParam("id") Long id, String body) {
    JsonObject o = EvaluationRequestReader.object(body);
    List<FieldError> errors = new ArrayList<>();
    Bodies.onlyFields(o, Set.of("until", "renewalFiledOn", "securityInPlace"), errors);
    var until = Bodies.date(o, "until", errors);
    var filed = Bodies.date(o, "renewalFiledOn", errors);
    boolean security = Bodies.flag(o, "securityInPlace", errors);
    Bodies.check(errors);
    return DealViews.line(lines.extend(id, until, filed, security, Actors.of(this.security)));
  }

  @POST
  @Path("/{id}/suspension")
  @RolesAllowed({"CUSTOMER_MANAGER", "RISK_APPROVER"})
  @Operation(summary = "Suspend a line on an advance, default or material change of standing (002 Art.44-45)")
  public DealViews.LineView suspend(@PathParam("id") Long id, String body) {
    JsonObject o = Bodies.optionalObject(body);
    List<FieldError> errors = new ArrayList<>();
    String reason = Bodies.string(o, "reason", errors);
    Bodies.check(errors);
    return DealViews.line(lines.suspend(id, reason, Actors.of(security)));
  }

  @POST
  @Path("/{id}/release")
  @RolesAllowed("RISK_APPROVER")
  @Operation(summary = "Release a suspended line: Risk Management only (002 Art.45)")
  public DealViews.LineView release(@PathParam("id") Long id, String body) {
    JsonObject o = Bodies.optionalObject(body);
    List<FieldError> errors = new ArrayList<>();
    String reason = Bodies.string(o, "reason", errors);
    Bodies.check(errors);
    return DealViews.line(lines.release(id, reason, Actors.of(security)));
  }
}
