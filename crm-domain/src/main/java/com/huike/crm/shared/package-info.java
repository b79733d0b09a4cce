/**
 * What every feature shares and no feature owns: the refusals a use case answers with
 * ({@link RefusedException} and its four kinds), which the web layer turns into a page or
 * an RFC 9457 problem detail in the user's language. A feature never writes its own error
 * handling: it throws one of these, with its own message key.
 */
package com.huike.crm.shared;
