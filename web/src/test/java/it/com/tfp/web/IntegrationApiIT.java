package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** What integrators rely on beyond single calls: paging on lists and optimistic concurrency on updates. */
class IntegrationApiIT {

  @Test
  void listsArePagedWithTotalCountAndLinks() {
    Api.Reply first = Deals.CM.get("/api/v1/customers?limit=2");
    assertEquals(200, first.status(), first.body());
    assertEquals(2, first.array().size());
    long total = Long.parseLong(first.header("X-Total-Count"));
    assertTrue(total > 2, "the demo master has more than two customers");
    assertTrue(first.header("Link").contains("offset=2") && first.header("Link").contains("rel=\"next\""), first.header("Link"));

    Api.Reply second = Deals.CM.get("/api/v1/customers?offset=2&limit=2");
    assertTrue(second.header("Link").contains("rel=\"prev\""));
    assertTrue(!first.array().get(0).equals(second.array().get(0)));

    Api.Reply products = Deals.CM.get("/api/v1/products?offset=1&limit=1");
    assertEquals(1, products.array().size());

    Api.Reply badLimit = Deals.CM.get("/api/v1/applications?limit=0&offset=-1");
    assertEquals(400, badLimit.status());
    assertTrue(badLimit.body().contains("\"limit\"") && badLimit.body().contains("\"offset\""), badLimit.body());
  }

  /** A decision on a stale version (If-Match) is refused with 412 and changes nothing. */
  @Test
  void decisionsHonourIfMatch() {
    String customer = Deals.customerWithLine("500000.00");
    long id = Deals.create(Deals.billPurchase(customer, Deals.unique("INV-ETAG"), "50000.00")).getJsonNumber("id").longValue();
    Api.Reply read = Deals.CM.get("/api/v1/applications/" + id);
    String etag = read.header("ETag");
    assertNotNull(etag, "GET returns the deal's version as ETag");
    long version = read.json().getJsonNumber("version").longValue();

    Api.Reply stale = submit(id, "\"" + (version + 7) + "\"");
    assertEquals(412, stale.status(), stale.body());
    assertTrue(stale.contentType().startsWith("application/problem+json"));
    assertEquals("DRAFT", Deals.CM.get("/api/v1/applications/" + id).json().getString("status"), "a stale decision changes nothing");

    Api.Reply fresh = submit(id, etag);
    assertEquals(200, fresh.status(), fresh.body());
    assertEquals("SUBMITTED", fresh.json().getString("status"));
    assertEquals(400, submit(id, "\"not-a-version\"").status());
  }

  private static Api.Reply submit(long id, String ifMatch) {
    return Api.send(Deals.CM.auth(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/applications/" + id + "/decisions"))
        .header("Content-Type", "application/json").header("If-Match", ifMatch)
        .POST(HttpRequest.BodyPublishers.ofString("{\"action\": \"SUBMIT\"}"))), "en");
  }

  @Test
  void openApiDescribesEveryOperationAndItsErrors() {
    String doc = Api.get("/openapi").body();
    for (String path : new String[] {"/api/v1/applications", "/api/v1/applications/{id}/decisions", "/api/v1/customers/{id}/lines",
        "/api/v1/eod", "/api/v1/business-date", "/api/v1/products/{id}/parameters/{key}"}) {
      assertTrue(doc.contains(path + ":"), "OpenAPI lacks " + path);
    }
  }
}
