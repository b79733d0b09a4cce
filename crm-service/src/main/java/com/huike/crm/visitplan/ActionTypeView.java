package com.huike.crm.visitplan;

/** A kind of service action, as lists and forms show it. */
public record ActionTypeView(Long id, String name, String nameEn, int position, boolean active, long version) {

}
