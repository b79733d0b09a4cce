package com.huike.crm.importexport.domain;

/** What a file imports. */
public enum ImportKind {

	/** Customer archives (客户资料). */
	CUSTOMERS

}
