package com.huike.crm.demand;

/** A customer offered by the demand form's customer search: what tells them apart. */
public record CustomerChoice(Long id, String name, String code, String phone) {

}
