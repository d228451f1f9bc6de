package com.tfp.web.rest;

import com.tfp.platform.evaluation.application.EvaluationService;
import com.tfp.web.rest.dto.EvaluationView;
import com.tfp.web.rest.dto.EvaluationViews;
import com.tfp.web.rest.dto.ProblemView;
import com.tfp.spi.facts.FieldError;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stateless what-if evaluation of one prospective deal against one product plug-in (API.md). */
@Path("/evaluations")
@Tag(name = "Evaluations", description = "What-if evaluation of a prospective deal")
@jakarta.annotation.security.RolesAllowed({"CUSTOMER_MANAGER", "IB_REVIEWER", "RISK_APPROVER", "ADMIN", "INTEGRATION"})
public class EvaluationResource {

  @Inject EvaluationService evaluations;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Evaluate a prospective deal: decision, findings with sources, maximum amount and maturity with their steps, "
      + "risk class, line occupation, margin, required documents, review checklist, obligations")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(description = "product, variant, customerId, currency, valueDate, facts"),
      examples = @ExampleObject(name = "sight L/C bill purchase", value = "{\"product\":\"bill-purchase\",\"variant\":null,"
          + "\"currency\":\"USD\",\"valueDate\":\"2026-12-01\",\"facts\":{\"settlement\":\"LC_SIGHT\",\"invoiceAmount\":\"100000.00\","
          + "\"issuingBankCountry\":\"JP\",\"exportLicence\":true,\"safeCategory\":\"A\",\"documentsCompliant\":true,\"fullSetTitleDocuments\":true}}")))
  @APIResponse(responseCode = "200", description = "The evaluation", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
  @APIResponse(responseCode = "400", description = "Malformed JSON, unknown or mistyped fields or facts, impossible dates, bad currency, negative amounts",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  @APIResponse(responseCode = "404", description = "Unknown product", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  @APIResponse(responseCode = "409", description = "The product is quarantined (its plug-in failed)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  public EvaluationView evaluate(String body, @Context HttpHeaders headers) {
    List<FieldError> errors = new ArrayList<>();
    var command = EvaluationRequestReader.evaluation(EvaluationRequestReader.object(body), EvaluationRequestReader.EVALUATION_FIELDS, errors);
    return EvaluationViews.of(evaluations.evaluate(command, errors), Languages.of(headers));
  }
}
