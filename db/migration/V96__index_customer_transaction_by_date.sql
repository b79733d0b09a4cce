-- The deliveries of a day (the transaction dates of the archives), which the revisit feature
-- reads through CustomerTransactionService every night to schedule the satisfaction revisits:
-- without it, a scan of every transaction.
create index idx_customer_transaction_date on customer_transaction (transaction_date, customer_id);
