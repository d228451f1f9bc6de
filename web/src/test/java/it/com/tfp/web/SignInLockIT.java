package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, password guessing against the real server: HTTP Basic, SOAP and the login page count against the same
 * per-user budget — free failures, then each attempt waits (doubling), then the user is locked (even the right
 * password is not checked) while other users from the same address sign in; one audit record for the burst and one
 * for the lockout; an administrator lists and unlocks (with a reason, audited). One address locks out at most its
 * lockout budget of users, then is refused itself. Each test speaks from a loopback address of its own
 * ({@link FromAddress}), so the other tests' address (127.0.0.1) keeps its budget. Bank defaults: 5 free failures,
 * 10 lock, 15 minutes, 3 lockouts per address.
 */
class SignInLockIT {

  static final String BASE = Api.BASE.replace("localhost", "127.0.0.1");
  static final String TLS = SoapIT.TLS.replace("localhost", "127.0.0.1");
  static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** One failure over Basic, SOAP or the login page; waits out a delay first when the throttle asks for it. */
  static void fail(FromAddress from, String user, int n) throws InterruptedException {
    FromAddress.Answer a;
    int channel = n % 3;
    while (true) {
      a = switch (channel) {
        case 0 -> from.get(BASE + "/api/v1/business-date", "Authorization: " + FromAddress.basic(user, "guess-" + n));
        case 1 -> soap(from, user, "guess-" + n);
        default -> page(from, user, "guess-" + n);
      };
      String retry = a.header("Retry-After");
      if (a.status() != 429 && !(channel == 2 && a.body().contains("登录失败次数过多"))) break;
      assertTrue(retry != null || channel == 2, "a refusal says when to come back");
      Thread.sleep(1000L * (retry == null ? 1 : Long.parseLong(retry)));
    }
    if (channel == 2) {
      assertTrue(a.body().contains("用户名或密码错误"), a.body());
    } else {
      assertEquals(401, a.status(), "failure " + n + " over " + (channel == 0 ? "Basic" : "SOAP") + ": " + a.body());
    }
  }

  static FromAddress.Answer soap(FromAddress from, String user, String password) {
    return from.post(TLS + "/ws/TradeFinanceService", "text/xml; charset=utf-8", SoapIT.LIST_PRODUCTS,
        "SOAPAction: \"\"", "Authorization: " + FromAddress.basic(user, password));
  }

  /** The login page's own form, as a browser posts it (its session cookie and view state). */
  static FromAddress.Answer page(FromAddress from, String user, String password) {
    FromAddress.Answer form = from.get(BASE + "/login.xhtml");
    String cookie = form.headers("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow().split(";")[0];
    Matcher state = VIEW_STATE.matcher(form.body());
    assertTrue(state.find(), form.body());
    // the script nonce the browser would send back with the form (PrimeFaces' CSP mode checks it)
    Matcher n = Pattern.compile("'nonce-([^']+)'").matcher(form.header("Content-Security-Policy"));
    assertTrue(n.find());
    String nonce = n.group(1);
    return from.post(BASE + "/login.xhtml", "application/x-www-form-urlencoded",
        "login_SUBMIT=1&login%3Auser=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&login%3Apassword="
            + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&login%3AsignIn=&login%3Anext="
            + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8)
            + "&primefaces.nonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8),
        "Cookie: " + cookie);
  }

  static List<JsonObject> audit(String target) {
    return Api.get("/api/v1/audit?target=" + target).array().getValuesAs(JsonObject.class);
  }

