/**
 * The analytics feature's own records: spot checks of the archive (抽查).
 */
package com.huike.crm.analytics.domain;
