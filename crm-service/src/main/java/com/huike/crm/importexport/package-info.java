/**
 * Imports (导入): customer archives from .xlsx and .csv files. An upload is read and every
 * row checked at once (a preview: each problem with its row, column and reason, and the
 * rows that match an existing archive, with a choice per row or for all: skip, update,
 * create anyway); the user then starts the import, which runs in the background and
 * writes the good rows in one transaction (all or nothing) through the customer feature
 * ({@link com.huike.crm.customer.CustomerImport}). The bad rows come back as a file of
 * the original columns plus 错误原因, to fix and upload again. Each import is recorded (who,
 * when, which file, counts), and the same file is not imported twice by the same user.
 */
@ApplicationModule(displayName = "导入 imports")
package com.huike.crm.importexport;

import org.springframework.modulith.ApplicationModule;
