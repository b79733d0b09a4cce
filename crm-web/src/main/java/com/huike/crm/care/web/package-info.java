/**
 * Customer care pages and API: {@code /care/tasks} (a manager's open care tasks, done or
 * skipped), {@code /admin/care} (the administrator's settings),
 * {@code /api/v1/care/tasks}.
 * <p>
 * The agenda panel: {@code templates/care/agenda.html} has a fragment {@code panel} that
 * any page may include — {@code <div th:replace="~{care/agenda :: panel}"></div>}. It
 * needs nothing from the including controller: it asks the {@code careAgenda} bean
 * ({@link com.huike.crm.care.web.CareAgenda}) for the signed-in user's tasks
 * ({@code ${@careAgenda.forCurrentUser()}}), because a {@code @ControllerAdvice} of this
 * feature cannot target another feature's controller without coupling to it, and an htmx
 * load would leave the panel empty without JavaScript. Its forms post to
 * {@code /care/tasks/{id}/done} with {@code returnTo=agenda}; with htmx they swap the
 * panel in place ({@code GET /care/agenda-panel} serves the fragment alone).
 */
package com.huike.crm.care.web;
