package com.tfp.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The integration API v1 (API.md): thin over the platform services, the same ones the pages and SOAP use. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Trade-Finance Product Platform API", version = "1.0",
    description = "Products, what-if evaluations and deals. Errors are application/problem+json (RFC 9457) "
        + "with field-level entries. Messages follow Accept-Language (zh-CN default, or en)."))
public class RestApplication extends Application {}
