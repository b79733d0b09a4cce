/**
 * Customer archive use cases: create, find, read and edit archives, scoped by the viewer.
 * What other features use: {@link com.huike.crm.customer.CustomerDirectory} (a customer
 * through the viewer's scope, names for a list),
 * {@link com.huike.crm.customer.CustomerSchedule} (the follow-up schedule kept on the
 * customer: the agenda's lists and counts), the event
 * {@link com.huike.crm.customer.CustomerReassigned}, the view {@code customer_occasion}
 * (dates for the care reminders), and the classification values of
 * {@code customer.domain} (named interface {@code classification}). The facts this
 * feature reacts to are declared here as interfaces that other features' events implement
 * ({@link com.huike.crm.customer.TrackingDecided},
 * {@link com.huike.crm.customer.FollowUpCadenceChanged}): the follow-up feature reads
 * customers through this one, so this one cannot depend on it.
 */
@ApplicationModule(displayName = "客户档案 customer archives")
package com.huike.crm.customer;

import org.springframework.modulith.ApplicationModule;
