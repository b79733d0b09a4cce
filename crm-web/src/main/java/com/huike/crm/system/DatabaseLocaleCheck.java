package com.huike.crm.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when the database's character classification cannot index Chinese
 * text (pg_trgm finds no trigrams in Chinese under LC_CTYPE "C").
 */
@Component
class DatabaseLocaleCheck {

	private static final Logger log = LoggerFactory.getLogger(DatabaseLocaleCheck.class);

	private final JdbcTemplate jdbc;

	DatabaseLocaleCheck(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void checkCtype() {
		String ctype = jdbc.queryForObject("select datctype from pg_database where datname = current_database()",
				String.class);
		String trigrams = jdbc.queryForObject("select show_trgm('张三丰')::text", String.class);
		if ("{}".equals(trigrams)) {
			log.warn("The database's LC_CTYPE is '{}': Chinese text cannot be indexed and search by name will be "
					+ "slow. Create the database with LC_CTYPE 'C.UTF-8' (see README).", ctype);
		}
	}

}
