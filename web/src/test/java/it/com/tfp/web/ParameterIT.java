package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** A value the seeds leave open is a configurable default: visible as such, changeable by the bank, persisted. */
class ParameterIT {

  static JsonObject packingLoanRatio() {
    return Api.get("/api/v1/products/domestic-lc").json().getJsonArray("parameters").stream()
        .map(JsonValue::asJsonObject).filter(p -> p.getString("key").equals("packingLoanRatio")).findFirst().orElseThrow();
  }

  static final String PACKING_LOAN = """
      { "product": "domestic-lc", "variant": "PACKING_LOAN", "currency": "CNY", "valueDate": "2026-12-01",
        "facts": { "lcAmount": "1000000.00", "issueDate": "2026-11-20", "lcExpiryDate": "2027-02-20",
                   "paymentTermDays": 90, "exportLicence": true } }""";

  /** PRODUCTS.md §4 [default]: packing loan ≤ 80% of the L/C amount, bank-configurable. */
  @Test
  void packingLoanRatioIsAMarkedDefaultUntilTheBankSetsItsOwn() {
    Api.deleteApproved("/api/v1/products/domestic-lc/parameters/packingLoanRatio");
    JsonObject p = packingLoanRatio();
    assertTrue(p.getBoolean("bankDefault"));
    assertEquals("0.8", p.getString("value"));
    JsonObject byDefault = Api.post("/api/v1/evaluations", PACKING_LOAN).json();
    assertEquals("800000.00", byDefault.getString("maxAmount"), byDefault.toString());
    assertTrue(byDefault.getJsonArray("amountSteps").stream().map(JsonValue::asJsonObject)
        .anyMatch(s -> s.getBoolean("binding") && s.getBoolean("bankDefault")));

    assertEquals(403, Api.as("risk1").put("/api/v1/products/domestic-lc/parameters/packingLoanRatio", "{\"value\": \"0.7\"}").status());
    Api.Reply proposed = Api.put("/api/v1/products/domestic-lc/parameters/packingLoanRatio", "{\"value\": \"0.7\"}");
    assertEquals(202, proposed.status(), proposed.body());
    assertEquals("0.8", packingLoanRatio().getString("value"), "a proposal has no effect until another ADMIN approves it (four eyes)");
    Api.Reply set = Api.approved(proposed);
    assertEquals(200, set.status(), set.body());
    assertEquals("admin/admin2", packingLoanRatio().getString("updatedBy"), "proposer and approver");
    assertTrue(Api.get("/api/v1/audit?target=parameter/domestic-lc/packingLoanRatio").array().stream()
        .anyMatch(a -> a.asJsonObject().getString("command").equals("PARAMETER_SET")), "parameter changes are audited");
    assertFalse(packingLoanRatio().getBoolean("bankDefault"));
    assertEquals("700000.00", Api.post("/api/v1/evaluations", PACKING_LOAN).json().getString("maxAmount"));

    Api.Reply bad = Api.put("/api/v1/products/domestic-lc/parameters/packingLoanRatio", "{\"value\": \"1.5\"}");
    assertEquals(400, bad.status());
    assertEquals("value", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals("0.7", packingLoanRatio().getString("value"), "bad input changes nothing");

    assertEquals(200, Api.deleteApproved("/api/v1/products/domestic-lc/parameters/packingLoanRatio").status());
    assertTrue(packingLoanRatio().getBoolean("bankDefault"));
  }

  /** PRODUCTS.md §1: which class a product sits in is bank reference data (002 annex 1 names only the classes). */
  @Test
  void riskClassIsTheProductsDefaultUntilTheBankAssignsItsOwn() {
    Api.deleteApproved("/api/v1/products/bill-purchase/risk-classes/-");
    JsonObject byDefault = Api.post("/api/v1/evaluations", Api.sightLcToJapan()).json();
    assertEquals(2, byDefault.getInt("riskClass"));
    assertTrue(byDefault.getBoolean("riskClassBankDefault"));

    assertEquals(403, Api.as("cm1").put("/api/v1/products/bill-purchase/risk-classes/-", "{\"riskClass\": 3}").status(),
        "only ADMIN assigns risk classes");
    Api.Reply proposed = Api.put("/api/v1/products/bill-purchase/risk-classes/-", "{\"riskClass\": 3}");
    assertEquals(202, proposed.status(), proposed.body());
    assertEquals(2, Api.post("/api/v1/evaluations", Api.sightLcToJapan()).json().getInt("riskClass"), "pending: no effect yet");
    Api.Reply set = Api.approved(proposed);
    assertEquals(200, set.status(), set.body());
    JsonObject own = Api.post("/api/v1/evaluations", Api.sightLcToJapan()).json();
    assertEquals(3, own.getInt("riskClass"));
    assertFalse(own.getBoolean("riskClassBankDefault"));
    JsonObject listed = Api.get("/api/v1/products/bill-purchase").json().getJsonArray("riskClasses").getJsonObject(0);
    assertEquals(3, listed.getInt("riskClass"));
    assertFalse(listed.getBoolean("bankDefault"));

    assertEquals(400, Api.put("/api/v1/products/bill-purchase/risk-classes/-", "{\"riskClass\": 7}").status());
    assertEquals(400, Api.put("/api/v1/products/domestic-lc/risk-classes/NO_SUCH", "{\"riskClass\": 1}").status());
    assertEquals(400, Api.put("/api/v1/products/bill-purchase/risk-classes/-", "{\"riskClass\": \"three\"}").status());
    assertEquals(3, Api.post("/api/v1/evaluations", Api.sightLcToJapan()).json().getInt("riskClass"), "bad input changes nothing");

    Api.Reply unknown = Api.delete("/api/v1/products/bill-purchase/risk-classes/NO_SUCH");
    assertEquals(404, unknown.status(), "an unknown variant is not found, not a 204: " + unknown.body());
    assertEquals("variant", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(200, Api.deleteApproved("/api/v1/products/bill-purchase/risk-classes/-").status());
    assertEquals(2, Api.post("/api/v1/evaluations", Api.sightLcToJapan()).json().getInt("riskClass"));
  }
}
