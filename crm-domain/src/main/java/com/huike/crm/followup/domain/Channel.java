package com.huike.crm.followup.domain;

import org.springframework.modulith.NamedInterface;

/**
 * How a follow-up took place: 拜访 visit, 电话 phone, 短信/微信 message, 活动 event, 其他 other. Part
 * of the follow-up service's API ({@code NewFollowUp}): the visit plans log a visit
 * through it.
 */
@NamedInterface("channel")
public enum Channel {

	VISIT, PHONE, MESSAGE, EVENT, OTHER

}
