package com.tfp.web.rest;

import com.tfp.platform.duties.application.Duties;
import com.tfp.platform.duties.domain.DutyPolicy;
import com.tfp.platform.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The segregation-of-duties policy, read-only (issue 16): the same table the ADMIN page shows. */
@Path("/duties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Segregation of duties", description = "Who may give each money-moving or rule-changing command")
@RolesAllowed({"CUSTOMER_MANAGER", "IB_REVIEWER", "RISK_APPROVER", "ADMIN", "INTEGRATION", "INTEGRATION_SERVICING"})
public class DutyResource {

  /** One rule of a command: who may not give it, where that comes from, and whether it is in force. */
  public record RuleView(String id, String mayNotZh, String mayNotEn, String party, String source, boolean bankDefault,
      String property, boolean inForce) {}

  /** One command: the roles that may give it, their source, and its rules. */
  public record DutyView(String command, String nameZh, String nameEn, List<String> roles, String rolesSource, List<RuleView> rules) {}

  @Inject Duties duties;

  @GET
  @Operation(summary = "Every money-moving and rule-changing command: the roles that may give it and the rules on who may not "
      + "(creator ≠ reviewer ≠ approver ≠ disburser), each with its source; a bank default is marked configurable with its property")
  public List<DutyView> policy() {
    return duties.table().stream().map(DutyResource::view).toList();
  }

  static DutyView view(DutyPolicy.Row row) {
    return new DutyView(row.duty().name(), row.duty().label().zh(), row.duty().label().en(),
        row.roles().stream().map(Role::name).sorted().toList(), row.rolesSource(),
        row.rules().stream().map(s -> new RuleView(s.rule().id(), s.rule().text().zh(), s.rule().text().en(),
            s.rule().party() == null ? "DEAL_ROLE" : s.rule().party().name(), s.rule().source(), s.rule().configurable(),
            s.rule().configurable() ? "tfp.duties." + s.rule().property() : null, s.inForce())).toList());
  }
}
