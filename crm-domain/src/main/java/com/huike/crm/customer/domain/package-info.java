/**
 * The customer archive (客户档案): the customer, its 66-question profile, its grade and its
 * history.
 */
package com.huike.crm.customer.domain;
