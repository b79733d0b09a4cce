package com.huike.crm.care.domain;

import org.springframework.modulith.NamedInterface;

@NamedInterface("values")
public enum CareTaskStatus {

	OPEN, DONE, SKIPPED

}
