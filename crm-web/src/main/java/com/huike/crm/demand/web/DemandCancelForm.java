package com.huike.crm.demand.web;

import jakarta.validation.constraints.Size;

/**
 * Why a registration is cancelled (optional).
 */
record DemandCancelForm(@Size(max = 500, message = "{demand.note.tooLong}") String note) {

}
