/**
 * Customer archive use cases: create, find, read and edit archives, scoped by the viewer.
 */
package com.huike.crm.customer;
