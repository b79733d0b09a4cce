/**
 * Customer care (客户关怀): care tasks (birthday, anniversary and holiday greetings, and the
 * "goods arrived" call of a demand registration) and the administrator's care settings.
 */
package com.huike.crm.care.domain;
