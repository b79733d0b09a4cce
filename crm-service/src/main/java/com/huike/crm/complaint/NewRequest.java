package com.huike.crm.complaint;

import com.huike.crm.complaint.domain.Channel;
import com.huike.crm.complaint.domain.RequestType;
import com.huike.crm.complaint.domain.Severity;

/**
 * What the desk records of a call: the kind of request, the caller (a customer, by id, or
 * a new caller with their phone), what it is about, and for an inquiry answered on the
 * spot the answer (then it is closed at once).
 *
 * @param aboutCustomerCode the code of the customer the complaint is about (窜货/砸价
 * reported by others), if any
 */
public record NewRequest(RequestType type, Channel channel, Long customerId, String callerName, String callerPhone,
		Long categoryId, Severity severity, String description, String product, String region, String answer,
		String aboutCustomerCode) {

}
