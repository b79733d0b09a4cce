package com.huike.crm.importexport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.huike.crm.customer.CustomerImport;
import com.huike.crm.customer.CustomerImport.ImportedCustomer;
import com.huike.crm.identity.Viewer;
import com.huike.crm.importexport.CustomerRows.CheckedRow;
import com.huike.crm.importexport.CustomerRows.Checked;
import com.huike.crm.importexport.domain.ImportBatch;
import com.huike.crm.importexport.domain.ImportBatchRepository;
import com.huike.crm.importexport.domain.ImportDecision;
import com.huike.crm.shared.RefusedException;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports in the background, one at a time (the machine's cores serve the pages
 * meanwhile): the file is read and checked again (the archives may have changed since the
 * preview), then every good row is written in one transaction — new archives in batches,
 * duplicates updated, skipped or created as decided — so that a failed import leaves the
 * database as it was. The progress is written beside it in a transaction of its own after
 * each batch, so that the page shows it from any instance and after a reload.
 */
@Component
class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportBatchRepository batches;

	private final CustomerRows rows;

	private final CustomerImport customers;

	private final CustomerImportService service;

	private final TransactionTemplate work;

	private final TransactionTemplate aside;

	private final Clock clock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "customer-import");
		thread.setDaemon(true);
		return thread;
	});

	ImportRunner(ImportBatchRepository batches, CustomerRows rows, CustomerImport customers,
			@Lazy CustomerImportService service, PlatformTransactionManager transactions, Clock clock) {
		this.batches = batches;
		this.rows = rows;
		this.customers = customers;
		this.service = service;
		this.work = new TransactionTemplate(transactions);
		this.aside = new TransactionTemplate(transactions);
		this.aside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	void submit(Long id, Viewer viewer) {
		executor.execute(() -> run(id, viewer));
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	/** What an import did. */
	record Outcome(int created, int updated, int skipped) {

	}

	void run(Long id, Viewer viewer) {
		try {
			Outcome outcome = work.execute(status -> apply(id, viewer));
			aside.executeWithoutResult(s -> batches.findById(id)
				.orElseThrow()
				.finish(outcome.created(), outcome.updated(), outcome.skipped(), clock.instant()));
			log.info("import {} done: {} created, {} updated, {} skipped", id, outcome.created(), outcome.updated(),
					outcome.skipped());
		}
		catch (RuntimeException ex) {
			String key = (ex instanceof RefusedException refused) ? refused.getMessageKey() : "import.failure.error";
			log.warn("import {} failed, nothing written: {}", id, ex.toString(), ex);
			try {
				aside.executeWithoutResult(s -> batches.findById(id).orElseThrow().fail(key, clock.instant()));
			}
			catch (RuntimeException again) {
				log.error("import {} could not be marked as failed", id, again);
			}
		}
	}

	private Outcome apply(Long id, Viewer viewer) {
		ImportBatch batch = batches.findById(id).orElseThrow();
		Checked checked = rows.check(service.spreadsheet(batch), viewer, LocalDate.now(clock));
		Map<Integer, ImportDecision> decisions = CustomerImportService.decisions(batch);
		int created = 0;
		int updated = 0;
		int skipped = 0;
		int processed = 0;
		List<ImportedCustomer> pending = new ArrayList<>(CustomerImport.BATCH_SIZE);
		for (CheckedRow row : checked.rows()) {
			processed++;
			if (processed % CustomerImport.BATCH_SIZE == 0) {
				progress(id, processed);
			}
			if (!row.good()) {
				// left out: it comes back in the error file
				continue;
			}
			if (row.duplicate() == null) {
				pending.add(row.customer());
			}
			else {
				ImportDecision decision = CustomerImportService.decision(row.duplicate(), decisions,
						batch.getDefaultDecision());
				switch (decision) {
					case CREATE -> pending.add(row.customer());
					case UPDATE -> {
						customers.update(row.duplicate().customerId(), row.customer(), id, batch.isRegistrationSheet(),
								viewer);
						updated++;
					}
					case SKIP -> skipped++;
				}
			}
			if (pending.size() >= CustomerImport.BATCH_SIZE) {
				created += customers.createAll(pending, id, batch.isRegistrationSheet(), viewer).size();
				pending.clear();
			}
		}
		created += customers.createAll(pending, id, batch.isRegistrationSheet(), viewer).size();
		return new Outcome(created, updated, skipped);
	}

	private void progress(Long id, int processed) {
		aside.executeWithoutResult(s -> batches.recordProgress(id, processed, clock.instant()));
	}

}
