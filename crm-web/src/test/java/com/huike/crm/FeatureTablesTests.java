package com.huike.crm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table belongs to one feature, and only that feature's SQL names it: another
 * feature asks the owner's service, listens to its events, or reads a view the owner
 * publishes for it ({@link #PUBLISHED}). Spring Modulith checks the Java side (no feature
 * uses another's repositories or entities); this checks the SQL in the Java sources,
 * which Modulith cannot see. A new table must be given its owner here.
 */
class FeatureTablesTests {

	/** Who owns each table and view of db/migration. */
	static final Map<String, String> OWNERS = Map.ofEntries(Map.entry("app_user", "identity"),
			Map.entry("app_user_role", "identity"), Map.entry("team", "identity"),
			Map.entry("login_failure", "identity"), Map.entry("customer", "customer"),
			Map.entry("customer_change", "customer"), Map.entry("customer_report", "customer"),
			Map.entry("customer_credit", "customer"), Map.entry("customer_transaction", "customer"),
			Map.entry("customer_adjustment", "customer"), Map.entry("customer_occasion", "customer"),
			Map.entry("customer_search_term", "customer"), Map.entry("customer_tally", "customer"),
			Map.entry("sensitive_access", "audit"), Map.entry("lookup_search", "audit"),
			Map.entry("list_export", "audit"), Map.entry("spot_check", "analytics"),
			Map.entry("grade_month", "analytics"), Map.entry("follow_up", "followup"),
			Map.entry("follow_up_cadence", "followup"), Map.entry("grade_change", "followup"),
			Map.entry("work_calendar_day", "calendar"), Map.entry("work_calendar_year", "calendar"),
			Map.entry("lunar_day", "care"), Map.entry("care_settings", "care"), Map.entry("care_task", "care"),
			Map.entry("care_reminder_run", "care"), Map.entry("demand_registration", "demand"),
			Map.entry("shedlock", "system"), Map.entry("spring_session", "system"),
			Map.entry("spring_session_attributes", "system"), Map.entry("event_publication", "system"),
			Map.entry("visit_action_type", "visitplan"), Map.entry("visit_plan_settings", "visitplan"),
			Map.entry("visit_plan", "visitplan"), Map.entry("visit_action", "visitplan"),
			Map.entry("visit_plan_transition", "visitplan"), Map.entry("complaint_department", "complaint"),
			Map.entry("complaint_category", "complaint"), Map.entry("complaint_routing_rule", "complaint"),
			Map.entry("complaint_settings", "complaint"), Map.entry("service_request", "complaint"),
			Map.entry("complaint_step", "complaint"), Map.entry("notification", "notification"),
			Map.entry("revisit_settings", "revisit"), Map.entry("revisit_script", "revisit"),
			Map.entry("revisit_item", "revisit"), Map.entry("revisit", "revisit"),
			Map.entry("revisit_attempt", "revisit"), Map.entry("revisit_score", "revisit"),
			Map.entry("import_batch", "importexport"));

	/** The views a feature publishes, and the features that may read them. */
	static final Map<String, Set<String>> PUBLISHED = Map.of("customer_occasion", Set.of("care"));

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final Pattern CREATED = Pattern
		.compile("create\\s+(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)", Pattern.CASE_INSENSITIVE);

	private static final Pattern NAMED = Pattern.compile("\\b(?:from|join|into|update|table)\\s+([a-z_]+)\\b",
			Pattern.CASE_INSENSITIVE);

	/** String literals and text blocks of a Java source. */
	private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	@Test
	void everyTableOfTheMigrationsHasAnOwner() throws IOException {
		Set<String> created = new TreeSet<>();
		try (Stream<Path> files = Files.list(ROOT.resolve("db/migration"))) {
			for (Path file : files.toList()) {
				Matcher m = CREATED.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (m.find()) {
					created.add(m.group(1).toLowerCase(Locale.ROOT));
				}
			}
		}
		assertThat(created).as("tables and views of db/migration").contains("customer", "care_task");
		assertThat(OWNERS.keySet()).as("owned tables").containsAll(created);
	}

	@Test
	void aFeaturesSqlNamesOnlyItsOwnTablesAndTheViewsPublishedForIt() throws IOException {
		List<String> violations = new ArrayList<>();
		Set<String> scanned = new HashSet<>();
		for (String module : List.of("crm-domain", "crm-service", "crm-web")) {
			Path sources = ROOT.resolve(module).resolve("src/main/java/com/huike/crm");
			try (Stream<Path> files = Files.walk(sources)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					Path relative = sources.relativize(file);
					if (relative.getNameCount() < 2) {
						continue;
					}
					String feature = relative.getName(0).toString();
					scanned.add(feature);
					for (String relation : relationsNamedIn(Files.readString(file, StandardCharsets.UTF_8))) {
						String owner = OWNERS.get(relation);
						boolean allowed = owner == null || owner.equals(feature)
								|| PUBLISHED.getOrDefault(relation, Set.of()).contains(feature);
						if (!allowed) {
							violations
								.add(module + "/" + relative + " (" + feature + ") names " + relation + " of " + owner);
						}
					}
				}
			}
		}
		assertThat(scanned).as("features scanned").contains("customer", "followup", "care", "demand", "audit");
		assertThat(violations).isEmpty();
	}

	@Test
	void theScanFindsTablesInStringsAndTextBlocks() {
		// a guard for the rule above: it would pass vacuously if it found nothing
		String source = "class X { String a = \"select c.id from customer c join app_user u on u.id = c.owner_id\";"
				+ " String b = \"\"\"\n insert into care_task (id)\n values (1)\n \"\"\"; // from follow_up\n }";
		assertThat(relationsNamedIn(source)).containsExactlyInAnyOrder("customer", "app_user", "care_task");
	}

	/** The known tables and views named by the SQL in the string literals of a source. */
	static Set<String> relationsNamedIn(String source) {
		Set<String> relations = new TreeSet<>();
		Matcher literal = LITERAL.matcher(source);
		while (literal.find()) {
			String text = (literal.group(1) != null) ? literal.group(1) : literal.group(2);
			Matcher named = NAMED.matcher(text);
			while (named.find()) {
				String relation = named.group(1).toLowerCase(Locale.ROOT);
				if (OWNERS.containsKey(relation)) {
					relations.add(relation);
				}
			}
		}
		return relations;
	}

}
