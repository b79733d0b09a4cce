/**
 * Imports (导入): one {@link com.huike.crm.importexport.domain.ImportBatch} per uploaded
 * spreadsheet, from its preview to its end.
 */
package com.huike.crm.importexport.domain;
