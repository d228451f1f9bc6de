package com.tfp.web.rest;

import com.tfp.platform.security.application.SignInGuard;
import com.tfp.platform.security.domain.LoginThrottle;
import com.tfp.platform.shared.Actor;
import com.tfp.spi.facts.FieldError;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issue 15: the sign-in policy, who is throttled or locked out, and the administrator's unlock (audited). */
@Path("/sign-in-locks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Sign-in locks", description = "Password-guessing throttle and lockout: the policy, locked users, unlock")
public class SignInLockResource {

  @Inject SignInGuard guard;
  @Context SecurityContext security;

  /** One user's or address's standing: failures counted, seconds of delay and of lock left. */
  public record StandingView(String key, int failures, long delaySeconds, long lockSeconds, boolean locked) {
    static StandingView of(LoginThrottle.Standing s) {
      return new StandingView(s.key(), s.failures(), com.tfp.platform.shared.RetryAfter.seconds(s.delayLeft()),
          com.tfp.platform.shared.RetryAfter.seconds(s.lockLeft()), s.locked());
    }
  }

  public record LocksView(List<SignInGuard.PolicyEntry> policy, List<StandingView> users, List<StandingView> addresses) {}

  @GET
  @Operation(summary = "The sign-in policy (each value marked bank default or the bank's own setting) and the users and client "
      + "addresses that failed lately, locked ones first (ADMIN)")
  public LocksView locks() {
    Actor actor = Actors.of(security);
    return new LocksView(guard.policy(), guard.users(actor).stream().map(StandingView::of).toList(),
        guard.addresses(actor).stream().map(StandingView::of).toList());
  }

  @POST
  @Path("/{user}/unlock")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Lift a user's sign-in lock and delay (ADMIN, audited as SIGN_IN_UNLOCK): body {\"reason\": \"…\"}")
  public StandingView unlock(@PathParam("user") String user, String body) {
    JsonObject o = EvaluationRequestReader.object(body);
    List<FieldError> errors = new ArrayList<>();
    Bodies.onlyFields(o, Set.of("reason"), errors);
    String reason = Bodies.string(o, "reason", errors);
    Bodies.check(errors);
    guard.unlock(user, reason, Actors.of(security));
    return new StandingView(user, 0, 0, 0, false);
  }
}
