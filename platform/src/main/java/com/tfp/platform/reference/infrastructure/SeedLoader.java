package com.tfp.platform.reference.infrastructure;

import com.tfp.platform.reference.domain.CalendarDay;
import com.tfp.platform.reference.domain.CountryRegion;
import com.tfp.platform.reference.domain.DayCountRule;
import com.tfp.platform.reference.domain.RiskCoefficient;
import com.tfp.platform.reference.domain.SeedLoad;
import com.tfp.spi.calc.DayCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Loads the seeds' reference data into the database on first start. Each seed file is loaded once and marked; later
 * starts leave the tables as the bank has maintained them.
 */
@ApplicationScoped
public class SeedLoader {

  private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  @Transactional
  public void loadReferenceData() {
    load("seeds/reference/country-regions.csv", r -> new CountryRegion(r[0].trim(), r[1].trim()));
    load("seeds/reference/business-calendar.csv",
        r -> new CalendarDay(LocalDate.parse(r[0].trim()), CalendarDay.Kind.valueOf(r[1].trim()), r[2].trim()));
    load("seeds/reference/day-count.csv", r -> new DayCountRule(r[0].trim(), DayCount.valueOf(r[1].trim())));
    load("seeds/reference/risk-coefficients.csv",
        r -> new RiskCoefficient(Integer.parseInt(r[0].trim()), new BigDecimal(r[1].trim())));
  }

  private void load(String resource, Function<String[], Object> row) {
    if (em.find(SeedLoad.class, resource) != null) return;
    List<String[]> rows = SeedFile.rows(resource);
    rows.forEach(r -> em.persist(row.apply(r)));
    em.persist(new SeedLoad(resource, rows.size()));
    LOG.info("seed " + resource + " loaded: " + rows.size() + " rows");
  }
}
