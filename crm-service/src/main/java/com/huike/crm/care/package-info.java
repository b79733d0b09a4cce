/**
 * Customer care (客户关怀): birthday, anniversary and holiday reminders as tasks on the
 * manager's agenda, and the 告知到货 tasks of the demand feature.
 * <ul>
 * <li>{@link com.huike.crm.care.CareReminders}: the nightly, set-based, idempotent run
 * (scheduled by {@link com.huike.crm.care.CareReminderSchedule} under ShedLock with
 * {@code huike.scheduling.enabled=true}, and once at start-up to catch up), over the
 * {@code customer_occasion} view the customer feature publishes for it.</li>
 * <li>{@link com.huike.crm.care.CareTaskService}: a manager's open tasks, done (电话, 短信,
 * 礼品, 其他) or skipped; {@code timelineOf} lists a customer's done and skipped tasks for
 * the followup feature's timeline. Listens to the demand feature: {@code DemandArrived}
 * puts a 告知到货 task on the manager's agenda (after the arrival commits, durably through
 * the event publication registry), {@code DemandTold} / {@code DemandCancelled} close it
 * (in their transaction); a 告知到货 task closed on the agenda closes its registration
 * through the demand feature's service. Open tasks follow their customer to a new manager
 * ({@code CustomerReassigned}).</li>
 * <li>{@link com.huike.crm.care.CareSettingsService}: the administrator's settings (lead
 * days 2–7, holidays and grades greeted).</li>
 * </ul>
 * Lunar birthdays and the working-day calendar come from the {@code calendar} feature.
 */
@ApplicationModule(displayName = "客户关怀 care reminders on the agenda")
package com.huike.crm.care;

import org.springframework.modulith.ApplicationModule;
