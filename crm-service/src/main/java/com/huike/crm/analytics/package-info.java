/**
 * Analysis (统计分析): the figures market managers and the customer-service department steer
 * by — customer groups by grade, deal status and classification, the purchase structure
 * by product, and key-account concentration (the share of sales of the three largest
 * customers and of the largest, per region and overall, alerted when they pass the
 * thresholds of seed 002: 40 % and 20 %), churn, archive quality and spot checks, volume
 * anomalies and signs of false big customers
 * ({@link com.huike.crm.analytics.VolumeSignals}, with the call center's 窜货/砸价
 * complaints), the grade structure over the months
 * ({@link com.huike.crm.analytics.GradeHistory}: 宝塔型 → 橄榄型, from month-end snapshots this
 * feature keeps) and the visit plans' completion per manager and month. Read through the
 * customer feature's figures ({@link com.huike.crm.customer.CustomerFigures}), the
 * complaint feature's risk counts and the visit plan feature's service, scoped as the
 * books the viewer may see.
 */
@ApplicationModule(displayName = "统计分析 analytics")
package com.huike.crm.analytics;

import org.springframework.modulith.ApplicationModule;
