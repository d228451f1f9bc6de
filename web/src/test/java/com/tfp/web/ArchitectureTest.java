package com.tfp.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture, checked on the compiled code of every module (the WAR's class path holds them all). Maven's
 * enforcer guards the module dependencies; these rules guard what a dependency cannot: imports.
 */
class ArchitectureTest {

  static JavaClasses all;

  @BeforeAll
  static void importClasses() {
    all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.tfp");
  }

  @Test
  void spiDependsOnNothingButTheJdk() {
    classes().that().resideInAPackage("com.tfp.spi..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.tfp.spi..")
        .check(all);
  }

  @Test
  void productsDependOnTheSpiOnly() {
    classes().that().resideInAPackage("com.tfp.product..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.tfp.spi..", "com.tfp.product..")
        .check(all);
  }

  @Test
  void noProductUsesAnother() {
    slices().matching("com.tfp.product.(*)..").should().notDependOnEachOther().check(all);
  }

  @Test
  void platformAndWebNeverNameAProduct() {
    noClasses().that().resideInAnyPackage("com.tfp.platform..", "com.tfp.web..")
        .should().dependOnClassesThat().resideInAPackage("com.tfp.product..")
        .check(all);
  }

  @Test
  void webHoldsNoPersistenceOrBusinessState() {
    noClasses().that().resideInAPackage("com.tfp.web..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.transaction..")
        .check(all);
  }

  @Test
  void pagesGoThroughThePlatformsApplicationServicesOnly() {
    noClasses().that().resideInAPackage("com.tfp.web.pages..")
        .should().dependOnClassesThat().resideInAnyPackage("com.tfp.platform..infrastructure..", "com.tfp.web.rest..")
        .check(all);
  }
}
