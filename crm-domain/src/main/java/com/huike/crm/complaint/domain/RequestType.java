package com.huike.crm.complaint.domain;

/** The kind of a request (诉求): 咨询, 投诉, 建议, 报修. */
public enum RequestType {

	INQUIRY, COMPLAINT, SUGGESTION, REPAIR

}
