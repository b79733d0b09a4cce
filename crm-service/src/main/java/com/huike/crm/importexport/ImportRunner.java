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
import com.huike.crm.customer.TransactionEntry;
import com.huike.crm.identity.Viewer;
import com.huike.crm.importexport.TransactionRows.ImportedTransaction;
import com.huike.crm.importexport.ImportRows.CheckedRow;
import com.huike.crm.importexport.ImportRows.Checked;
import com.huike.crm.importexport.domain.ImportBatch;
import com.huike.crm.importexport.domain.ImportBatchRepository;
import com.huike.crm.importexport.domain.ImportDecision;
import com.huike.crm.shared.RefusedException;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
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

	private final CustomerImport customers;

	private final MessageSource messages;

	private final CustomerImportService service;

	private final TransactionTemplate work;

	private final TransactionTemplate aside;

	private final Clock clock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "customer-import");
		thread.setDaemon(true);
		return thread;
	});

	ImportRunner(ImportBatchRepository batches, CustomerImport customers, MessageSource messages,
			@Lazy CustomerImportService service, PlatformTransactionManager transactionManager, Clock clock) {
		this.batches = batches;
		this.customers = customers;
		this.messages = messages;
		this.service = service;
		this.work = new TransactionTemplate(transactionManager);
		this.aside = new TransactionTemplate(transactionManager);
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
		return switch (batch.getKind()) {
			case CUSTOMERS -> applyCustomers(batch, viewer);
			case TRANSACTIONS -> applyTransactions(batch, viewer);
		};
	}

	@SuppressWarnings("unchecked")
	private Outcome applyCustomers(ImportBatch batch, Viewer viewer) {
		Long id = batch.getId();
		long t0 = System.nanoTime();
		Checked<ImportedCustomer> checked = (Checked<ImportedCustomer>) service.check(batch, viewer);
		long t1 = System.nanoTime();
		Map<Integer, ImportDecision> decisions = CustomerImportService.decisions(batch);
		List<Long> createdIds = new ArrayList<>();
		int updated = 0;
		int skipped = 0;
		int processed = 0;
		List<ImportedCustomer> pending = new ArrayList<>(CustomerImport.BATCH_SIZE);
		for (CheckedRow<ImportedCustomer> row : checked.rows()) {
			processed++;
			if (processed % CustomerImport.BATCH_SIZE == 0) {
				progress(id, processed);
			}
			if (!row.good()) {
				// left out: it comes back in the error file
				continue;
			}
			if (row.duplicate() == null) {
				pending.add(row.value());
			}
			else {
				ImportDecision decision = CustomerImportService.decision(row.duplicate(), decisions,
						batch.getDefaultDecision());
				switch (decision) {
					case CREATE -> pending.add(row.value());
					case UPDATE -> {
						customers.update(row.duplicate().customerId(), row.value(), id, batch.isRegistrationSheet(),
								viewer);
						updated++;
					}
					case SKIP -> skipped++;
				}
			}
			if (pending.size() >= CustomerImport.BATCH_SIZE) {
				createdIds.addAll(customers.createAll(pending, id, batch.isRegistrationSheet(), viewer));
				pending.clear();
			}
		}
		createdIds.addAll(customers.createAll(pending, id, batch.isRegistrationSheet(), viewer));
		long t2 = System.nanoTime();
		// the search terms of them all at once, in the indexes' order
		customers.indexImported(createdIds);
		log.info("import {}: file read and checked in {} ms, rows written in {} ms, search terms in {} ms", id,
				(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
		return new Outcome(createdIds.size(), updated, skipped);
	}

	/**
	 * Purchases go to part 3 of their archive, returns to part 4, each through the part's
	 * own service (the archive's checks and history), all in the one transaction.
	 */
	@SuppressWarnings("unchecked")
	private Outcome applyTransactions(ImportBatch batch, Viewer viewer) {
		Checked<ImportedTransaction> checked = (Checked<ImportedTransaction>) service.check(batch, viewer);
		String reason = messages.getMessage("import.tx.returnReason", null, CustomerColumns.ZH);
		String unstated = messages.getMessage("import.tx.responsibilityUnstated", null, CustomerColumns.ZH);
		int written = 0;
		int processed = 0;
		for (CheckedRow<ImportedTransaction> row : checked.rows()) {
			processed++;
			if (processed % CustomerImport.BATCH_SIZE == 0) {
				progress(batch.getId(), processed);
			}
			if (!row.good()) {
				continue;
			}
			ImportedTransaction t = row.value();
			if (t.isReturn()) {
				String product = (t.model() != null) ? t.product() + " " + t.model() : t.product();
				customers.recordReturn(t.customerId(), t.date(), product, t.quantity(), t.amount(),
						(t.note() != null) ? t.note() : reason, unstated, viewer);
			}
			else {
				customers.recordPurchase(t.customerId(), new TransactionEntry(t.date(), t.product(), t.model(), null,
						t.quantity(), t.unitPrice(), t.amount(), t.note()), viewer);
			}
			written++;
		}
		return new Outcome(written, 0, 0);
	}

	private void progress(Long id, int processed) {
		aside.executeWithoutResult(s -> batches.recordProgress(id, processed, clock.instant()));
	}

}
