/**
 * The dashboards' pages (统计分析), their tables as files and their JSON API.
 */
package com.huike.crm.analytics.web;
