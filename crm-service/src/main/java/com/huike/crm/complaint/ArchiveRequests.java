package com.huike.crm.complaint;

import java.util.List;

/**
 * The call center's panel on a customer's archive: the customer's latest requests the
 * viewer may see (empty for none) and the risk signal.
 */
public record ArchiveRequests(List<RequestRow> rows, RiskSignal risk) {

}
