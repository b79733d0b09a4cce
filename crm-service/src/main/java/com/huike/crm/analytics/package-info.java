/**
 * Analysis (统计分析): the figures market managers and the customer-service department steer
 * by — customer groups by grade, deal status and classification, the purchase structure
 * by product, and key-account concentration (the share of sales of the three largest
 * customers and of the largest, per region and overall, alerted when they pass the
 * thresholds of seed 002: 40 % and 20 %). Read through the customer feature's figures
 * ({@link com.huike.crm.customer.CustomerFigures}), scoped as the books the viewer may
 * see.
 */
@ApplicationModule(displayName = "统计分析 analytics")
package com.huike.crm.analytics;

import org.springframework.modulith.ApplicationModule;
