package com.tfp.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * HTTP Basic authentication over the platform's users (the identity store in the platform validates PBKDF2 hashes);
 * the five roles of 002 Art.29-34 plus the administrator and legacy integration.
 */
@BasicAuthenticationMechanismDefinition(realmName = "tfp")
@DeclareRoles({"CUSTOMER_MANAGER", "IB_REVIEWER", "RISK_APPROVER", "ADMIN", "INTEGRATION"})
@ApplicationScoped
public class SecurityConfig {}
