package com.huike.crm.complaint.domain;

/**
 * How a request came in: 400 热线, 门店, 客户经理转交, 网站, 回访 (a problem raised in a revisit), 其他.
 */
public enum Channel {

	HOTLINE, STORE, MANAGER, WEBSITE, REVISIT, OTHER

}
