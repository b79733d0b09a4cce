/**
 * What every feature shares and no feature owns: the refusals a use case answers with
 * ({@link com.huike.crm.shared.RefusedException} and its four kinds), which the web layer
 * turns into a page or an RFC 9457 problem detail in the user's language, and (in
 * {@code shared.web}) the mechanisms of the web layer every feature uses. A feature never
 * writes its own error handling: it throws one of these, with its own message key. An
 * open module: every feature may use all of it, and it depends on no feature.
 */
@ApplicationModule(displayName = "共用 refusals and web mechanisms", type = ApplicationModule.Type.OPEN)
package com.huike.crm.shared;

import org.springframework.modulith.ApplicationModule;
