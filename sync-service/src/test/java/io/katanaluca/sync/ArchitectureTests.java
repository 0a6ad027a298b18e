package io.katanaluca.sync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The mapping and the planning stay plain Java: frameworks live at the edges. The run engine
 * ({@code run/}) knows no record type, and the record types ({@code product/}, {@code customer/},
 * {@code invoice/}) know the engine but not each other.
 */
@AnalyzeClasses(packages = "io.katanaluca.sync", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that()
            .resideInAnyPackage("..domain..", "..sync.record..", "..sync.mapping..", "..sync.remote..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jobrunr..", "java.net.http..", "org.apache.hc..",
                    "tools.jackson..", "com.fasterxml..", "io.github.resilience4j..", "java.sql..", "javax.sql..", "jakarta.servlet..")
            .because("mapping and planning must be testable without any server or framework");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoAdapters = noClasses().that()
            .resideInAnyPackage("..domain..", "..sync.record..", "..sync.mapping..")
            .should().dependOnClassesThat().resideInAnyPackage("..sync.run..", "..sync.api..", "..sync.luca..", "..sync.cache..",
                    "io.katanaluca.sync.product", "io.katanaluca.sync.customer", "io.katanaluca.sync.invoice")
            .because("the domain is used by the adapters, never the other way round");

    @ArchTest
    static final ArchRule theEngineKnowsNoRecordType = noClasses().that().resideInAPackage("..sync.run..")
            .should().dependOnClassesThat().resideInAnyPackage("..sync.product..", "..sync.customer..", "..sync.invoice..")
            .because("record types plug into the engine (run.RecordType, run.RecordPreview); the engine names none of them");

    @ArchTest
    static final ArchRule theEngineNamesNoRecordType = noClasses().that().resideInAPackage("..sync.run..")
            .should().haveSimpleNameContaining("Product").orShould().haveSimpleNameContaining("Material")
            .orShould().haveSimpleNameContaining("StockCard").orShould().haveSimpleNameContaining("Card")
            .orShould().haveSimpleNameContaining("Customer").orShould().haveSimpleNameContaining("Invoice")
            .because("what is specific to a record type lives in its package");

    @ArchTest
    static final ArchRule productsKnowNoOtherRecordType = noClasses().that().resideInAPackage("..sync.product..")
            .should().dependOnClassesThat().resideInAnyPackage("..sync.customer..", "..sync.invoice..")
            .because("record types do not import each other: what they share is in run/ or record/");

    @ArchTest
    static final ArchRule customersKnowNoOtherRecordType = noClasses().that().resideInAPackage("..sync.customer..")
            .should().dependOnClassesThat().resideInAnyPackage("..sync.product..", "..sync.invoice..")
            .because("record types do not import each other: what they share is in run/ or record/");

    @ArchTest
    static final ArchRule invoicesKnowNoOtherRecordType = noClasses().that().resideInAPackage("..sync.invoice..")
            .should().dependOnClassesThat().resideInAnyPackage("..sync.product..", "..sync.customer..")
            .because("record types do not import each other: what they share is in run/ or record/");

    @ArchTest
    static final ArchRule apiUsesNoHttpClients = noClasses().that().resideInAnyPackage("..sync.api..", "..sync.dashboard..")
            .should().dependOnClassesThat().resideInAnyPackage("..sync.katana..")
            .because("controllers start and read runs; only runs talk to Katana");

    @ArchTest
    static final ArchRule onlyTheClusterPackageKnowsRedisAndBucket4j = noClasses().that().resideOutsideOfPackage("..sync.cluster..")
            .should().dependOnClassesThat().resideInAnyPackage("io.lettuce..", "io.github.bucket4j..")
            .because("what nodes share sits behind ports (cache, session store, write permits, rate limiter); only their adapters know the backends");

    @ArchTest
    static final ArchRule onlyMonitoringMeters = noClasses().that().resideOutsideOfPackage("..sync.monitoring..")
            .should().dependOnClassesThat().resideInAnyPackage("io.micrometer..")
            .because("the other packages report facts (a request made, a run ended); monitoring turns them into meters");
}
