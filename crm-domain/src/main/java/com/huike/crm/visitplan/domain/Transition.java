package com.huike.crm.visitplan.domain;

import org.springframework.modulith.NamedInterface;

/**
 * What a recorded transition changed: the plan, or its month-end results. Part of the
 * plan's view of its transitions, so a named interface with the states.
 */
@NamedInterface("states")
public enum Transition {

	PLAN, RESULTS

}
