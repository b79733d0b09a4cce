package com.huike.crm.care.domain;

/**
 * How a care task was done: 电话, 短信, 礼品, 其他.
 */
public enum CareChannel {

	PHONE, SMS, GIFT, OTHER

}
