package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.SellersCreditSchema.SECTOR_QUALIFICATION;

import com.tfp.spi.evaluation.Evaluation;
import java.util.Optional;

/**
 * Who may borrow for what (003 Art.4, Art.6(二)(三), Art.8). Conditions under "应具备以下条件" are hard.
 * <ul>
 *   <li>Key-equipment loans serve equipment for exported ships, aircraft or high-speed rail only (Art.4(六)(七),
 *       Art.14(三)2): a scope rule, hard.</li>
 *   <li>Ships, aircraft, high-speed rail, their key equipment, repair and conversion: builder, producer or repairer
 *       qualification (Art.6(二)); not asked of leasing companies (Art.7 leaves (二) out).</li>
 *   <li>Software exporters: CMM level 2+ or ISO 9000 (Art.6(三), "如涉及"); outsourcing borrowers take it through Art.8,
 *       where {@code sectorQualification} states it. For other borrowers no fact says whether they export software:
 *       the checklist asks.</li>
 * </ul>
 */
final class QualificationRules {

  static final String KEY_EQUIPMENT_SCOPE = "SC-KEY-EQUIPMENT-SCOPE";
  static final String SECTOR = "SC-SECTOR-QUALIFICATION";
  static final String SOFTWARE = "SC-SOFTWARE-QUALIFICATION";

  private QualificationRules() {}

  static void apply(Deal deal, Evaluation.Builder result) {
    LoanVariant v = deal.variant();
    Optional<Sector> sector = deal.sector();
    boolean qualified = deal.flag(SECTOR_QUALIFICATION);
    if (v == LoanVariant.KEY_EQUIPMENT && !sector.map(Sector::isTransportEquipment).orElse(false)) {
      result.reject(KEY_EQUIPMENT_SCOPE, "003 Art.14",
          "关键设备贷款仅支持用于出口船舶、飞机、铁路高速列车的关键设备生产（第四条（六）（七）、第十四条（三）2），所选领域不符",
          "Key-equipment loans serve only equipment for exported ships, aircraft or high-speed rail (Art.4(六)(七), "
              + "Art.14(三)2): the sector given is outside that scope");
    }
    if (v.isLeasing()) return;
    if (v.isOutsourcing()) {
      if (qualified) {
        result.info(SOFTWARE, "003 Art.8", "服务外包企业：已具备CMM 2级以上或ISO 9000认证（或不涉及软件出口）",
            "Outsourcing borrower: CMM level 2+ or ISO 9000 in place (or no software export concerned)");
      } else {
        result.reject(SOFTWARE, "003 Art.8",
            "服务外包企业须符合第六条（三）：软件出口企业应通过CMM 2级以上或ISO 9000认证（第八条），未具备",
            "Outsourcing borrowers must meet Art.6(三) (Art.8): a software exporter needs CMM level 2+ or ISO 9000 "
                + "certification, which is not in place");
      }
      return;
    }
    if (sector.map(Sector::isShipAircraftRailDomain).orElse(false)) {
      if (qualified) {
        result.info(SECTOR, "003 Art.6", "借款人具备船舶、飞机、铁路高速列车的建造（关键设备生产）或改装修理资质",
            "The borrower holds the ship/aircraft/rail builder (key-equipment producer) or repair/conversion qualification");
      } else {
        result.reject(SECTOR, "003 Art.6",
            "投向船舶、飞机、铁路高速列车领域（含关键设备、改装修理）的贷款，借款人应具备相应建造或改装修理资质（第六条（二）），未具备",
            "Loans to the ship, aircraft or high-speed-rail sector (key equipment, repair and conversion included) need "
                + "the builder, producer or repairer qualification (Art.6(二)), which is not in place");
      }
    } else if (!qualified) {
      result.check(SOFTWARE, "003 Art.6",
          "借款人为软件出口企业的，确认其具备较强科研开发能力并通过CMM 2级以上或ISO 9000认证（第六条（三），硬性条件）",
          "If the borrower exports software, confirm strong R&D capacity and CMM level 2+ or ISO 9000 certification "
              + "(Art.6(三), a hard condition)");
    }
  }
}
