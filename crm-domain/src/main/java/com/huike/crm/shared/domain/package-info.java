/**
 * The persistent shape every feature shares: the audited record
 * ({@link com.huike.crm.shared.domain.AuditedEntity}, with Spring Data auditing from the
 * application's clock and the signed-in user) and the record kept about one customer
 * ({@link com.huike.crm.shared.domain.CustomerEntry}) with the queries its repository
 * answers.
 */
package com.huike.crm.shared.domain;
