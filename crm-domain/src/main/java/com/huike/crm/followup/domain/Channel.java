package com.huike.crm.followup.domain;

/**
 * How a follow-up took place: 拜访 visit, 电话 phone, 短信/微信 message, 活动 event, 其他 other.
 */
public enum Channel {

	VISIT, PHONE, MESSAGE, EVENT, OTHER

}
