package com.tfp.web.rest;

import com.tfp.platform.reference.application.ReferenceData;
import com.tfp.platform.reference.domain.DiscountRate;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.spi.facts.FieldError;
import com.tfp.web.rest.dto.ProblemView;
import com.tfp.web.security.Actors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The bank's discount-rate table (per currency and tenor): the rate discounting products use when a request carries
 * none (001 出口信用证 Art.5). Seeded rows are bank defaults; an administrator sets the bank's own rates, audited as
 * {@code DISCOUNT_RATE_SET_PROPOSED} and, once another administrator approves it, {@code DISCOUNT_RATE_SET}
 * (GET /audit?target=discount-rate/USD/90).
 */
@Path("/discount-rates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "The bank's configurable reference data")
public class DiscountRateResource {

  /** @param bankDefault the seeded default (true) or the bank's own rate (false) */
  public record DiscountRateView(String currency, int tenorDaysUpTo, String annualRate, boolean bankDefault, String updatedAt,
      String updatedBy) {
    static DiscountRateView of(DiscountRate r) {
      return new DiscountRateView(r.currency(), r.tenorDaysUpTo(), r.annualRate().stripTrailingZeros().toPlainString(), r.bankDefault(),
          r.updatedAt() == null ? null : r.updatedAt().toString(), r.updatedBy());
    }
  }

  @Inject ReferenceData reference;
  @Context SecurityContext security;

  @GET
  @RolesAllowed({"ADMIN", "RISK_APPROVER", "IB_REVIEWER", "CUSTOMER_MANAGER", "INTEGRATION", "INTEGRATION_SERVICING"})
  @Operation(summary = "The discount-rate table: per currency, the annual rate for tenors up to tenorDaysUpTo days; "
      + "the shortest row covering a deal's tenor applies; bankDefault marks the seeded defaults")
  public List<DiscountRateView> list() {
    return reference.discountRates().stream().map(DiscountRateView::of).toList();
  }

  @PUT
  @RolesAllowed("ADMIN")
  @Path("/{currency}/{tenorDaysUpTo}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Propose the bank's own rate for a currency and tenor (a new row or in place of the default): body {\"annualRate\": \"0.054\"}; "
      + "audited; four eyes: it applies when another ADMIN approves")
  @APIResponse(responseCode = "202", description = "Proposed: a PENDING rule change (Location: /api/v1/rule-changes/{id})",
      content = @Content(schema = @Schema(implementation = RuleChangeResource.RuleChangeView.class)))
  @APIResponse(responseCode = "400", description = "Not a currency, a tenor of 1 to 3,650 days or an annual rate between 0 and 1",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  public jakarta.ws.rs.core.Response set(@PathParam("currency") String currency, @PathParam("tenorDaysUpTo") String tenor, String body,
      @Context jakarta.ws.rs.core.UriInfo uri) {
    JsonObject o = EvaluationRequestReader.object(body);
    List<FieldError> errors = new ArrayList<>();
    Bodies.onlyFields(o, Set.of("annualRate"), errors);
    String rate = EvaluationRequestReader.string(o, "annualRate", errors);
    int days = 0;
    try {
      days = Integer.parseInt(tenor);
    } catch (NumberFormatException e) {
      errors.add(new FieldError("tenorDaysUpTo", com.tfp.spi.LocalizedText.of("须为天数", "must be a number of days")));
    }
    if (!errors.isEmpty()) throw new InvalidInputException(errors);
    return RuleChangeResource.accepted(reference.setDiscountRate(currency, days, rate, Actors.of(security)), uri);
  }
}
