package com.tfp.web.rest;

import com.tfp.platform.shared.PageRequest;

import jakarta.ws.rs.core.Context;

import jakarta.ws.rs.core.UriInfo;

import jakarta.ws.rs.QueryParam;

import com.tfp.platform.catalogue.application.ProductCatalogue;
import com.tfp.platform.catalogue.domain.InstalledProduct;
import com.tfp.platform.reference.application.ReferenceData;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.web.rest.dto.ProblemView;
import com.tfp.web.security.Actors;
import com.tfp.web.rest.dto.ProductDescriptorView;
import com.tfp.web.rest.dto.ProductSummaryView;
import com.tfp.web.rest.dto.ProductViews;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The product catalogue: installed plug-ins, their descriptors and the bank's values for their parameters. */
@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "Installed product plug-ins and their descriptors")
@jakarta.annotation.security.RolesAllowed({"CUSTOMER_MANAGER", "IB_REVIEWER", "RISK_APPROVER", "ADMIN", "INTEGRATION", "INTEGRATION_SERVICING"})
public class ProductResource {

  @Inject ProductCatalogue catalogue;
  @Inject ReferenceData reference;
  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security;

  @GET
  @Operation(summary = "Installed plug-ins: id, version, names (zh, en), risk class, variants, status (ACTIVE, SUPERSEDED, QUARANTINED with its reason)")
  @APIResponse(responseCode = "200", description = "The catalogue",
      content = @Content(schema = @Schema(implementation = ProductSummaryView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
  public Response list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @Context UriInfo uri) {
    return Paged.of(PageRequest.of(offset, limit).slice(catalogue.products()).map(p -> ProductViews.summary(p, catalogue.breakerOf(p))), uri);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "The active descriptor of a product: facts schema, documents, configurable parameters, sources")
  @APIResponse(responseCode = "200", description = "The descriptor", content = @Content(schema = @Schema(implementation = ProductDescriptorView.class)))
  @APIResponse(responseCode = "404", description = "Unknown product", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  @APIResponse(responseCode = "409", description = "The product is quarantined", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  public ProductDescriptorView get(@PathParam("id") String id) {
    InstalledProduct p = catalogue.active(id);
    return ProductViews.descriptor(p, reference.parametersOf(p.descriptor()), reference.riskClassesOf(p.descriptor()));
  }

  @PUT
  @jakarta.annotation.security.RolesAllowed("ADMIN")
  @Path("/{id}/parameters/{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Propose the bank's own value for a configurable parameter: body {\"value\": \"0.8\"}; four eyes: it applies when another ADMIN approves")
  @APIResponse(responseCode = "202", description = "Proposed: a PENDING rule change (id, status, oldValue, newValue, proposedBy) that applies when another ADMIN approves it (Location: /api/v1/rule-changes/{id})",
      content = @Content(schema = @Schema(implementation = RuleChangeResource.RuleChangeView.class)))
  @APIResponse(responseCode = "400", description = "Not a valid value for the parameter's type", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  @APIResponse(responseCode = "404", description = "Unknown product", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  public Response setParameter(@PathParam("id") String id, @PathParam("key") String key, String body, @Context UriInfo uri) {
    InstalledProduct p = catalogue.active(id);
    JsonObject o = EvaluationRequestReader.object(body);
    List<com.tfp.spi.facts.FieldError> errors = new ArrayList<>();
    String value = EvaluationRequestReader.string(o, "value", errors);
    if (!errors.isEmpty()) throw new InvalidInputException(errors);
    return RuleChangeResource.accepted(reference.setParameter(p.descriptor(), key, value, Actors.of(security)), uri);
  }

  @PUT
  @jakarta.annotation.security.RolesAllowed("ADMIN")
  @Path("/{id}/risk-classes/{variant}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Propose the bank's own risk class (002 annex 1) for a variant ('-' for a product without variants): body {\"riskClass\": 3}; four eyes")
  @APIResponse(responseCode = "202", description = "Proposed: a PENDING rule change (id, status, oldValue, newValue, proposedBy) that applies when another ADMIN approves it (Location: /api/v1/rule-changes/{id})",
      content = @Content(schema = @Schema(implementation = RuleChangeResource.RuleChangeView.class)))
  @APIResponse(responseCode = "400", description = "No such variant, or a class without a risk coefficient", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  public Response setRiskClass(@PathParam("id") String id, @PathParam("variant") String variant, String body, @Context UriInfo uri) {
    InstalledProduct p = catalogue.active(id);
    JsonObject o = EvaluationRequestReader.object(body);
    if (!(o.get("riskClass") instanceof jakarta.json.JsonNumber n) || !n.isIntegral()) {
      throw InvalidInputException.of("riskClass", "须为整数", "must be a whole number");
    }
    return RuleChangeResource.accepted(reference.setRiskClass(p.descriptor(), variantOf(variant), n.intValue(), Actors.of(security)), uri);
  }

  @DELETE
  @jakarta.annotation.security.RolesAllowed("ADMIN")
  @Path("/{id}/risk-classes/{variant}")
  @Operation(summary = "Propose returning a variant's risk class to the product's default; four eyes")
  @APIResponse(responseCode = "202", description = "Proposed: a PENDING rule change (id, status, oldValue, newValue, proposedBy) that applies when another ADMIN approves it (Location: /api/v1/rule-changes/{id})",
      content = @Content(schema = @Schema(implementation = RuleChangeResource.RuleChangeView.class)))
  @APIResponse(responseCode = "404", description = "Unknown product, or no such variant (field variant)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  public Response resetRiskClass(@PathParam("id") String id, @PathParam("variant") String variant, @Context UriInfo uri) {
    InstalledProduct p = catalogue.active(id);
    return RuleChangeResource.accepted(reference.resetRiskClass(p.descriptor(), variantOf(variant), Actors.of(security)), uri);
  }

  @POST
  @jakarta.annotation.security.RolesAllowed("ADMIN")
  @Path("/{id}/quarantine")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Take a product version out of service (ADMIN, audited): body {\"reason\": \"…\", \"version\": \"1.2.0\"} "
      + "(version optional: the active one); a lower installed version takes over")
  @APIResponse(responseCode = "200", description = "The catalogue entries of the product, as now")
  @APIResponse(responseCode = "400", description = "No reason given", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  @APIResponse(responseCode = "404", description = "Unknown product or version", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  public List<ProductSummaryView> quarantine(@PathParam("id") String id, String body) {
    Map<String, String> fields = reasonBody(body, "version");
    catalogue.quarantine(id, fields.get("version"), fields.get("reason"), Actors.of(security));
    return entriesOf(id);
  }

  @POST
  @jakarta.annotation.security.RolesAllowed("ADMIN")
  @Path("/{id}/release")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Propose putting a product back in service (ADMIN, audited, four eyes): body {\"reason\": \"…\"}; once another ADMIN "
      + "approves, versions quarantined in service return and every breaker of the product closes")
  @APIResponse(responseCode = "202", description = "Proposed: a PENDING rule change (id, status, oldValue, newValue, proposedBy) that applies when another ADMIN approves it (Location: /api/v1/rule-changes/{id})",
      content = @Content(schema = @Schema(implementation = RuleChangeResource.RuleChangeView.class)))
  @APIResponse(responseCode = "400", description = "No reason given", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  @APIResponse(responseCode = "404", description = "Unknown product", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  public Response release(@PathParam("id") String id, String body, @Context UriInfo uri) {
    return RuleChangeResource.accepted(catalogue.release(id, reasonBody(body).get("reason"), Actors.of(security)), uri);
  }

  /** The body of an administrator's product command: a reason and, where the command takes them, other strings. */
  private static Map<String, String> reasonBody(String body, String... others) {
    JsonObject o = EvaluationRequestReader.object(body);
    List<com.tfp.spi.facts.FieldError> errors = new ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>(List.of(others));
    names.add("reason");
    Bodies.onlyFields(o, names, errors);
    Map<String, String> values = new java.util.HashMap<>();
    for (String name : names) values.put(name, Bodies.string(o, name, errors));
    Bodies.check(errors);
    return values;
  }

  private List<ProductSummaryView> entriesOf(String id) {
    return catalogue.products().stream().filter(p -> id.equals(p.id())).map(p -> ProductViews.summary(p, catalogue.breakerOf(p))).toList();
  }

  private static String variantOf(String pathSegment) {
    return "-".equals(pathSegment) ? null : pathSegment;
  }

  @DELETE
  @jakarta.annotation.security.RolesAllowed("ADMIN")
  @Path("/{id}/parameters/{key}")
  @Operation(summary = "Propose returning a parameter to the product's default; four eyes")
  @APIResponse(responseCode = "202", description = "Proposed: a PENDING rule change (id, status, oldValue, newValue, proposedBy) that applies when another ADMIN approves it (Location: /api/v1/rule-changes/{id})",
      content = @Content(schema = @Schema(implementation = RuleChangeResource.RuleChangeView.class)))
  public Response resetParameter(@PathParam("id") String id, @PathParam("key") String key, @Context UriInfo uri) {
    InstalledProduct p = catalogue.active(id);
    if (p.descriptor().parameter(key).isEmpty()) {
      throw InvalidInputException.of("key", "该产品没有此参数", "the product declares no such parameter");
    }
    return RuleChangeResource.accepted(reference.resetParameter(p.descriptor(), key, Actors.of(security)), uri);
  }
}
