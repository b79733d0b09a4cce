/**
 * The administrators' page of sensitive-data access records.
 */
package com.huike.crm.audit.web;
