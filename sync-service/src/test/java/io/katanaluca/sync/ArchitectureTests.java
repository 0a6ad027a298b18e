package io.katanaluca.sync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The mapping and the planning stay plain Java: frameworks live at the edges. */
@AnalyzeClasses(packages = "io.katanaluca.sync", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that()
            .resideInAnyPackage("..sync.product.domain..", "..sync.record..", "..sync.customer.domain..", "..sync.mapping..", "..sync.remote..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jobrunr..", "java.net.http..",
                    "tools.jackson..", "com.fasterxml..", "io.github.resilience4j..", "java.sql..", "jakarta.servlet..")
            .because("mapping and planning must be testable without any server or framework");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoAdapters = noClasses().that()
            .resideInAnyPackage("..sync.product.domain..", "..sync.record..", "..sync.customer.domain..", "..sync.mapping..")
            .should().dependOnClassesThat().resideInAnyPackage("..sync.run..", "..sync.api..", "..sync.luca..", "..sync.cache..",
                    "io.katanaluca.sync.customer")
            .because("the domain is used by the adapters, never the other way round");

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
