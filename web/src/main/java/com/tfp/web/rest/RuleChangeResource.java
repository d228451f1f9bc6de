package com.tfp.web.rest;

import com.tfp.platform.duties.application.RuleChanges;
import com.tfp.platform.duties.domain.RuleChange;
import com.tfp.platform.duties.domain.RuleChangeStatus;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.PageRequest;
import com.tfp.spi.facts.FieldError;
import com.tfp.web.rest.dto.ProblemView;
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
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Four eyes on the bank's rules (issue 16, rule SOD-RULES-FOUR-EYES): a parameter, discount-rate or risk-class change
 * or a product's release is answered 202 with a PENDING rule change; another ADMIN approves or rejects it here, its
 * proposer may withdraw it.
 */
@Path("/rule-changes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Rule changes", description = "Proposed changes of the bank's rules, waiting for a second administrator")
public class RuleChangeResource {

  /**
   * A proposed rule change. {@code oldValue} is what was in force when it was proposed ("default" for the product's or
   * seed's default), {@code newValue} what applies once approved.
   */
  public record RuleChangeView(long id, String kind, String status, String target, String oldValue, String newValue, String reason,
      String proposedBy, String proposedAt, String decidedBy, String decidedAt, String decisionReason) {

    public static RuleChangeView of(RuleChange c) {
      return new RuleChangeView(c.id(), c.kind().name(), c.status().name(), c.target(), c.oldValue(), c.newValue(), c.reason(),
          c.proposedBy(), c.proposedAt().toString() + "Z", c.decidedBy(), c.decidedAt() == null ? null : c.decidedAt().toString() + "Z",
          c.decisionReason());
    }
  }

  /** The 202 a rule-changing command answers: the pending change and where to follow it. */
  static Response accepted(RuleChange c, UriInfo uri) {
    URI location = uri.getBaseUriBuilder().path(RuleChangeResource.class).path(String.valueOf(c.id())).build();
    return Response.accepted(RuleChangeView.of(c)).location(location).build();
  }

  @Inject RuleChanges changes;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Rule changes, newest first, by status (PENDING, APPROVED, REJECTED, WITHDRAWN; none: all); paged")
  @APIResponse(responseCode = "200", description = "The rule changes",
      content = @Content(schema = @Schema(implementation = RuleChangeView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
  @APIResponse(responseCode = "400", description = "Unknown status", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  public Response list(@QueryParam("status") String status, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
    RuleChangeStatus s = null;
    if (status != null) {
      try {
        s = RuleChangeStatus.valueOf(status);
      } catch (IllegalArgumentException e) {
        throw InvalidInputException.of("status", "须为 PENDING、APPROVED、REJECTED 或 WITHDRAWN", "must be PENDING, APPROVED, REJECTED or WITHDRAWN");
      }
    }
    return Paged.of(changes.list(s, PageRequest.of(offset, limit), Actors.of(security)).map(RuleChangeView::of), uri);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One rule change")
  @APIResponse(responseCode = "200", description = "The rule change", content = @Content(schema = @Schema(implementation = RuleChangeView.class)))
  @APIResponse(responseCode = "404", description = "Unknown rule change", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  public RuleChangeView get(@PathParam("id") Long id) {
    return RuleChangeView.of(changes.find(id, Actors.of(security)));
  }

  @POST
  @Path("/{id}/approval")
  @Operation(summary = "Approve a pending rule change (an ADMIN other than its proposer): it applies now; no body")
  @APIResponse(responseCode = "200", description = "The change, APPROVED and in force", content = @Content(schema = @Schema(implementation = RuleChangeView.class)))
  @APIResponse(responseCode = "403", description = "The proposer (SOD-RULES-FOUR-EYES) or a user holding a deal role (SOD-RULES-DEAL-ROLE); audited",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  @APIResponse(responseCode = "404", description = "Unknown rule change", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  @APIResponse(responseCode = "409", description = "Already decided, or stale: the value in force is no longer the one it was proposed against",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  public RuleChangeView approve(@PathParam("id") Long id) {
    return RuleChangeView.of(changes.approve(id, Actors.of(security)));
  }

  @POST
  @Path("/{id}/rejection")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reject a pending rule change (an ADMIN other than its proposer): body {\"reason\": \"…\"}; nothing changes")
  @APIResponse(responseCode = "200", description = "The change, REJECTED", content = @Content(schema = @Schema(implementation = RuleChangeView.class)))
  @APIResponse(responseCode = "400", description = "No reason given", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  @APIResponse(responseCode = "403", description = "The proposer (SOD-RULES-FOUR-EYES); audited", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  @APIResponse(responseCode = "409", description = "Already decided", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  public RuleChangeView reject(@PathParam("id") Long id, String body) {
    JsonObject o = EvaluationRequestReader.object(body);
    List<FieldError> errors = new ArrayList<>();
    Bodies.onlyFields(o, Set.of("reason"), errors);
    String reason = Bodies.string(o, "reason", errors);
    Bodies.check(errors);
    return RuleChangeView.of(changes.reject(id, reason, Actors.of(security)));
  }

  @POST
  @Path("/{id}/withdrawal")
  @Operation(summary = "Withdraw a pending rule change (its proposer only); no body")
  @APIResponse(responseCode = "200", description = "The change, WITHDRAWN", content = @Content(schema = @Schema(implementation = RuleChangeView.class)))
  @APIResponse(responseCode = "403", description = "Not the proposer; audited", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  @APIResponse(responseCode = "409", description = "Already decided", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
  public RuleChangeView withdraw(@PathParam("id") Long id) {
    return RuleChangeView.of(changes.withdraw(id, Actors.of(security)));
  }
}
