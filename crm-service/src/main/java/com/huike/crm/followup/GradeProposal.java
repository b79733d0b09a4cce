package com.huike.crm.followup;

import java.util.Optional;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.customer.domain.Importance;
import com.huike.crm.customer.domain.Need;
import com.huike.crm.customer.domain.Urgency;

/**
 * The grade the system proposes from the four classification views of seed 003; the
 * manager confirms it or overrides it with a reason. The first matching row decides:
 *
 * <table>
 * <caption>Grade proposal</caption>
 * <tr>
 * <th>#</th>
 * <th>need 需求</th>
 * <th>urgency 紧急程度</th>
 * <th>importance 重要性</th>
 * <th>deal status 成交状态</th>
 * <th>grade</th>
 * <th>why (seed 003)</th>
 * </tr>
 * <tr>
 * <td>1</td>
 * <td>unknown</td>
 * <td>any</td>
 * <td>any</td>
 * <td>any</td>
 * <td>none</td>
 * <td>without the need there is nothing to propose</td>
 * </tr>
 * <tr>
 * <td>2</td>
 * <td>死亡 DEAD</td>
 * <td>any</td>
 * <td>any</td>
 * <td>any</td>
 * <td>E</td>
 * <td>no need, no chance (死亡客户)</td>
 * </tr>
 * <tr>
 * <td>3</td>
 * <td>潜在 POTENTIAL</td>
 * <td>any</td>
 * <td>any</td>
 * <td>any</td>
 * <td>D</td>
 * <td>potential need</td>
 * </tr>
 * <tr>
 * <td>4</td>
 * <td>目标 TARGET</td>
 * <td>unknown</td>
 * <td>any</td>
 * <td>any</td>
 * <td>none</td>
 * <td>a clear need, but when is unknown</td>
 * </tr>
 * <tr>
 * <td>5</td>
 * <td>目标 TARGET</td>
 * <td>紧急 URGENT</td>
 * <td>any</td>
 * <td>any</td>
 * <td>A</td>
 * <td>clear need, act within a week: closes within a month</td>
 * </tr>
 * <tr>
 * <td>6</td>
 * <td>目标 TARGET</td>
 * <td>缓急 PRESSING</td>
 * <td>any</td>
 * <td>any</td>
 * <td>A</td>
 * <td>clear need, act within a month: closes within a month</td>
 * </tr>
 * <tr>
 * <td>7</td>
 * <td>目标 TARGET</td>
 * <td>不紧急 NOT_URGENT</td>
 * <td>any</td>
 * <td>any</td>
 * <td>B</td>
 * <td>clear need, 1–3 months: closes within three months</td>
 * </tr>
 * <tr>
 * <td>8</td>
 * <td>目标 TARGET</td>
 * <td>潜在 LATENT</td>
 * <td>重要 IMPORTANT</td>
 * <td>any</td>
 * <td>C</td>
 * <td>clear need after three months; an important customer is worked within half a
 * year</td>
 * </tr>
 * <tr>
 * <td>9</td>
 * <td>目标 TARGET</td>
 * <td>潜在 LATENT</td>
 * <td>非重要 ORDINARY or unknown</td>
 * <td>正在谈判 NEGOTIATING</td>
 * <td>C</td>
 * <td>talks are under way: within half a year</td>
 * </tr>
 * <tr>
 * <td>10</td>
 * <td>目标 TARGET</td>
 * <td>潜在 LATENT</td>
 * <td>非重要 ORDINARY or unknown</td>
 * <td>已成交 CLOSED / 潜在 POTENTIAL</td>
 * <td>D</td>
 * <td>clear need, but at least half a year away</td>
 * </tr>
 * </table>
 *
 * Importance and deal status only decide the border between C (within half a year) and D
 * (half a year or more) for a clear need that is three months or more away: seed 003 ties
 * A–C to how soon a deal is expected, which urgency states directly.
 *
 * @param grade the proposed grade
 * @param rule the row of the table that decided it
 */
public record GradeProposal(Grade grade, Rule rule) {

	/**
	 * Proposes a grade, or nothing when the need (or, for a clear need, the urgency) is
	 * unknown.
	 */
	public static Optional<GradeProposal> from(DealStatus dealStatus, Importance importance, Urgency urgency,
			Need need) {
		if (need == null) {
			return Optional.empty();
		}
		Rule rule = switch (need) {
			case DEAD -> Rule.NO_NEED;
			case POTENTIAL -> Rule.POTENTIAL_NEED;
			case TARGET -> (urgency != null) ? target(urgency, importance, dealStatus) : null;
		};
		return Optional.ofNullable(rule).map(r -> new GradeProposal(r.grade(), r));
	}

	private static Rule target(Urgency urgency, Importance importance, DealStatus dealStatus) {
		return switch (urgency) {
			case URGENT -> Rule.TARGET_URGENT;
			case PRESSING -> Rule.TARGET_PRESSING;
			case NOT_URGENT -> Rule.TARGET_NOT_URGENT;
			case LATENT -> {
				if (importance == Importance.IMPORTANT) {
					yield Rule.TARGET_LATENT_IMPORTANT;
				}
				yield (dealStatus == DealStatus.NEGOTIATING) ? Rule.TARGET_LATENT_NEGOTIATING
						: Rule.TARGET_LATENT_OTHER;
			}
		};
	}

	/** The rows of the table, each with the grade it gives. */
	public enum Rule {

		NO_NEED(Grade.E), POTENTIAL_NEED(Grade.D), TARGET_URGENT(Grade.A), TARGET_PRESSING(Grade.A),
		TARGET_NOT_URGENT(Grade.B), TARGET_LATENT_IMPORTANT(Grade.C), TARGET_LATENT_NEGOTIATING(Grade.C),
		TARGET_LATENT_OTHER(Grade.D);

		private final Grade grade;

		Rule(Grade grade) {
			this.grade = grade;
		}

		public Grade grade() {
			return this.grade;
		}

	}

}
