package com.tfp.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of a 403 the container gives before any filter (a web.xml constraint: a page for administrators, the
 * SOAP service for a customer manager): audited ({@link RefusalAudit}), answered briefly — problem+json for the API,
 * a SOAP client fault for SOAP, a short page with a link home for the pages.
 */
@WebServlet(name = "RefusedServlet", urlPatterns = "/refused")
public class RefusedServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE) == null) {
      response.sendError(404); // only the container's error dispatch comes here
      return;
    }
    RefusalAudit.record(request, 403, request.getRemoteUser(), "the user's roles do not allow this (web.xml constraint)");
    String path = RefusalAudit.path(request);
    response.setStatus(403);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (path.startsWith("/api/")) {
      com.tfp.web.rest.error.ProblemResponse.write(response, 403, "Forbidden", "the user's roles do not allow this", java.util.List.of());
    } else if (path.startsWith("/ws/")) {
      response.setContentType("text/xml; charset=utf-8");
      response.getWriter().write("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
          + "<faultcode>soap:Client</faultcode><faultstring>Forbidden: an INTEGRATION user calls this service</faultstring>"
          + "</soap:Fault></soap:Body></soap:Envelope>");
    } else {
      response.setContentType("text/html; charset=utf-8");
      response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><title>403</title></head><body><h1>403</h1>"
          + "<p>无权访问此页面 · You may not open this page.</p><p><a href=\"" + request.getContextPath() + "/\">首页 · Home</a></p></body></html>");
    }
  }
}
