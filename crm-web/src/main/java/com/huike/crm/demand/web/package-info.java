/**
 * Demand registration pages and API: {@code /demands} (open registrations grouped by
 * product, "arrived" per product), {@code /demands/new}, recording that the customer was
 * told or cancelling; {@code /api/v1/demands}.
 */
package com.huike.crm.demand.web;
