package com.huike.crm.complaint.domain;

/** How serious a complaint is; it decides the deadline. */
public enum Severity {

	LOW, NORMAL, HIGH, URGENT

}
