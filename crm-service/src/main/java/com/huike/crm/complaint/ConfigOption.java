package com.huike.crm.complaint;

/** A department or category as forms and the administrator's page show it. */
public record ConfigOption(Long id, String name, String nameEn, int position, boolean active, boolean risk,
		long version) {

}
