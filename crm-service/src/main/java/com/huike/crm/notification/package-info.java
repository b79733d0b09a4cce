/**
 * In-app notifications (站内通知): what happened for one user to see, with a count on the
 * navigation bar. Other features do not know this one: it listens to their events
 * (durably, through Spring Modulith's event publication registry) and turns each into
 * notifications for the right people through one small contract,
 * {@link com.huike.crm.notification.NotificationService#notify}. Today: the visit plans'
 * cycle ({@link com.huike.crm.notification.VisitPlanNotifications}); a next feature adds
 * a listener class of the same shape (complaints escalated, revisits due).
 */
@ApplicationModule(displayName = "站内通知 notifications")
package com.huike.crm.notification;

import org.springframework.modulith.ApplicationModule;
