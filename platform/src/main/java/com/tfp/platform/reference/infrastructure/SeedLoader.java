package com.tfp.platform.reference.infrastructure;

import com.tfp.platform.customer.domain.CounterpartyKind;
import com.tfp.platform.customer.domain.Customer;
import com.tfp.platform.customer.domain.CustomerTier;
import com.tfp.platform.eod.domain.BusinessDate;
import com.tfp.platform.ledger.domain.GlAccount;
import com.tfp.platform.line.domain.CreditLine;
import com.tfp.platform.line.domain.LineCategory;
import com.tfp.platform.line.domain.LineLedgerEntry;
import com.tfp.platform.line.domain.LineStatus;
import com.tfp.platform.line.domain.LineType;
import com.tfp.platform.reference.domain.ApprovalAuthority;
import com.tfp.platform.reference.domain.BankSetting;
import com.tfp.platform.reference.domain.CalendarDay;
import com.tfp.platform.reference.domain.CountryRegion;
import com.tfp.platform.reference.domain.DayCountRule;
import com.tfp.platform.reference.domain.FxRate;
import com.tfp.platform.reference.domain.DiscountRate;
import com.tfp.platform.reference.domain.InterestRate;
import com.tfp.platform.reference.domain.ProductServicing;
import com.tfp.platform.reference.domain.RiskCoefficient;
import com.tfp.platform.reference.domain.SeedLoad;
import com.tfp.platform.security.domain.PlatformUser;
import com.tfp.spi.calc.DayCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the seeds' reference data into the database on first start. Each seed file is loaded once and marked; later
 * starts leave the tables as the bank has maintained them. Demo data (customers, lines, users with hashed passwords)
 * is loaded only by the default demo setup.
 */
@ApplicationScoped
public class SeedLoader {

  private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  @Inject com.tfp.platform.security.application.PasswordHashing passwordHash;

  @Inject
  @ConfigProperty(name = "tfp.demo.setup", defaultValue = "true")
  boolean demoSetup;

  @Transactional
  public void loadReferenceData() {
    load("seeds/reference/country-regions.csv", r -> new CountryRegion(r[0].trim(), r[1].trim()));
    load("seeds/reference/business-calendar.csv",
        r -> new CalendarDay(LocalDate.parse(r[0].trim()), CalendarDay.Kind.valueOf(r[1].trim()), r[2].trim()));
    load("seeds/reference/day-count.csv", r -> new DayCountRule(r[0].trim(), DayCount.valueOf(r[1].trim())));
    load("seeds/reference/risk-coefficients.csv",
        r -> new RiskCoefficient(Integer.parseInt(r[0].trim()), new BigDecimal(r[1].trim())));
    load("seeds/reference/gl-accounts.csv", r -> new GlAccount(r[0].trim(), GlAccount.Nature.valueOf(r[1].trim()), r[2].trim(),
        r[3].trim(), r[4].trim(), Boolean.parseBoolean(r[5].trim())));
    load("seeds/reference/product-servicing.csv", r -> new ProductServicing(r[0].trim(), r[1].trim(), r[2].trim(), r[3].trim(),
        r[4].trim(), Boolean.parseBoolean(r[5].trim()), r[6].trim()));
    load("seeds/reference/interest-rates.csv", r -> new InterestRate(r[0].trim(), new BigDecimal(r[1].trim())));
    load("seeds/reference/discount-rates.csv",
        r -> new DiscountRate(r[0].trim(), Integer.parseInt(r[1].trim()), new BigDecimal(r[2].trim())));
    load("seeds/reference/fx-rates.csv", r -> new FxRate(r[0].trim(), new BigDecimal(r[1].trim())));
    load("seeds/reference/approval-authority.csv", r -> new ApprovalAuthority(r[0].trim(), new BigDecimal(r[1].trim())));
    load("seeds/reference/bank-settings.csv", r -> new BankSetting(r[0].trim(), r[1].trim(), r[2].trim()));
    if (em.find(BusinessDate.class, BusinessDate.THE_ONE) == null) {
      BankSetting start = em.find(BankSetting.class, "business.date.start");
      em.persist(new BusinessDate(start == null ? LocalDate.of(2026, 12, 1) : LocalDate.parse(start.value())));
    }
  }

  /** The default demo setup: customers of every kind, their lines and one user per role. */
  @Transactional
  public void loadDemoData() {
    if (!demoSetup) return;
    load("seeds/demo/customers.csv", r -> new Customer(r[0].trim(), r[1].trim(), CounterpartyKind.valueOf(r[2].trim()),
        r[3].isBlank() ? null : CustomerTier.valueOf(r[3].trim()), r[4], r[5], bool(r[6]), new BigDecimal(r[7].trim()), bool(r[8]),
        bool(r[9]), r[10], r[11], bool(r[12]), bool(r[13]), r[14], r[15], bool(r[16])).inBranch(r.length > 17 ? r[17] : null));
    if (em.find(SeedLoad.class, "seeds/demo/lines.csv") == null) {
      em.flush();
      Map<String, Long> ids = new HashMap<>();
      List<String[]> rows = SeedFile.rows("seeds/demo/lines.csv");
      LocalDate today = LocalDate.of(2026, 12, 1);
      for (String[] r : rows) {
        CreditLine line = new CreditLine(r[0].trim(), r[1].trim(), LineType.valueOf(r[2].trim()), LineCategory.valueOf(r[5].trim()),
            r[3].isBlank() ? null : ids.get(r[3].trim()), r[4].trim(), r[6].isBlank() ? null : Integer.valueOf(r[6].trim()),
            new BigDecimal(r[7].trim()), r[8].trim(), LocalDate.parse(r[9].trim()), LocalDate.parse(r[10].trim()),
            LineStatus.ACTIVE);
        if (LineStatus.valueOf(r[11].trim()) == LineStatus.SUSPENDED) line.suspend("002 Art.45: the customer is overdue or in default (demo setup)");
        em.persist(line);
        em.flush();
        ids.put(line.code(), line.id());
        em.persist(new LineLedgerEntry(line, null, LineLedgerEntry.Kind.GRANT, line.limitAmount(), today,
            "line granted (demo setup) " + line.lineType() + " (002 Art.13-18)", "system"));
      }
      em.persist(new SeedLoad("seeds/demo/lines.csv", rows.size()));
    }
    // users: each one missing is added (a demo database of an earlier version gets the accounts added since, issue 16);
    // the precomputed hash when the row has one (no PBKDF2 at seeding), else one at the current setting
    for (String[] r : SeedFile.rows("seeds/demo/users.csv")) {
      if (em.find(PlatformUser.class, r[0].trim()) != null) continue;
      String hash = r.length > 4 && !r[4].isBlank() ? r[4].trim() : passwordHash.generate(r[1].trim().toCharArray());
      em.persist(new PlatformUser(r[0].trim(), hash, Arrays.stream(r[2].split(";")).map(String::trim).collect(Collectors.toSet()), r[3].trim())
          .inBranch(r.length > 5 ? r[5] : null));
    }
  }

  private static boolean bool(String s) {
    return Boolean.parseBoolean(s.trim());
  }

  private void load(String resource, Function<String[], Object> row) {
    if (em.find(SeedLoad.class, resource) != null) return;
    List<String[]> rows = SeedFile.rows(resource);
    rows.forEach(r -> em.persist(row.apply(r)));
    em.persist(new SeedLoad(resource, rows.size()));
    LOG.info("seed " + resource + " loaded: " + rows.size() + " rows");
  }

}
