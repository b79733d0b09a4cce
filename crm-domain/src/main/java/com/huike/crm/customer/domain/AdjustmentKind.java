package com.huike.crm.customer.domain;

/**
 * 退货 / 赔偿 / 折价: the kinds of entry in part 4 of the archive.
 */
public enum AdjustmentKind {

	RETURN, COMPENSATION, DISCOUNT

}
