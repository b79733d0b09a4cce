package com.huike.crm.visitplan.domain;

/**
 * Where a planned action comes from: drafted from the grade's visit cadence, added or
 * edited by the manager, carried over unfinished from last month, or a temporary task
 * (临时任务) added after the approval.
 */
public enum ActionOrigin {

	GENERATED, MANUAL, CARRIED, TEMPORARY

}
