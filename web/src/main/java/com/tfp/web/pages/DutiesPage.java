package com.tfp.web.pages;

import com.tfp.platform.duties.application.Duties;
import com.tfp.platform.duties.domain.DutyPolicy;
import com.tfp.platform.shared.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/** The segregation-of-duties page (ADMIN, web.xml): the policy as the platform enforces it, read from {@link Duties}. */
@Named("dutiesPage")
@RequestScoped
public class DutiesPage {

  @Inject Duties duties;

  public List<DutyPolicy.Row> getRows() {
    return duties.table();
  }

  public String roles(DutyPolicy.Row row) {
    return row.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", "));
  }
}
