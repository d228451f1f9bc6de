package com.tfp.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tfp.web.pages.PageShell.MenuEntry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageShellTest {

  static final List<MenuEntry> MENU = List.of(
      new MenuEntry("menu.home", "/index.xhtml", "pi pi-home", Set.of()),
      new MenuEntry("menu.queue", "/queue.xhtml", "pi pi-inbox", Set.of("customer-manager", "risk-approver")),
      new MenuEntry("menu.eod", "/eod.xhtml", "pi pi-moon", Set.of("admin")));

  @Test
  void entriesWithoutRolesAreOpenToAllStaff() {
    assertEquals(List.of("menu.home"), labels(PageShell.visible(MENU, role -> false)));
  }

  @Test
  void anEntryShowsToAnyOfItsRoles() {
    assertEquals(List.of("menu.home", "menu.queue"), labels(PageShell.visible(MENU, "risk-approver"::equals)));
    assertEquals(List.of("menu.home", "menu.eod"), labels(PageShell.visible(MENU, "admin"::equals)));
  }

  @Test
  void everyPageEntryNeedsAStaffRole() {
    assertEquals(List.of(), PageShell.visible(PageShell.MENU, role -> false));
    assertEquals(List.of(), PageShell.visible(PageShell.MENU, "INTEGRATION"::equals));
    for (String role : PageShell.PAGE_ROLES) {
      assertEquals(List.of("menu.home", "menu.catalogue", "menu.whatIf"), labels(PageShell.visible(PageShell.MENU, role::equals)).subList(0, 3));
    }
  }

  private static List<String> labels(List<MenuEntry> entries) {
    return entries.stream().map(MenuEntry::labelKey).toList();
  }
}
