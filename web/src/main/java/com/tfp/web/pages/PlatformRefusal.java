package com.tfp.web.pages;

import com.tfp.platform.shared.ConflictException;
import com.tfp.platform.shared.ForbiddenException;
import com.tfp.platform.shared.NotFoundException;
import com.tfp.platform.shared.RuleViolationException;
import com.tfp.platform.shared.StaleVersionException;
import com.tfp.spi.LocalizedText;

/** What the platform says when it refuses an action (a rule, a conflict, a missing right …), to show on the page. */
final class PlatformRefusal {

  private PlatformRefusal() {}

  /** The platform's bilingual text of a refusal; null for anything else (which is then a real error). */
  static LocalizedText textOf(RuntimeException e) {
    if (e instanceof ConflictException c) return c.text();
    if (e instanceof RuleViolationException r) return r.text();
    if (e instanceof NotFoundException n) return n.text();
    if (e instanceof ForbiddenException f) return f.text();
    if (e instanceof StaleVersionException s) return s.text();
    if (e instanceof com.tfp.platform.shared.EvaluationFailedException f) return f.text();
    if (e instanceof com.tfp.platform.shared.ProductUnavailableException u) return u.text();
    return null;
  }
}
