/**
 * In-app notifications: one row per recipient and event, its text as a message key with
 * arguments (rendered in the reader's language), the page it links to, and when it was
 * read.
 */
package com.huike.crm.notification.domain;
