package com.tfp.web.rest;

import com.tfp.platform.shared.Page;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A list answer with paging: the body stays the JSON array API.md shows; {@code X-Total-Count} gives the total and
 * {@code Link} (RFC 8288) the next and previous pages.
 */
final class Paged {

  private Paged() {}

  static Response of(Page<?> page, UriInfo uri) {
    Response.ResponseBuilder r = Response.ok(page.items()).header("X-Total-Count", page.total());
    List<String> links = new ArrayList<>();
    int limit = page.request().limit();
    int offset = page.request().offset();
    if (page.hasNext()) links.add(link(uri, offset + limit, limit, "next"));
    if (offset > 0) links.add(link(uri, Math.max(0, offset - limit), limit, "prev"));
    if (!links.isEmpty()) r.header("Link", String.join(", ", links));
    return r.build();
  }

  private static String link(UriInfo uri, int offset, int limit, String rel) {
    return "<" + uri.getRequestUriBuilder().replaceQueryParam("offset", offset).replaceQueryParam("limit", limit).build() + ">; rel=\"" + rel + "\"";
  }
}
