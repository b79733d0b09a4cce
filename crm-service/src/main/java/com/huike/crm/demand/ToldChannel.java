package com.huike.crm.demand;

/** How the customer was told that the goods arrived. */
public enum ToldChannel {

	PHONE, SMS, OTHER

}
