package com.tfp.product.sellerscredit;

import com.tfp.spi.facts.Facts;
import java.time.LocalDate;
import java.util.Optional;

/** One seller's-credit deal as the rules see it: the variant, its validated facts, currency and value date. */
record Deal(LoanVariant variant, Facts facts, String currency, LocalDate valueDate) {

  /** Empty for the service-outsourcing variants, which do not take a sector. */
  Optional<Sector> sector() {
    return facts.text(SellersCreditSchema.SECTOR).map(Sector::valueOf);
  }

  boolean inShipAircraftRailDomain() {
    return sector().map(Sector::isShipAircraftRailDomain).orElse(false);
  }

  boolean flag(String name) {
    return facts.flag(name);
  }
}
