package com.tfp.product.importbilladvance;

/** Under what the importer's payment falls due: an import L/C the bank issued, or an import collection it presents. */
enum AdvanceVariant {
  LC("信用证项下进口押汇", "Import bill advance under an import L/C"),
  COLLECTION("进口代收押汇", "Import bill advance under an import collection");

  final String zh;
  final String en;

  AdvanceVariant(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }
}
