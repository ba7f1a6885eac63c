package org.newskg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of STYLE.md: cli → pipeline → nlp/extract/resolve → rdf/store. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.newskg");

  @Test
  void coreNlpOnlyInNlpAndExtract() {
    noClasses().that().resideOutsideOfPackages("org.newskg.nlp..", "org.newskg.extract..")
        .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
        .check(CLASSES);
  }

  @Test
  void jenaOnlyInRdfStoreAndServe() {
    noClasses().that().resideOutsideOfPackages("org.newskg.rdf..", "org.newskg.store..", "org.newskg.serve..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.jena..")
        .check(CLASSES);
  }

  @Test
  void picocliOnlyInCli() {
    noClasses().that().resideOutsideOfPackage("org.newskg.cli..")
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .check(CLASSES);
  }

  @Test
  void nothingImportsCli() {
    noClasses().that().resideOutsideOfPackage("org.newskg.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.newskg.cli..")
        .check(CLASSES);
  }

  @Test
  void extractionAndResolutionKnowNothingOfStorage() {
    noClasses().that().resideInAnyPackage("org.newskg.extract..", "org.newskg.resolve..", "org.newskg.model..", "org.newskg.nlp..")
        .should().dependOnClassesThat().resideInAnyPackage("org.newskg.rdf..", "org.newskg.store..", "org.newskg.pipeline..")
        .check(CLASSES);
  }

  @Test
  void lowerLayersDoNotCallThePipeline() {
    noClasses().that().resideInAnyPackage("org.newskg.rdf..", "org.newskg.store..", "org.newskg.ingest..")
        .should().dependOnClassesThat().resideInAnyPackage("org.newskg.pipeline..", "org.newskg.nlp..", "org.newskg.extract..")
        .check(CLASSES);
  }
}
