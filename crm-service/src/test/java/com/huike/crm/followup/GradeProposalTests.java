package com.huike.crm.followup;

import java.util.Optional;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.customer.domain.Importance;
import com.huike.crm.customer.domain.Need;
import com.huike.crm.customer.domain.Urgency;
import com.huike.crm.followup.GradeProposal.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per row of the table in {@link GradeProposal}'s javadoc (and the README).
 */
class GradeProposalTests {

	@Test
	void row1NothingIsProposedWhileTheNeedIsUnknown() {
		for (Urgency urgency : Urgency.values()) {
			assertThat(GradeProposal.from(DealStatus.NEGOTIATING, Importance.IMPORTANT, urgency, null)).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(DealStatus.class)
	void row2ACustomerWithoutNeedIsDeadWhateverTheOtherViewsSay(DealStatus dealStatus) {
		for (Urgency urgency : Urgency.values()) {
			for (Importance importance : Importance.values()) {
				assertThat(grade(dealStatus, importance, urgency, Need.DEAD)).contains(Grade.E);
			}
		}
		assertThat(GradeProposal.from(dealStatus, null, null, Need.DEAD)).get()
			.extracting(GradeProposal::rule)
			.isEqualTo(Rule.NO_NEED);
	}

	@ParameterizedTest
	@EnumSource(DealStatus.class)
	void row3APotentialNeedIsGradeDEvenWhenUrgentAndImportant(DealStatus dealStatus) {
		for (Urgency urgency : Urgency.values()) {
			assertThat(grade(dealStatus, Importance.IMPORTANT, urgency, Need.POTENTIAL)).contains(Grade.D);
		}
		assertThat(grade(dealStatus, null, null, Need.POTENTIAL)).contains(Grade.D);
	}

	@Test
	void row4AClearNeedWithoutUrgencyGivesNoProposal() {
		assertThat(GradeProposal.from(DealStatus.NEGOTIATING, Importance.IMPORTANT, null, Need.TARGET)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(DealStatus.class)
	void row5AClearUrgentNeedIsGradeA(DealStatus dealStatus) {
		assertThat(grade(dealStatus, Importance.ORDINARY, Urgency.URGENT, Need.TARGET)).contains(Grade.A);
		assertThat(grade(dealStatus, null, Urgency.URGENT, Need.TARGET)).contains(Grade.A);
		assertThat(GradeProposal.from(dealStatus, Importance.IMPORTANT, Urgency.URGENT, Need.TARGET)).get()
			.extracting(GradeProposal::rule)
			.isEqualTo(Rule.TARGET_URGENT);
	}

	@ParameterizedTest
	@EnumSource(DealStatus.class)
	void row6AClearNeedToActOnWithinAMonthIsGradeA(DealStatus dealStatus) {
		assertThat(grade(dealStatus, Importance.ORDINARY, Urgency.PRESSING, Need.TARGET)).contains(Grade.A);
		assertThat(GradeProposal.from(dealStatus, Importance.IMPORTANT, Urgency.PRESSING, Need.TARGET)).get()
			.extracting(GradeProposal::rule)
			.isEqualTo(Rule.TARGET_PRESSING);
	}

	@ParameterizedTest
	@EnumSource(DealStatus.class)
	void row7AClearNeedOneToThreeMonthsAwayIsGradeB(DealStatus dealStatus) {
		assertThat(grade(dealStatus, Importance.IMPORTANT, Urgency.NOT_URGENT, Need.TARGET)).contains(Grade.B);
		assertThat(grade(dealStatus, Importance.ORDINARY, Urgency.NOT_URGENT, Need.TARGET)).contains(Grade.B);
	}

	@ParameterizedTest
	@EnumSource(DealStatus.class)
	void row8AnImportantCustomerWithALaterClearNeedIsGradeC(DealStatus dealStatus) {
		assertThat(GradeProposal.from(dealStatus, Importance.IMPORTANT, Urgency.LATENT, Need.TARGET)).get()
			.isEqualTo(new GradeProposal(Grade.C, Rule.TARGET_LATENT_IMPORTANT));
	}

	@Test
	void row9AnOrdinaryCustomerInNegotiationWithALaterClearNeedIsGradeC() {
		assertThat(GradeProposal.from(DealStatus.NEGOTIATING, Importance.ORDINARY, Urgency.LATENT, Need.TARGET)).get()
			.isEqualTo(new GradeProposal(Grade.C, Rule.TARGET_LATENT_NEGOTIATING));
		assertThat(grade(DealStatus.NEGOTIATING, null, Urgency.LATENT, Need.TARGET)).contains(Grade.C);
	}

	@Test
	void row10AnOrdinaryCustomerNotInNegotiationWithALaterClearNeedIsGradeD() {
		assertThat(grade(DealStatus.CLOSED, Importance.ORDINARY, Urgency.LATENT, Need.TARGET)).contains(Grade.D);
		assertThat(grade(DealStatus.POTENTIAL, Importance.ORDINARY, Urgency.LATENT, Need.TARGET)).contains(Grade.D);
		assertThat(GradeProposal.from(null, null, Urgency.LATENT, Need.TARGET)).get()
			.isEqualTo(new GradeProposal(Grade.D, Rule.TARGET_LATENT_OTHER));
	}

	@Test
	void everyRuleGivesTheGradeOfItsRow() {
		assertThat(Rule.NO_NEED.grade()).isEqualTo(Grade.E);
		assertThat(Rule.POTENTIAL_NEED.grade()).isEqualTo(Grade.D);
		assertThat(Rule.TARGET_URGENT.grade()).isEqualTo(Grade.A);
		assertThat(Rule.TARGET_PRESSING.grade()).isEqualTo(Grade.A);
		assertThat(Rule.TARGET_NOT_URGENT.grade()).isEqualTo(Grade.B);
		assertThat(Rule.TARGET_LATENT_IMPORTANT.grade()).isEqualTo(Grade.C);
		assertThat(Rule.TARGET_LATENT_NEGOTIATING.grade()).isEqualTo(Grade.C);
		assertThat(Rule.TARGET_LATENT_OTHER.grade()).isEqualTo(Grade.D);
	}

	private static Optional<Grade> grade(DealStatus dealStatus, Importance importance, Urgency urgency, Need need) {
		return GradeProposal.from(dealStatus, importance, urgency, need).map(GradeProposal::grade);
	}

}
