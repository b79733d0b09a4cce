package com.huike.crm.demand.web;

import com.huike.crm.demand.ToldChannel;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How the customer was told that the goods arrived.
 */
record DemandToldForm(@NotNull(message = "{demand.told.channel.required}") ToldChannel channel,
		@Size(max = 500, message = "{demand.note.tooLong}") String note) {

}
