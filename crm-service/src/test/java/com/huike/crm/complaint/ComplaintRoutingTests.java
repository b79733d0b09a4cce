package com.huike.crm.complaint;

import java.util.List;

import com.huike.crm.complaint.ComplaintRouting.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintRoutingTests {

	static final long QUALITY = 1;

	static final long DUMPING = 5;

	static final long AFTER_SALES = 10;

	static final long LOGISTICS = 20;

	static final long MARKETING = 30;

	static final long DEFAULT = 99;

	@Test
	void theFirstRuleThatHoldsWins() {
		List<Rule> rules = List.of(new Rule(1L, QUALITY, null, null, AFTER_SALES),
				new Rule(2L, QUALITY, "中华", null, LOGISTICS));
		ComplaintRouting.Proposal proposal = ComplaintRouting.propose(rules, QUALITY, "中华（硬）", null, DEFAULT);
		assertThat(proposal.departmentId()).isEqualTo(AFTER_SALES);
		assertThat(proposal.ruleId()).isEqualTo(1L);
	}

	@Test
	void aMoreSpecificRuleFirstTakesItsComplaintsOnly() {
		List<Rule> rules = List.of(new Rule(2L, QUALITY, "中华", null, LOGISTICS),
				new Rule(1L, QUALITY, null, null, AFTER_SALES));
		assertThat(ComplaintRouting.propose(rules, QUALITY, "硬中华", null, DEFAULT).departmentId()).isEqualTo(LOGISTICS);
		assertThat(ComplaintRouting.propose(rules, QUALITY, "玉溪", null, DEFAULT).departmentId()).isEqualTo(AFTER_SALES);
	}

	@Test
	void everyConditionOfARuleMustHold() {
		List<Rule> rules = List.of(new Rule(1L, DUMPING, null, "江北", MARKETING));
		assertThat(ComplaintRouting.propose(rules, DUMPING, null, "江北区", DEFAULT).departmentId()).isEqualTo(MARKETING);
		assertThat(ComplaintRouting.propose(rules, DUMPING, null, "江南区", DEFAULT).departmentId()).isEqualTo(DEFAULT);
		assertThat(ComplaintRouting.propose(rules, DUMPING, null, null, DEFAULT).departmentId()).isEqualTo(DEFAULT);
		assertThat(ComplaintRouting.propose(rules, QUALITY, null, "江北区", DEFAULT).departmentId()).isEqualTo(DEFAULT);
	}

	@Test
	void productAndRegionMatchIgnoringCase() {
		List<Rule> rules = List.of(new Rule(1L, null, "Marlboro", null, MARKETING));
		assertThat(ComplaintRouting.propose(rules, QUALITY, "MARLBORO red", null, DEFAULT).departmentId())
			.isEqualTo(MARKETING);
	}

	@Test
	void withoutARuleThatHoldsTheDefaultDepartmentIsProposed() {
		ComplaintRouting.Proposal proposal = ComplaintRouting
			.propose(List.of(new Rule(1L, QUALITY, null, null, AFTER_SALES)), DUMPING, null, null, DEFAULT);
		assertThat(proposal.departmentId()).isEqualTo(DEFAULT);
		assertThat(proposal.ruleId()).isNull();
		assertThat(ComplaintRouting.propose(List.of(), null, null, null, DEFAULT).departmentId()).isEqualTo(DEFAULT);
	}

	@Test
	void aRuleWithoutConditionsTakesEverything() {
		List<Rule> rules = List.of(new Rule(1L, QUALITY, null, null, AFTER_SALES),
				new Rule(2L, null, null, null, LOGISTICS));
		assertThat(ComplaintRouting.propose(rules, DUMPING, null, null, DEFAULT).departmentId()).isEqualTo(LOGISTICS);
	}

}
