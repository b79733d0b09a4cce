/**
 * The notifications page, the bell on the navigation bar and the notifications' JSON API.
 */
package com.huike.crm.notification.web;
