package com.huike.crm.importexport.domain;

/** What a file imports. */
public enum ImportKind {

	/** Customer archives (客户资料). */
	CUSTOMERS,

	/**
	 * Purchases and returns of existing customers (交易记录: part 3 and 4 of the archive).
	 */
	TRANSACTIONS

}
