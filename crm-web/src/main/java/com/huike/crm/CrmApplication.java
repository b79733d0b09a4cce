package com.huike.crm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * 慧客 CRM. Without a configured database it starts an embedded PostgreSQL (see
 * {@link com.huike.crm.system.EmbeddedPostgresAutoConfiguration}).
 */
@SpringBootApplication
public class CrmApplication {

	public static void main(String[] args) {
		SpringApplication.run(CrmApplication.class, args);
	}

}
