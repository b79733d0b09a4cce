package com.huike.crm.importexport;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Optional;

import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.demo.DemoContribution;

import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's imports: manager1 has uploaded this month's registration sheet of a store
 * (the sample file, with its two bad rows) and not started it yet — the import page shows
 * its preview, ready to be run, beside the sample to download and try.
 */
@Component
@Profile("demo")
@Order(70)
class ImportDemoData implements DemoContribution {

	private final CustomerImportService imports;

	private final ImportFiles files;

	private final IdentityService identity;

	private final JdbcTemplate jdbc;

	ImportDemoData(@Lazy CustomerImportService imports, @Lazy ImportFiles files, IdentityService identity,
			JdbcTemplate jdbc) {
		this.imports = imports;
		this.files = files;
		this.identity = identity;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> contribute(LocalDate today) {
		if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from import_batch)", Boolean.class))) {
			return Optional.empty();
		}
		Viewer manager = identity.viewer(MANAGERS.get(0)).orElse(null);
		if (manager == null) {
			return Optional.empty();
		}
		ByteArrayOutputStream sample = new ByteArrayOutputStream();
		files.writeSample(manager, CustomerColumns.ZH, sample);
		imports.upload("门店客户资料登记表-" + today.getYear() + "年" + today.getMonthValue() + "月.xlsx", sample.toByteArray(),
				"AUTO", true, manager);
		return Optional.of("1 import preview");
	}

}
