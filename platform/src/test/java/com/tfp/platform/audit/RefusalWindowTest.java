package com.tfp.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.platform.audit.domain.RefusalWindow;
import org.junit.jupiter.api.Test;

/** Issue 16: a flood of 401s is a bounded write load — per client per window, per window in all, one summary after. */
class RefusalWindowTest {

  @Test
  void eachClientHasItsFirstRefusalsRecordedAndTheRestCounted() {
    RefusalWindow w = new RefusalWindow(60_000, 3, 100, 1000);
    int recorded = 0;
    for (int i = 0; i < 10_000; i++) if (w.offer("401 10.0.0.1", 1_000 + i).record()) recorded++;
    assertEquals(3, recorded, "a flood from one client: three records in the window");
    assertTrue(w.offer("401 10.0.0.2", 2_000).record(), "another client is not silenced by the first");
    RefusalWindow.Decision next = w.offer("401 10.0.0.1", 61_000);
    assertTrue(next.record(), "a new window, a new budget");
    assertTrue(next.summary().startsWith("9997 refusals"), next.summary());
    assertTrue(next.summary().contains("401 10.0.0.1 ×9997"), next.summary());
    assertNull(w.offer("401 10.0.0.1", 62_000).summary(), "the summary is written once");
  }

  @Test
  void manyClientsTogetherStayWithinTheWindowsBudget() {
    RefusalWindow w = new RefusalWindow(60_000, 3, 50, 100);
    int recorded = 0;
    for (int i = 0; i < 5_000; i++) if (w.offer("401 client-" + i, 1_000).record()) recorded++;
    assertEquals(50, recorded);
    assertFalse(w.offer("403 someone@x", 1_001).record());
    assertTrue(w.offer("403 someone@x", 60_000).summary().contains("not recorded one by one"));
  }
}
