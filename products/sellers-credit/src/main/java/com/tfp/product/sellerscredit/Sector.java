package com.tfp.product.sellerscredit;

/** What the loan supports (003 Art.4, Art.6(一)(二)): the sector fixes grade thresholds and qualifications. */
enum Sector {
  GENERAL,
  COMPLETE_SET_HIGH_TECH,
  SHIP,
  AIRCRAFT,
  HIGH_SPEED_RAIL,
  REPAIR_CONVERSION;

  /** Ships, aircraft and high-speed rail themselves, whose key equipment the KEY_EQUIPMENT variant finances. */
  boolean isTransportEquipment() {
    return this == SHIP || this == AIRCRAFT || this == HIGH_SPEED_RAIL;
  }

  /**
   * The ship/aircraft/rail domain, repair and conversion of foreign ships and aircraft included (Art.4(六)(七) list
   * them together): relaxed grades in any loan form (Art.6(一)), builder/repairer qualification (Art.6(二)), series by
   * same buyer or same type (Art.6(九)4).
   */
  boolean isShipAircraftRailDomain() {
    return isTransportEquipment() || this == REPAIR_CONVERSION;
  }
}
