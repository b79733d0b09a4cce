package com.huike.crm.complaint;

/**
 * Complaints of a risk category (窜货/砸价 …) about a customer within the last {@code days}
 * days; {@code raised} when they reach the administrator's threshold.
 */
public record RiskSignal(long count, int threshold, int days, boolean raised) {

}