  @Test
  void basicSoapAndThePageShareOneBudgetThenTheUserIsLockedAndAnAdministratorUnlocksIt() throws Exception {
    FromAddress from = new FromAddress("127.0.0.2");
    String user = "dual1";
    try {
      for (int n = 1; n <= 5; n++) fail(from, user, n); // the free failures: each checked and refused at once, any channel
      FromAddress.Answer first = from.get(BASE + "/api/v1/business-date", "Authorization: " + FromAddress.basic(user, "guess-6"));
      assertEquals(401, first.status());
      FromAddress.Answer delayed = from.get(BASE + "/api/v1/business-date", "Authorization: " + FromAddress.basic(user, "dual1-demo-pass"));
      assertEquals(429, delayed.status(), "past the free failures even the right password waits: no password is checked");
      assertNotNull(delayed.header("Retry-After"));
      for (int n = 7; n <= 10; n++) fail(from, user, n); // each waits out a doubling delay first

      FromAddress.Answer locked = from.get(BASE + "/api/v1/business-date", "Authorization: " + FromAddress.basic(user, "dual1-demo-pass"));
      assertEquals(429, locked.status(), locked.body());
      assertTrue(Long.parseLong(locked.header("Retry-After")) > 60, "locked for minutes: " + locked.header("Retry-After"));
      assertTrue(locked.body().contains("locked"), locked.body());
      assertEquals(429, soap(from, user, "dual1-demo-pass").status(), "SOAP is locked too");
      assertTrue(page(from, user, "dual1-demo-pass").body().contains("已临时锁定"), "and the login page");
      assertEquals(429, Api.as(user).get("/api/v1/business-date").status(), "from every address");
      assertEquals(200, from.get(BASE + "/api/v1/business-date", "Authorization: " + FromAddress.basic("cm2", "cm2-demo-pass")).status(),
          "another user signs in from the same address");

      List<JsonObject> records = audit("user/" + user);
      assertEquals(1, records.stream().filter(r -> "SIGN_IN_FAILURES".equals(r.getString("command"))).count(), records.toString());
      assertEquals(1, records.stream().filter(r -> "SIGN_IN_LOCKOUT".equals(r.getString("command"))).count(), records.toString());
      assertTrue(records.toString().contains("127.0.0.2"), "the records name the address");

      JsonObject locks = Api.get("/api/v1/sign-in-locks").json();
      assertTrue(locks.getJsonArray("users").getValuesAs(JsonObject.class).stream()
          .anyMatch(u -> user.equals(u.getString("key")) && u.getBoolean("locked")), locks.toString());
      assertTrue(locks.getJsonArray("policy").getValuesAs(JsonObject.class).stream()
          .anyMatch(p -> "lockoutFailures".equals(p.getString("key")) && "10".equals(p.getString("value")) && p.getBoolean("bankDefault")),
          "the policy shows the bank default: " + locks);
      assertEquals(403, Api.as("cm1").get("/api/v1/sign-in-locks").status(), "administrators only");
      assertEquals(403, Api.as("cm1").post("/api/v1/sign-in-locks/" + user + "/unlock", "{\"reason\": \"me\"}").status());

      Api.Reply noReason = Api.post("/api/v1/sign-in-locks/" + user + "/unlock", "{}");
      assertEquals(400, noReason.status(), noReason.body());
      assertTrue(noReason.body().contains("reason"), noReason.body());
      assertEquals(429, Api.as(user).get("/api/v1/business-date").status(), "a refused unlock changed nothing");
    } finally {
      Api.Reply unlocked = Api.post("/api/v1/sign-in-locks/" + user + "/unlock", "{\"reason\": \"called the branch, ticket SEC-15\"}");
      assertEquals(200, unlocked.status(), unlocked.body());
    }
    assertEquals(200, Api.as(user).get("/api/v1/business-date").status(), "unlocked: the right password works again");
    assertTrue(audit("user/" + user).stream().anyMatch(r -> "SIGN_IN_UNLOCK".equals(r.getString("command"))
        && "admin".equals(r.getString("actor")) && r.toString().contains("SEC-15")));
  }

  @Test
  void oneAddressLocksOutAtMostThreeUsersThenIsRefusedItself() throws Exception {
    FromAddress from = new FromAddress("127.0.0.3");
    List<String> victims = List.of("ghost-a", "ghost-b", "ghost-c");
    // round robin, so that one user's delay passes while the others are tried
    for (int n = 1; n <= 10; n++) {
      for (String v : victims) {
        while (true) {
          FromAddress.Answer a = from.get(BASE + "/api/v1/business-date", "Authorization: " + FromAddress.basic(v, "guess-" + n));
          if (a.status() == 401) break;
          assertEquals(429, a.status(), a.body());
          Thread.sleep(1000L * Long.parseLong(a.header("Retry-After")));
        }
      }
    }
    FromAddress.Answer refused = from.get(BASE + "/api/v1/business-date", "Authorization: " + FromAddress.basic("risk2", "risk2-demo-pass"));
    assertEquals(429, refused.status(), "the address that locked three users is refused, even with a right password");
    assertEquals(200, Api.as("risk2").get("/api/v1/business-date").status(), "risk2 itself is not locked: other addresses sign in");
    assertTrue(audit("address/127.0.0.3").stream().anyMatch(r -> "SIGN_IN_LOCKOUT".equals(r.getString("command"))));
    for (String v : victims) Api.post("/api/v1/sign-in-locks/" + v + "/unlock", "{\"reason\": \"test users\"}");
  }
}
