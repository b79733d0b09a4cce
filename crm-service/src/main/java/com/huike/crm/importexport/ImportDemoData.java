package com.huike.crm.importexport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
 * The demo's imports: manager1 imported another store's registration sheet earlier (three
 * customers, now 待核实 on their archives and in the list to verify), and has uploaded this
 * month's (the sample file, with its two bad rows) and not started it yet — the import
 * page shows its preview, ready to be run, beside the sample to download and try.
 */
@Component
@Profile("demo")
@Order(70)
class ImportDemoData implements DemoContribution {

	private final CustomerImportService imports;

	private final ImportFiles files;

	private final IdentityService identity;

	private final JdbcTemplate jdbc;

	private final CustomerColumns columns;

	ImportDemoData(@Lazy CustomerImportService imports, @Lazy ImportFiles files, IdentityService identity,
			JdbcTemplate jdbc, CustomerColumns columns) {
		this.columns = columns;
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
		String csv = String.join(",", columns.header("name", CustomerColumns.ZH),
				columns.header("companyName", CustomerColumns.ZH), columns.header("mobilePhone", CustomerColumns.ZH),
				columns.header("birthDate", CustomerColumns.ZH)) + "\n" + "何俊峰,俊峰烟酒店,13912345711,1983-04-18\n"
				+ "林美玲,美玲便利店,13912345712,1991-10-05\n" + "谢天宇,天宇商行,13912345713,1977-01-23\n";
		Long earlier = imports.upload(
				"门店客户资料登记表-" + today.minusMonths(1).getYear() + "年" + today.minusMonths(1).getMonthValue() + "月.csv",
				csv.getBytes(StandardCharsets.UTF_8), "UTF_8", true, manager);
		imports.start(earlier, manager);
		waitFor(earlier);
		ByteArrayOutputStream sample = new ByteArrayOutputStream();
		files.writeSample(manager, CustomerColumns.ZH, sample);
		imports.upload("门店客户资料登记表-" + today.getYear() + "年" + today.getMonthValue() + "月.xlsx", sample.toByteArray(),
				"AUTO", true, manager);
		return Optional.of("1 import done (3 archives to verify), 1 import preview");
	}

	/** The import runs in the background: the demo is ready when it is done. */
	private void waitFor(Long id) {
		for (int i = 0; i < 300; i++) {
			String status = jdbc.queryForObject("select status from import_batch where id = ?", String.class, id);
			if (!"PREVIEWED".equals(status) && !"RUNNING".equals(status)) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
