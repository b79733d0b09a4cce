package com.huike.crm.care.domain;

import org.springframework.modulith.NamedInterface;

/**
 * How a care task was done: 电话, 短信, 礼品, 其他.
 */
@NamedInterface("values")
public enum CareChannel {

	PHONE, SMS, GIFT, OTHER

}
