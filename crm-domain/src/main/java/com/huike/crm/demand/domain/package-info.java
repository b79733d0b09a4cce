/**
 * Demand registration (缺货登记): customers waiting for goods that are out of stock (seed
 * 000: "在此类货源到来后，第一时间通知到户").
 */
package com.huike.crm.demand.domain;
