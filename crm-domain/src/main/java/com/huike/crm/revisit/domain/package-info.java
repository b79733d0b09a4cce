/**
 * Revisits (回访): the calls of the call center after a delivery and after a handled
 * complaint, their attempts and time slots, the scores of the service items, the scripts
 * and the settings.
 */
package com.huike.crm.revisit.domain;
