package io.aigcfactory.standalone;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * No service imports another: they share only {@code common/*} and talk over Kafka. The
 * standalone module sees every service, so the rule is checked here once for all.
 */
class ServiceBoundariesTests {

	private static final List<String> SERVICES = List.of("gateway", "creative", "production", "inspection",
			"distribution", "feedback");

	@Test
	void servicesDoNotDependOnEachOther() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(SERVICES.stream().map((service) -> "io.aigcfactory." + service).toArray(String[]::new));
		for (String service : SERVICES) {
			String[] others = SERVICES.stream()
				.filter((other) -> !other.equals(service))
				.map((other) -> "io.aigcfactory." + other + "..")
				.toArray(String[]::new);
			ArchRule rule = noClasses().that()
				.resideInAPackage("io.aigcfactory." + service + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(others)
				.because("services share only common/* and talk over Kafka");
			rule.check(classes);
		}
	}

}
