package com.tfp.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.web.rest.dto.EvaluationView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluation servlet's writer gives the same JSON as JSON-B (the REST interface's other answers) for the same view. */
class EvaluationJsonTest {

  private static String written(EvaluationView v) {
    AnswerBuffer answer = AnswerBuffer.ofThisThread();
    EvaluationJson.write(v, answer);
    java.nio.ByteBuffer utf8 = answer.encoded();
    return new String(utf8.array(), 0, utf8.remaining(), StandardCharsets.UTF_8);
  }

  @Test
  void everyFieldAsJsonbWritesIt_nullsIncluded() {
    EvaluationView full = new EvaluationView("bill-purchase", "1.0.0", null, "2026-12-01", "REFER",
        List.of(new EvaluationView.FindingView("BP-CAUTION", "REFER", "谨慎办理 \"国家\"\n名单", "004 Art.11", true)),
        "90000.00", "USD",
        List.of(new EvaluationView.StepView("发票金额 × 90%", "90000.00", "004 Art.12", true, false)),
        "2026-12-19", 18,
        List.of(new EvaluationView.StepView("邮程 18 天", "18", "004 Art.13 / 附件6", true, true)),
        2, true, "CUSTOMER_LINE", null, "0",
        List.of(new EvaluationView.DocumentView("BP-APPLICATION", "押汇申请书", true, "004 Art.17")),
        List.of(new EvaluationView.ItemView("BP-REVIEW", "审核单据", "004 Art.9")),
        List.of(new EvaluationView.ItemView("BP-REPORT", "国际收支申报", "004 Art.27")),
        List.of(new EvaluationView.DefaultView("valueDate", "2026-12-01", "营业日", "PRODUCTS.md X3", false)));
    assertEquals(JsonText.parse(JsonText.of(full)), JsonText.parse(written(full)));
  }

  @Test
  void emptyListsAndNullTermAsJsonbWritesThem() {
    EvaluationView rejected = new EvaluationView("nra", "1.0.0", "NEGOTIATION", "2026-12-01", "REJECT", List.of(), null, "EUR",
        List.of(), null, null, List.of(), 1, false, "NONE", null, null, List.of(), List.of(), List.of(), List.of());
    String json = written(rejected);
    assertEquals(JsonText.parse(JsonText.of(rejected)), JsonText.parse(json));
    assertTrue(json.contains("\"maxTermDays\":null"), json);
  }

  @Test
  void fieldsInTheContractsOrder() {
    String json = written(new EvaluationView("p", "1", null, "2026-12-01", "APPROVABLE", List.of(), null, "USD", List.of(), null,
        null, List.of(), 1, true, "NONE", null, null, List.of(), List.of(), List.of(), List.of()));
    assertTrue(json.startsWith("{\"product\":\"p\",\"productVersion\":\"1\",\"variant\":null,\"valueDate\""), json);
    assertFalse(json.indexOf("\"defaults\"") < json.indexOf("\"obligations\""), json);
  }
}
