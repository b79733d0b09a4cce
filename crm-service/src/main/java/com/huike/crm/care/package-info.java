/**
 * Customer care (客户关怀), issue 3: birthday, anniversary and holiday reminders as tasks on
 * the manager's agenda.
 * <ul>
 * <li>{@link com.huike.crm.care.CareReminders}: the nightly, set-based, idempotent run
 * (scheduled by {@link com.huike.crm.care.CareReminderSchedule} under ShedLock with
 * {@code huike.scheduling.enabled=true}, and once at start-up to catch up).</li>
 * <li>{@link com.huike.crm.care.CareTaskService}: a manager's open tasks, done (电话, 短信,
 * 礼品, 其他) or skipped; {@code timelineOf(customerId, viewer)} lists a customer's done and
 * skipped tasks, newest first, for the customer timeline of the followup feature.
 * {@code remind(List<NewCareTask>)} lets another feature put a task on an agenda (the
 * demand feature's 告知到货); closing a task publishes
 * {@link com.huike.crm.care.CareTaskClosed}.</li>
 * <li>{@link com.huike.crm.care.CareSettingsService}: the administrator's settings (lead
 * days 2–7, holidays and grades greeted).</li>
 * </ul>
 * Lunar birthdays and the working-day calendar come from the {@code calendar} feature.
 */
package com.huike.crm.care;
