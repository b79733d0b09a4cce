package com.huike.crm;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout of {@code shared/conventions.md}: Maven module = layer, package = feature
 * ({@code com.huike.crm.<feature>[.domain|.web]}), controllers thin and away from
 * repositories, no cycles between features.
 */
class ArchitectureTests {

	private static final String ROOT = "com.huike.crm";

	static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		// the main code of crm-domain and crm-service comes as folders or jars depending
		// on
		// the Maven phase; test code (also crm-domain's test-jar) is left out either way
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption(location -> !location.contains("-tests.jar"))
			.importPackages(ROOT);
	}

	@Test
	void theCodeOfAllThreeModulesIsImported() {
		// a guard for the rules below: they would pass vacuously on an empty import
		assertNonEmpty(ROOT + ".customer.domain.Customer", ROOT + ".customer.CustomerService",
				ROOT + ".customer.web.CustomerController");
	}

	@Test
	void controllersNeverTouchRepositories() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.or()
			.areAnnotatedWith(ControllerAdvice.class)
			.or()
			.areAnnotatedWith(RestControllerAdvice.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.because("controllers call one service method; services own the data access")
			.check(classes);
	}

	@Test
	void theWebLayerDoesNotReachIntoRepositories() {
		noClasses().that()
			.resideInAnyPackage("..web..", ROOT + ".security..", ROOT + ".system..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.because("the web layer goes through the services of crm-service")
			.check(classes);
	}

	@Test
	void entitiesAndRepositoriesLiveInTheDomainPackageOfTheirFeature() {
		classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage(ROOT + ".*.domain").check(classes);
		classes().that()
			.areInterfaces()
			.and()
			.areAssignableTo(Repository.class)
			.should()
			.resideInAPackage(ROOT + ".*.domain")
			.check(classes);
	}

	@Test
	void controllersLiveInTheWebPackageOfTheirFeature() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAnyPackage(ROOT + ".*.web..", ROOT + ".security", ROOT + ".system")
			.check(classes);
	}

	@Test
	void servicesLiveInTheBasePackageOfTheirFeature() {
		classes().that()
			.areAnnotatedWith(Service.class)
			.should()
			.resideInAPackage(ROOT + ".*")
			.andShould()
			.resideOutsideOfPackages("..domain..", "..web..")
			.check(classes);
	}

	@Test
	void everyClassBelongsToAFeaturePackage() {
		classes().that()
			.doNotHaveFullyQualifiedName(ROOT + ".CrmApplication")
			.should(resideBelowAFeature())
			.because("the first folder under com.huike.crm is always a feature (or security/system)")
			.check(classes);
	}

	@Test
	void theLayersDependOnlyDownwards() {
		noClasses().that()
			.resideInAPackage("..domain..")
			.should()
			.dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(ROOT + ".*", "..web..")
				.and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(ROOT + ".shared"))))
			.because("crm-domain knows neither services nor the web (the shared refusals live in crm-domain)")
			.check(classes);
		noClasses().that()
			.resideOutsideOfPackages("..web..", ROOT + ".security..", ROOT + ".system..")
			.and()
			.doNotHaveFullyQualifiedName(ROOT + ".CrmApplication")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..web..", ROOT + ".security..", ROOT + ".system..")
			.because("services do not know the web layer")
			.check(classes);
	}

	/**
	 * Cycles between features are refused. {@code system} and {@code security} are left
	 * out: they assemble the application (demo data, error pages, sign-in) and so know
	 * the features, while the features' web code uses their helpers (paging links, dates,
	 * request-parameter errors).
	 */
	@Test
	void featuresDoNotDependOnEachOtherInCycles() {
		DescribedPredicate<JavaClass> assembly = JavaClass.Predicates.resideInAnyPackage(ROOT + ".system..",
				ROOT + ".security..");
		slices().matching(ROOT + ".(*)..")
			.should()
			.beFreeOfCycles()
			.ignoreDependency(assembly, DescribedPredicate.alwaysTrue())
			.ignoreDependency(DescribedPredicate.alwaysTrue(), assembly)
			.check(classes);
	}

	private static ArchCondition<JavaClass> resideBelowAFeature() {
		return new ArchCondition<>("reside in a feature package " + ROOT + ".<feature>") {
			@Override
			public void check(JavaClass item, ConditionEvents events) {
				boolean ok = item.getPackageName().startsWith(ROOT + ".");
				events.add(new SimpleConditionEvent(item, ok,
						item.getName() + (ok ? " is" : " is not") + " in a feature package"));
			}
		};
	}

	private static void assertNonEmpty(String... names) {
		for (String name : names) {
			if (!classes.contain(name)) {
				throw new AssertionError("ArchUnit did not import " + name + "; the rules would check nothing");
			}
		}
	}

}
