package com.huike.crm.care.domain;

public enum CareTaskStatus {

	OPEN, DONE, SKIPPED

}
