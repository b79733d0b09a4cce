package com.huike.crm.visitplan.domain;

/**
 * A plan's state: 计划 → 已提交 → 已审批, or 已提交 → 计划驳回 → (revised) → 已提交.
 */
public enum PlanStatus {

	PLANNED, SUBMITTED, APPROVED, REJECTED;

	/** The manager may edit the plan (a draft, or a rejected plan being revised). */
	public boolean isEditable() {
		return this == PLANNED || this == REJECTED;
	}

}
