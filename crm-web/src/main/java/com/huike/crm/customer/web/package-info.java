/**
 * The customer archive pages: list and search, detail, create, edit by section, history,
 * print.
 */
package com.huike.crm.customer.web;
